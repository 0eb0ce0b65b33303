// Folding makes OCR-damaged and diacritic-free spellings comparable with the vocabulary.
// Two forms exist: foldKey (plain ASCII key for exact lookups) and foldText (same length
// as its input, so match offsets map back to the original; OCR-ambiguous letters become '*').

const PLAIN: Record<string, string> = {
  å: 'a', ä: 'a', à: 'a', á: 'a', â: 'a', ã: 'a', æ: 'a',
  ö: 'o', ò: 'o', ó: 'o', ô: 'o', õ: 'o', ø: 'o',
  é: 'e', è: 'e', ê: 'e', ë: 'e',
  ü: 'u', ú: 'u', ù: 'u', û: 'u', í: 'i', ì: 'i', î: 'i', ï: 'i', ç: 'c', ñ: 'n', ß: 's',
};

/** Lowercase ASCII key: diacritics stripped, so "Göteborg", "Goteborg" and "Géteborg"→"geteborg". */
export function foldKey(input: string): string {
  // Input is already NFC (normalizeText and the vocabulary loader see to that); ASCII is the hot path.
  const s = input.toLowerCase();
  return NON_ASCII.test(s) ? s.replace(NON_ASCII_G, (c) => PLAIN[c] ?? c) : s;
}
const NON_ASCII = /[^\x00-\x7f]/;
const NON_ASCII_G = /[^\x00-\x7f]/g;

/** True when ch is a lowercase letter (any script we meet in Swedish notes). */
function isLower(ch: string | undefined): boolean {
  return ch !== undefined && ch !== ch.toUpperCase() && ch === ch.toLowerCase();
}

/**
 * Length-preserving fold of a line. OCR reads ö/ä as é or è ("Géteborg", "socialtjénst"),
 * so those become the wildcard '*'. A capital I between lowercase letters is an OCR'd l
 * ("MéIndals"). Everything else is lowercased and stripped of diacritics.
 */
export function foldText(line: string): string {
  const lower = (line.includes('I') ? fixInnerI(line) : line).toLowerCase();
  if (lower.length !== line.length) return foldTextSlow(line);
  return NON_ASCII.test(lower) ? lower.replace(NON_ASCII_G, (c) => (c === 'é' || c === 'è' || c === '\uFFFD' ? '*' : PLAIN[c] ?? c)) : lower;
}

/** "MéIndals" → "Méllndals": a capital I between lowercase letters is an OCR'd l. */
function fixInnerI(line: string): string {
  let out = line;
  for (let i = line.indexOf('I', 1); i > 0 && i < line.length - 1; i = line.indexOf('I', i + 1)) {
    if (isLower(line[i - 1]) && isLower(line[i + 1])) out = `${out.slice(0, i)}l${out.slice(i + 1)}`;
  }
  return out;
}

/** Character-by-character fold for the rare text whose lowercase form changes length. */
function foldTextSlow(line: string): string {
  let out = '';
  for (let i = 0; i < line.length; i++) {
    const ch = line[i] as string;
    if (ch === 'I' && isLower(line[i - 1]) && isLower(line[i + 1])) { out += 'l'; continue; }
    const lower = ch.toLowerCase();
    if (lower.length !== 1) { out += ch; continue; }
    if (lower === 'é' || lower === 'è' || ch === '\uFFFD') { out += '*'; continue; }
    out += PLAIN[lower] ?? lower;
  }
  return out;
}

/**
 * Whether a folded text character can stand for a folded pattern character.
 * 'loose' also accepts the OCR confusions d→o/a and b→o seen in scanned notes
 * ("Ockerd", "beprdvad", "gbra"); callers allow it only on long words.
 */
export function charMatches(t: string, p: string, loose: boolean): boolean {
  if (t === p) return true;
  switch (t) {
    case '*': return p === 'a' || p === 'o' || p === 'e';
    case '6': case '0': return p === 'o';
    case '1': return p === 'l' || p === 'i';
    case 'd': return loose && (p === 'o' || p === 'a');
    case 'b': return loose && p === 'o';
    default: return false;
  }
}

/** True when a folded character is a letter, digit or OCR wildcard (part of a word). */
export function isWordChar(c: string): boolean {
  return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c === '*' || c > '\u00bf';
}

/** True when `written` (possibly OCR-damaged) spells `canonical`: "Funktionsstéd" ~ "Funktionsstöd". */
export function foldEquals(written: string, canonical: string): boolean {
  const t = foldText(written.trim());
  const p = foldKey(canonical.trim());
  if (t.length !== p.length) return false;
  const loose = p.length >= 5;
  let subs = 0;
  for (let i = 0; i < p.length; i++) {
    if (charMatches(t[i] as string, p[i] as string, false)) continue;
    if (!loose || !charMatches(t[i] as string, p[i] as string, true) || ++subs > 1) return false;
  }
  return true;
}
