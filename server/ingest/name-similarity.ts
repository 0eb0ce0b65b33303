// How alike two person names are, after folding away diacritics and OCR damage.
import { distance } from 'fastest-levenshtein';
import { foldKey } from './parse/fold.js';

export interface NameParts {
  first: string;
  last: string;
  /** Every folded word, middle names included. */
  words: string[];
  /** The words joined: equal keys are the same name. */
  key: string;
}

/** Folded first and last name; middle names ("Keithsdotter") are kept in `words` only. */
export function nameParts(name: string): NameParts {
  // OCR reads l as 1 or I inside words; a folded key should not care.
  const words = foldKey(name)
    .replace(/(?<=[a-z])[1|](?=[a-z])/g, 'l')
    .split(/[\s-]+/)
    .filter((w) => w.length > 0);
  return { first: words[0] ?? '', last: words[words.length - 1] ?? '', words, key: words.join(' ') };
}

export type NameMatch = 'exact' | 'middle-name' | 'spelling' | 'none';

/**
 * Whether two names can be the same person: identical once folded; the same first and last
 * name with a middle name on one side; or a one-letter spelling difference in the last name
 * (OCR "Aimgren"/"Almgren", "Singleton"/"Singelton") with the same first name.
 */
export function compareNames(a: NameParts, b: NameParts): NameMatch {
  if (a.key === b.key) return 'exact';
  if (a.first !== b.first) return 'none';
  if (a.last === b.last) return a.words.length !== b.words.length ? 'middle-name' : 'none';
  const shorter = Math.min(a.last.length, b.last.length);
  const allowed = shorter >= 8 ? 2 : 1;
  // Lengths further apart than the allowed edits cannot be within them: skip the distance.
  if (shorter >= 5 && Math.abs(a.last.length - b.last.length) <= allowed && distance(a.last, b.last) <= allowed) return 'spelling';
  return 'none';
}
