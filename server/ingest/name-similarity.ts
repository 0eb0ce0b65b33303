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

/**
 * 'first-spelling' (a slip in the first name, "Clarie"/"Claire Engström") is never merged on its
 * own: Maria and Marie Andersson of one city may be two people. It is reported for a curator.
 */
export type NameMatch = 'exact' | 'middle-name' | 'spelling' | 'first-spelling' | 'none';

/** The edits a word of this length may differ by and still be a spelling slip. */
const slipAllowed = (shorter: number) => (shorter >= 8 ? 2 : 1);

/** Whether two words differ by a spelling slip (OCR "Aimgren"/"Almgren"), at least `min` letters long. */
function slip(a: string, b: string, min: number, allowed = slipAllowed(Math.min(a.length, b.length))): boolean {
  // Lengths further apart than the allowed edits cannot be within them: skip the distance.
  return Math.min(a.length, b.length) >= min && Math.abs(a.length - b.length) <= allowed && distance(a, b) <= allowed;
}

/** Whether the words of `short` stand in `long` in the same order (a middle name or a second surname left out). */
function subsequence(short: string[], long: string[]): boolean {
  let k = 0;
  for (const w of long) if (w === short[k]) k++;
  return k === short.length;
}

/**
 * Whether two names can be the same person: identical once folded; the same first and last
 * name with a middle name on one side, or a double surname's second part left out ("Helena
 * Wikman Ericson" / "Helena Wikman"); or a spelling slip in the last name or a middle part
 * (OCR "Aimgren"/"Almgren", "Singleton"/"Singelton", "Ann-Sofie"/"Ann-Sofi") with the same first name.
 */
export function compareNames(a: NameParts, b: NameParts): NameMatch {
  if (a.key === b.key) return 'exact';
  if (a.first !== b.first) {
    // "Clarie"/"Claire Engström": the last name and the rest agree; a transposition is two edits.
    const sameRest = a.words.length === b.words.length && a.words.slice(1).every((w, k) => w === b.words[k + 1]);
    return sameRest && a.last.length >= 4 && slip(a.first, b.first, 4, 2) ? 'first-spelling' : 'none';
  }
  const [short, long] = a.words.length <= b.words.length ? [a, b] : [b, a];
  if (a.last === b.last) {
    if (a.words.length !== b.words.length) return 'middle-name';
    // Same first and last, one middle part spelt otherwise ("Ann-Sofie"/"Ann-Sofi Isaksson").
    const differing = a.words.filter((w, k) => w !== b.words[k]);
    return differing.length === 1 && slip(differing[0] as string, b.words[a.words.indexOf(differing[0] as string)] as string, 4) ? 'spelling' : 'none';
  }
  if (short.words.length >= 2 && short.words.length < long.words.length && subsequence(short.words, long.words)) return 'middle-name';
  if (slip(a.last, b.last, 5)) return 'spelling';
  return 'none';
}
