// How alike two person names are, after folding away diacritics and OCR damage.
import { distance } from 'fastest-levenshtein';
import { foldKey } from './parse/fold.js';

export interface NameParts {
  first: string;
  last: string;
  /** Every folded word, middle names included. */
  words: string[];
}

/** Folded first and last name; middle names ("Keithsdotter") are kept in `words` only. */
export function nameParts(name: string): NameParts {
  // OCR reads l as 1 or I inside words; a folded key should not care.
  const words = foldKey(name)
    .replace(/(?<=[a-z])[1|](?=[a-z])/g, 'l')
    .split(/[\s-]+/)
    .filter((w) => w.length > 0);
  return { first: words[0] ?? '', last: words[words.length - 1] ?? '', words };
}

export type NameMatch = 'exact' | 'middle-name' | 'spelling' | 'none';

/**
 * Whether two names can be the same person: identical once folded; the same first and last
 * name with a middle name on one side; or a one-letter spelling difference in the last name
 * (OCR "Aimgren"/"Almgren", "Singleton"/"Singelton") with the same first name.
 */
export function compareNames(a: NameParts, b: NameParts): NameMatch {
  if (a.words.join(' ') === b.words.join(' ')) return 'exact';
  if (a.first !== b.first) return 'none';
  if (a.last === b.last) return a.words.length !== b.words.length ? 'middle-name' : 'none';
  const allowed = Math.min(a.last.length, b.last.length) >= 8 ? 2 : 1;
  if (Math.min(a.last.length, b.last.length) >= 5 && distance(a.last, b.last) <= allowed) return 'spelling';
  return 'none';
}
