// Hand-written scanners for the two Unicode-property regexes that run on every line or
// sentence: V8 spends about a microsecond per line on \p{Lu}/\p{Ll} classes in /u mode, while
// a table lookup per character costs a few nanoseconds. Each scanner gives exactly what its
// regex gives (the regex is kept as the reference, see letter-scan.test.ts); text with
// surrogate pairs (astral characters, never seen in notes) simply goes to the regex.

const UPPER = 1;
const LOWER = 2;
const SPACE = 4;
const KNOWN = 8;
const LETTER = 16;

const UPPER_RE = /^\p{Lu}$/u;
const LOWER_RE = /^\p{Ll}$/u;
const SPACE_RE = /^\s$/;
const LETTER_RE = /^\p{L}$/u;

/** Character classes of the BMP, filled in lazily (one regex test per character ever seen). */
const classes = new Uint8Array(0x10000);

function classOf(c: number): number {
  let k = classes[c] as number;
  if (k === 0) {
    const ch = String.fromCharCode(c);
    k = KNOWN | (UPPER_RE.test(ch) ? UPPER : 0) | (LOWER_RE.test(ch) ? LOWER : 0) | (SPACE_RE.test(ch) ? SPACE : 0) | (LETTER_RE.test(ch) ? LETTER : 0);
    classes[c] = k;
  }
  return k;
}

// ASCII decides by range; other characters go to the table.
const isUpper = (c: number) => (c < 128 ? c >= 65 && c <= 90 : (classOf(c) & UPPER) !== 0);
const isLower = (c: number) => (c < 128 ? c >= 97 && c <= 122 : (classOf(c) & LOWER) !== 0);
const isSpace = (c: number) => (c < 128 ? c === 32 || (c >= 9 && c <= 13) : (classOf(c) & SPACE) !== 0);
const isLetter = (c: number) => (c < 128 ? (c >= 65 && c <= 90) || (c >= 97 && c <= 122) : (classOf(c) & LETTER) !== 0);
const isDigit = (c: number) => c >= 48 && c <= 57;
const isSurrogate = (c: number) => c >= 0xd800 && c <= 0xdfff;

const SURROGATE = /[\ud800-\udfff]/;

/** Index after a run of whitespace starting at i (i itself when none). */
function skipSpace(s: string, i: number): number {
  while (i < s.length && isSpace(s.charCodeAt(i))) i++;
  return i;
}

// ---- MAYBE: /\p{Lu}\p{Lu}\p{Lu}|\p{Ll}[,;:]?\s+\p{Lu}\p{Ll}+\s+\p{Lu}/u ----

export const MAYBE_NAME_OR_ACRONYM = /\p{Lu}\p{Lu}\p{Lu}|\p{Ll}[,;:]?\s+\p{Lu}\p{Ll}+\s+\p{Lu}/u;

/**
 * MAYBE_NAME_OR_ACRONYM.test(s): three capitals in a row, or a lowercase letter (and , ; :)
 * followed by a capitalised word and another capital ("… med Anna Svensson").
 */
export function hasAcronymOrInnerCapsRun(s: string): boolean {
  const n = s.length;
  // Both alternatives hinge on a capital: look only at capitals, around them.
  for (let u = 0; u < n; u++) {
    const c = s.charCodeAt(u);
    if (isSurrogate(c)) return MAYBE_NAME_OR_ACRONYM.test(s);
    if (!isUpper(c)) continue;
    if (u + 2 < n && isUpper(s.charCodeAt(u + 1)) && isUpper(s.charCodeAt(u + 2))) return true;
    // Capital u after "<lowercase>[,;:]?<spaces>", then lowercase letters, spaces and a capital.
    let b = u;
    while (b > 0 && isSpace(s.charCodeAt(b - 1))) b--;
    if (b === u || b === 0) continue;
    const p = s.charCodeAt(b - 1);
    const lowerAt = p === 44 || p === 59 || p === 58 ? b - 2 : b - 1; // , ; :
    if (lowerAt < 0 || !isLower(s.charCodeAt(lowerAt))) continue;
    let e = u + 1;
    while (e < n && isLower(s.charCodeAt(e))) e++;
    if (e === u + 1) continue;
    const x = skipSpace(s, e);
    if (x > e && x < n && isUpper(s.charCodeAt(x))) return true;
  }
  return false;
}

// ---- NAME_RUN: WORD(?:\s+WORD){0,2}, WORD = \p{Lu}[\p{Ll}0-9'’\uFFFD]+(?:-\p{Lu}[\p{Ll}'’]+)?, "McLeod" and "MacDonald" too ----

const WORD = String.raw`\p{Lu}[\p{Ll}0-9'’\uFFFD]+(?:(?<=\p{Ll})I+(?=[\p{Ll}0-9'’\uFFFD]|[^\p{L}]|$)[\p{Ll}0-9'’\uFFFD]*)*(?:(?<=(?<!\p{L})Ma?c)\p{Lu}\p{Ll}[\p{Ll}0-9'’\uFFFD]*)?(?:-\p{Lu}[\p{Ll}'’]+)?`;
export const NAME_RUN = new RegExp(`${WORD}(?:\\s+${WORD}){0,2}`, 'gu');

/** [\p{Ll}'’]: letters of a hyphenated name part. */
const isNameTail = (c: number) => c === 39 || c === 0x2019 || isLower(c);
/** [\p{Ll}0-9'’\uFFFD]: letters of a name word (OCR may put digits or U+FFFD in them). */
const isNameLetter = (c: number) => (c >= 48 && c <= 57) || c === 0xfffd || isNameTail(c);

/** End of a WORD starting at i, or -1 when none starts there. */
function wordEnd(s: string, i: number): number {
  const n = s.length;
  if (i >= n || !isUpper(s.charCodeAt(i))) return -1;
  let j = i + 1;
  while (j < n && isNameLetter(s.charCodeAt(j))) j++;
  if (j === i + 1) return -1;
  // "LindeII", "HoImlund": OCR's capital I for an l after a lowercase letter, before a lowercase
  // letter or the word's end, is part of the word.
  while (j < n && s.charCodeAt(j) === 73 && isLower(s.charCodeAt(j - 1))) {
    let k = j;
    while (k < n && s.charCodeAt(k) === 73) k++;
    if (k < n && (isUpper(s.charCodeAt(k)) || (!isNameLetter(s.charCodeAt(k)) && /\p{L}/u.test(s[k] as string)))) break;
    j = k;
    while (j < n && isNameLetter(s.charCodeAt(j))) j++;
  }
  // "McLeod", "MacDonald": a capital inside the name after its prefix.
  if (j + 1 < n && isUpper(s.charCodeAt(j)) && isLower(s.charCodeAt(j + 1)) && s.charCodeAt(i) === 77 && (s.slice(i, j) === 'Mc' || s.slice(i, j) === 'Mac') && (i === 0 || !/\p{L}/u.test(s[i - 1] as string))) {
    j += 2;
    while (j < n && isNameLetter(s.charCodeAt(j))) j++;
  }
  // Optional "-Anna" part: taken only when complete.
  if (j + 2 < n && s.charCodeAt(j) === 45 && isUpper(s.charCodeAt(j + 1)) && isNameTail(s.charCodeAt(j + 2))) {
    let k = j + 3;
    while (k < n && isNameTail(s.charCodeAt(k))) k++;
    return k;
  }
  return j;
}

export interface NameRun { text: string; index: number }

/** Every match of NAME_RUN in `s`, as s.matchAll(NAME_RUN) finds them: runs of 1–3 capitalised words. */
export function nameRuns(s: string): NameRun[] {
  const out: NameRun[] = [];
  if (SURROGATE.test(s)) {
    for (const m of s.matchAll(NAME_RUN)) out.push({ text: m[0], index: m.index ?? 0 });
    return out;
  }
  const n = s.length;
  for (let i = 0; i < n; ) {
    let end = wordEnd(s, i);
    if (end < 0) { i++; continue; }
    for (let words = 1; words < 3; words++) {
      const next = skipSpace(s, end);
      if (next === end) break;
      const e = wordEnd(s, next);
      if (e < 0) break;
      end = e;
    }
    out.push({ text: s.slice(i, end), index: i });
    i = end;
  }
  return out;
}

// ---- Candidate names (candidates.ts): acronyms and capitalised runs after a lowercase word ----

export const ACRONYM = /(?<![\p{L}\d@./-])\p{Lu}{3,6}(?![\p{L}\d@]|\.\p{L})/gu;
export const CAPS_RUN = /\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)+/gu;
export const AFTER_LOWER_WORD = /(?:^|[\s(])[\p{Ll}\d][\p{L}\d]*[,;:]?\s+$/u;

/** Every match of ACRONYM in `s`: 3–6 capitals standing alone ("SKR", "SIMBA"; not "GR-NÄTVERK"). */
export function acronyms(s: string): NameRun[] {
  if (SURROGATE.test(s)) return [...s.matchAll(ACRONYM)].map((m) => ({ text: m[0], index: m.index ?? 0 }));
  const out: NameRun[] = [];
  const n = s.length;
  for (let i = 0; i < n; i++) {
    if (!isUpper(s.charCodeAt(i))) continue;
    // Not after a letter, digit, "@", ".", "/" or "-".
    if (i > 0) {
      const b = s.charCodeAt(i - 1);
      if (isLetter(b) || isDigit(b) || b === 64 || b === 46 || b === 47 || b === 45) continue;
    }
    let e = i + 1;
    while (e < n && isUpper(s.charCodeAt(e))) e++;
    // A longer run of capitals is no acronym, and a shorter part of it is followed by a letter.
    if (e - i < 3 || e - i > 6) { i = e - 1; continue; }
    if (e < n) {
      const a = s.charCodeAt(e);
      if (isLetter(a) || isDigit(a) || a === 64 || (a === 46 && e + 1 < n && isLetter(s.charCodeAt(e + 1)))) { i = e - 1; continue; }
    }
    out.push({ text: s.slice(i, e), index: i });
    i = e - 1;
  }
  return out;
}

/** End of the lowercase letters from i (i itself when none). */
function lowerEnd(s: string, i: number): number {
  while (i < s.length && isLower(s.charCodeAt(i))) i++;
  return i;
}

/** Every match of CAPS_RUN in `s`: two or more capitalised words in a row ("Villa Belparc"). */
export function capsRuns(s: string): NameRun[] {
  if (SURROGATE.test(s)) return [...s.matchAll(CAPS_RUN)].map((m) => ({ text: m[0], index: m.index ?? 0 }));
  const out: NameRun[] = [];
  const n = s.length;
  for (let i = 0; i < n; i++) {
    if (!isUpper(s.charCodeAt(i))) continue;
    let end = lowerEnd(s, i + 1);
    if (end === i + 1) continue;
    let words = 1;
    for (;;) {
      const next = skipSpace(s, end);
      if (next === end || next >= n || !isUpper(s.charCodeAt(next))) break;
      const e = lowerEnd(s, next + 1);
      if (e === next + 1) break;
      end = e;
      words++;
    }
    if (words < 2) continue;
    out.push({ text: s.slice(i, end), index: i });
    i = end - 1;
  }
  return out;
}

/**
 * AFTER_LOWER_WORD.test(s.slice(Math.max(0, at - 40), at)): the 40 characters before `at` end in
 * a word that starts with a lowercase letter or digit, maybe a comma, and whitespace.
 */
export function afterLowerWord(s: string, at: number): boolean {
  const from = Math.max(0, at - 40);
  if (SURROGATE.test(s)) return AFTER_LOWER_WORD.test(s.slice(from, at));
  let j = at;
  while (j > from && isSpace(s.charCodeAt(j - 1))) j--;
  if (j === at || j === from) return false;
  const p = s.charCodeAt(j - 1);
  const k = p === 44 || p === 59 || p === 58 ? j - 1 : j; // , ; :
  let q = k;
  while (q > from && (isLetter(s.charCodeAt(q - 1)) || isDigit(s.charCodeAt(q - 1)))) q--;
  if (q === k) return false;
  const c = s.charCodeAt(q);
  if (!isLower(c) && !isDigit(c)) return false;
  return q === from || isSpace(s.charCodeAt(q - 1)) || s.charCodeAt(q - 1) === 40; // (
}
