// Writes a person's name with its Swedish letters when OCR or a keyboard lost them:
// "Jorgen Larzon" → "Jörgen Larzon", "Helene Holmstrom" → "Helene Holmström".
// Evidence, strongest first: a name seen elsewhere (knownNames), the first-name list, and
// common surname elements from seed/vocab/first-names.json. Letters are only added where
// the source has the bare vowel, so "Irene" never becomes "Iréne".
import { charMatches, fixInnerI, foldKey, foldText } from './fold';
import { collapseSpaces } from './normalize-text';
import { expandWild } from './person-name';
import type { Vocabulary } from './vocabulary';

const SWEDISH = /[åäöÅÄÖ]/;

export interface NameRestorer {
  (surface: string): string;
}

interface KnownName { name: string; words: string[] }

/** Word lengths of a folded name: only names of the same shape can match (see sameShape). */
const shapeKey = (words: string[]) => words.map((w) => w.length).join(',');

/** True when the folded words `fa` spell the known name `b` letter by letter (OCR-tolerant). */
function sameShape(fa: string[], fb: string[]): boolean {
  if (fa.length !== fb.length) return false;
  return fa.every((t, i) => {
    const p = fb[i] as string;
    if (t.length !== p.length) return false;
    for (let k = 0; k < t.length; k++) if (!charMatches(t[k] as string, p[k] as string, p.length >= 5)) return false;
    return true;
  });
}

/**
 * Copies Swedish letters from `proper` into `word` where `word` has a bare or OCR'd vowel.
 * An é/è is only taken for OCR damage in an OCR'd note: elsewhere "Helén" is written on purpose.
 */
function mergeLetters(word: string, proper: string, ocr: boolean): string {
  const damaged = ocr ? /[éè\uFFFD]/ : /\uFFFD/;
  if (word.length !== proper.length) return word;
  let out = '';
  for (let i = 0; i < word.length; i++) {
    const p = proper[i] as string;
    const w = word[i] as string;
    // U+FFFD equals its own upper case: test for a capital letter, not for case invariance.
    // An é that a name spelled with e has near its end is written so ("Helén" beside "Helen").
    const written = p === 'e' && i >= word.length - 2;
    out += SWEDISH.test(p) ? (/\p{Lu}/u.test(w) ? p.toUpperCase() : p.toLowerCase()) : (damaged.test(w) && !/[éè]/.test(p) && !written ? p : w);
  }
  return out;
}

function restoreFirst(word: string, vocab: Vocabulary, ocr: boolean): string {
  const folded = foldText(word);
  for (const key of expandWild(folded)) {
    const proper = vocab.firstNames.get(key);
    if (proper) return mergeLetters(word, proper, ocr);
  }
  return ocr && folded.includes('d') ? restoreOcrD(word, folded, vocab) : word;
}

/**
 * OCR reads ö and å as d ("Jdrgen", "Gdran", "Pdr"): in an OCR'd note a d is read as the
 * Swedish letter of a known first name, and only where that name has one, so "Edvard" stays.
 */
function restoreOcrD(word: string, folded: string, vocab: Vocabulary): string {
  for (let i = folded.indexOf('d'); i >= 0; i = folded.indexOf('d', i + 1)) {
    for (const v of ['o', 'a']) {
      const proper = vocab.firstNames.get(folded.slice(0, i) + v + folded.slice(i + 1));
      if (proper && proper.length === word.length && SWEDISH.test(proper[i] as string)) return word.slice(0, i) + proper[i] + word.slice(i + 1);
    }
  }
  return word;
}

/**
 * OCR joins "rn" into "m" ("Bjöm" for Björn) and reads a capital L as I ("Iena" for Lena). A
 * first name the list lacks is read so when that, and only that, gives one it has; "Ida" and
 * "Malin" are names of their own and stay.
 */
function restoreOcrLetters(word: string, vocab: Vocabulary, ocr: boolean): string {
  if (vocab.firstNames.has(foldText(word))) return word;
  const tries: string[] = [];
  if (word[0] === 'I' && word.length > 2) tries.push(`L${word.slice(1)}`);
  for (let i = word.indexOf('m'); i > 0; i = word.indexOf('m', i + 1)) tries.push(`${word.slice(0, i)}rn${word.slice(i + 1)}`);
  for (const t of tries) {
    const proper = vocab.firstNames.get(foldText(t));
    if (proper) return restoreFirst(t, vocab, ocr);
  }
  return word;
}

function restoreSurname(word: string, vocab: Vocabulary, ocr: boolean): string {
  const folded = foldText(word);
  let out = word;
  const wild = /[*016]/.test(folded) || (ocr && folded.includes('d'));
  for (const part of vocab.data.firstNames.surnameParts) {
    const from = part.from;
    if (!wild && !folded.includes(from)) continue;
    const starts = part.at === 'start' ? [0] : part.at === 'end' ? [folded.length - from.length] : Array.from({ length: folded.length }, (_, k) => k);
    for (const s of starts) {
      if (s < 0 || s + from.length > folded.length) continue;
      let ok = true;
      // OCR's d for ö/å ("Holmstrdm") is accepted only where the element has its Swedish letter.
      for (let k = 0; k < from.length && ok; k++) ok = charMatches(folded[s + k] as string, from[k] as string, false) || (ocr && folded[s + k] === 'd' && SWEDISH.test(part.to[k] as string));
      if (!ok) continue;
      out = out.slice(0, s) + mergeLetters(out.slice(s, s + from.length), part.to, ocr) + out.slice(s + from.length);
      break;
    }
  }
  // In an OCR'd note an é inside a surname is almost always a lost ö ("Térnqvist"); at the end,
  // and before a final n ("Sandén", "Lidén", "Hultén"), Swedish surnames write é on purpose.
  if (ocr && /[éè]/.test(out) && !/[éè](ne|e|a|s|ns?)?$/.test(out)) out = out.replace(/[éè]/g, 'ö');
  return out;
}

/** Digits inside OCR'd words: "Wiss6" → "Wissö", "0lsson" → "Olsson". */
function fixDigits(word: string): string {
  if (!/\p{L}/u.test(word) || !/[016]/.test(word)) return word;
  return word.replace(/6/g, 'ö').replace(/0/g, 'o').replace(/1/g, 'l');
}

function restoreWords(words: string[], vocab: Vocabulary, ocr: boolean): string {
  return words.map((w, i) => {
    if (SWEDISH.test(w)) return i === 0 ? restoreOcrLetters(w, vocab, ocr) : w;
    const parts = w.split('-');
    return parts.map((p) => (i === 0 ? restoreOcrLetters(restoreFirst(p, vocab, ocr), vocab, ocr) : restoreSurname(restoreFirst(p, vocab, ocr), vocab, ocr))).join('-');
  }).join(' ');
}

/**
 * Known names with Swedish letters by shape, in list order, prepared once per list: importers
 * pass the same (long) list to every note, and a lookup then only compares same-shape names.
 */
const preparedKnown = new WeakMap<string[], Map<string, KnownName[]>>();
function prepareKnown(knownNames: string[]): Map<string, KnownName[]> {
  let byShape = preparedKnown.get(knownNames);
  if (!byShape) {
    byShape = new Map();
    for (const raw of knownNames) {
      const name = raw.normalize('NFC').trim();
      if (!SWEDISH.test(name) && !/[éè]/.test(name)) continue;
      const words = foldKey(name).split(/\s+/);
      const key = shapeKey(words);
      const list = byShape.get(key);
      if (list) list.push({ name, words });
      else byShape.set(key, [{ name, words }]);
    }
    preparedKnown.set(knownNames, byShape);
  }
  return byShape;
}

function findKnown(joined: string, byShape: Map<string, KnownName[]>): string | undefined {
  if (byShape.size === 0) return undefined;
  const fa = foldText(joined).split(/\s+/);
  return byShape.get(shapeKey(fa))?.find((k) => sameShape(fa, k.words))?.name;
}

/**
 * Without known names a restoration depends only on the name, the vocabulary and the OCR flag,
 * so it is shared across notes (per vocabulary; one map per OCR flag).
 */
const shared = new WeakMap<Vocabulary, [Map<string, string>, Map<string, string>]>();
function sharedCache(vocab: Vocabulary, ocr: boolean): Map<string, string> {
  let pair = shared.get(vocab);
  if (!pair) shared.set(vocab, (pair = [new Map(), new Map()]));
  const cache = pair[ocr ? 1 : 0];
  if (cache.size > 50_000) cache.clear();
  return cache;
}

/** Builds a restorer for one document; `ocr` says the note shows OCR damage. */
export function createNameRestorer(vocab: Vocabulary, knownNames: string[] = [], ocr = false): NameRestorer {
  const cache = knownNames.length ? new Map<string, string>() : sharedCache(vocab, ocr);
  let known: Map<string, KnownName[]> | undefined;
  return (surface: string): string => {
    const clean = collapseSpaces(surface.normalize('NFC'));
    const hit = cache.get(clean);
    if (hit !== undefined) return hit;
    // In an OCR'd note a capital I inside a name is an l ("LindeII" → "Lindell").
    const words = clean.split(' ').map((w) => (ocr ? fixInnerI(fixDigits(w)) : fixDigits(w)));
    const joined = words.join(' ');
    known ??= prepareKnown(knownNames);
    const result = findKnown(joined, known) ?? restoreWords(words, vocab, ocr);
    cache.set(clean, result);
    return result;
  };
}
