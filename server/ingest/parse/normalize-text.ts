// Turns a note into cleaned lines: NFC, markdown and OCR bullet junk removed, but every
// line keeps its 1-based number so evidence can point back into the original file.
import { foldKey } from './fold';

export interface Line {
  /** 1-based line number in the original text. */
  n: number;
  raw: string;
  /** Content without heading marks, bullet marker, emphasis or link syntax. */
  text: string;
  /** foldKey(text), computed once: most steps test their patterns on the folded line. */
  key: string;
  /** Markdown heading level (0 when none). */
  heading: number;
  /** The whole line is bold (or bold-italic): an inline heading. */
  bold: boolean;
  /** Bullet marker as written ("-", "•", "¢", "»", "v'", "e", "o"), null when none. */
  bullet: string | null;
  indent: number;
  blank: boolean;
  /** A markdown table row ("| a | b |"). */
  table: boolean;
}

// OCR turns round bullets into "e"/"o"/"¢"/"©", arrows into "»" and ticks into "v'".
const BULLET = /^(?:([-*•·●○■□▪➢►✓¢»«©®°+–])|(v['’"`])|([eo])(?=\s+[A-ZÅÄÖÉ]))\s+/u;

// Most lines carry no markup: the first-character and includes() checks skip regexes that cannot match.
function stripEmphasis(s: string): { text: string; bold: boolean } {
  let t = (s.includes('<') ? s.replace(/<\/?b>/gi, '**') : s).trim();
  const bold = (t[0] === '*' || t[0] === '_') && (/^(\*{2,3})[^*]+\1:?$/.test(t) || /^__[^_]+__:?$/.test(t));
  if (t.includes('**') || t.includes('__')) t = t.replace(/\*\*|__/g, '');
  if (t[0] === '*') {
    if (/^\*[^*].*\*$/.test(t)) t = t.slice(1, -1);
    else if (/^\*[^*\s][^*]*\*/.test(t)) t = t.replace(/^\*([^*]+)\*/, '$1');
  }
  return { text: t.trim(), bold };
}

// Pictures say nothing: a Word export's logo "![](media/image1.png){width="1.6in"}", a mail's
// inline "[cid:image001.png@01D5FC7A.3B2E1A90]".
const PICTURE = /!\[[^\]]*\]\([^)]*\)(?:\{[^}]*\})?|\[cid:[^\]]*\]/g;

/** Removes markdown links, pictures and escapes, keeping the visible text. */
function stripLinks(s: string): string {
  if (!s.includes('[') && !s.includes('\\')) return s;
  return s.replace(PICTURE, '').replace(/\[([^\]]*)\]\([^)]*\)/g, '$1').replace(/\\([()[\]*_#|])/g, '$1');
}

// A whitespace character other than a plain space, or two whitespace characters in a row.
const UNUSUAL_SPACE = /[^\S ]|\s\s/;

/** s.replace(/\s+/g, ' ').trim(), skipping the replace for the many strings that need none. */
export function collapseSpaces(s: string): string {
  return (UNUSUAL_SPACE.test(s) ? s.replace(/\s+/g, ' ') : s).trim();
}

/** Splits and cleans a whole note. */
export function normalizeText(input: string): Line[] {
  // Each replace is skipped when its characters are absent, as they are in most notes.
  let text = input.normalize('NFC').replace(/^\uFEFF/, '');
  if (text.includes('\r')) text = text.replace(/\r\n?/g, '\n');
  if (ODD_SPACE.test(text)) text = text.replace(ODD_SPACES, ' ');
  const lines = repairCodePage(text).split('\n').map((raw, i) => cleanLine(raw, i + 1));
  return text.includes('\f') || PAGE_NUMBER.test(text) ? withoutPageFurniture(lines) : lines;
}

// "Sida 1 av 3", "Page 2 of 4", "sid. 2/3": a page footer of text taken from a PDF.
const PAGE_NUMBER = /\b(?:sida|sid\.?|page)\s*\d{1,3}\s*(?:av|of|\/)\s*\d{1,3}\b/i;

/**
 * Text taken from a PDF repeats each page's header and footer inside the note, in the middle
 * of an attendance list or a sentence. Footer lines (with the page number) are blanked, and so
 * are later copies of the note's first lines (the page header). Lines are blanked, not removed,
 * so line numbers stay those of the document.
 */
function withoutPageFurniture(lines: Line[]): Line[] {
  const top = new Set<string>();
  for (const l of lines) {
    if (top.size === 3) break;
    if (!l.blank) top.add(l.key);
  }
  const seen = new Set<string>();
  for (const l of lines) {
    if (l.blank) continue;
    const repeat = top.has(l.key) && seen.has(l.key);
    seen.add(l.key);
    if (repeat || (l.raw.includes('\f') && l.text.length < 80) || PAGE_NUMBER.test(l.text)) Object.assign(l, { text: '', key: '', blank: true, bullet: null, heading: 0, bold: false, table: false });
  }
  return lines;
}

const ODD_SPACE = /[\u00a0\u2007\u202f]/;
const ODD_SPACES = /[\u00a0\u2007\u202f]/g;

// Text saved in a DOS code page (CP437/CP850) and read as Windows-1252 shows „ for ä, † for å,
// ” for ö, ‚ for é and ™ for Ö ("Kung„lv", "FH-n„tverket"). These signs are also real
// punctuation, so they are only read as letters inside a word:
//   /(?<=\p{L})[„”‚](?=\p{L})/gu, then /(?<=\p{L})[„†](?!\p{L})/gu, then /(?<!\p{L})™(?=\p{Ll})/gu.
// Swedish quotes (”) make these signs common, and V8 tries a /u lookbehind at every character
// of the note; finding the signs first and testing only their neighbours costs next to nothing.
const CODE_PAGE: Record<string, string> = { '„': 'ä', '†': 'å', '”': 'ö', '‚': 'é', '™': 'Ö' };
const LETTER = /^\p{L}$/u;
const LOWER = /^\p{Ll}$/u;

/** The code point that ends just before s[i], as a lookbehind sees it ('' at the start). */
function pointBefore(s: string, i: number): string {
  if (i === 0) return '';
  const c = s.charCodeAt(i - 1);
  const pair = c >= 0xdc00 && c <= 0xdfff && i >= 2 && s.charCodeAt(i - 2) >= 0xd800 && s.charCodeAt(i - 2) <= 0xdbff;
  return pair ? s.slice(i - 2, i) : (s[i - 1] as string);
}

/** The code point that starts at s[i], as a lookahead sees it ('' at the end). */
const pointAt = (s: string, i: number) => (i < s.length ? String.fromCodePoint(s.codePointAt(i) as number) : '');

/** Replaces each sign of `signs` in s for which `fits` holds, judging neighbours in s itself. */
function repairSigns(s: string, signs: RegExp, fits: (before: string, after: string) => boolean): string {
  let out = '';
  let from = 0;
  signs.lastIndex = 0;
  for (let m = signs.exec(s); m; m = signs.exec(s)) {
    const i = m.index;
    if (!fits(pointBefore(s, i), pointAt(s, i + 1))) continue;
    out += s.slice(from, i) + CODE_PAGE[m[0]];
    from = i + 1;
  }
  return from === 0 ? s : out + s.slice(from);
}

/** Repairs DOS code page letters read as Windows-1252 punctuation (see CODE_PAGE). */
export function repairCodePage(text: string): string {
  if (!/[„†”‚™]/.test(text)) return text;
  const inside = repairSigns(text, /[„”‚]/g, (b, a) => LETTER.test(b) && LETTER.test(a));
  const after = repairSigns(inside, /[„†]/g, (b, a) => LETTER.test(b) && !LETTER.test(a));
  return repairSigns(after, /™/g, (b, a) => !LETTER.test(b) && LOWER.test(a));
}

function cleanLine(raw: string, n: number): Line {
  const indent = raw.length - raw.trimStart().length;
  let s = raw.trim();
  const line: Line = { n, raw, text: '', key: '', heading: 0, bold: false, bullet: null, indent, blank: s === '', table: false };
  if (line.blank) return line;
  const c0 = s[0];
  if (c0 === '|' && /^\|.*\|$/.test(s) && s.length > 2) {
    line.table = true;
    // Word exports bold the header cells and break lines in a cell with <br>: "A<br>B" is "A, B".
    line.text = stripLinks(s.includes('<') ? s.replace(/<br\s*\/?>/gi, ', ').replace(/<\/?b>/gi, '') : s);
    if (line.text.includes('**') || line.text.includes('__')) line.text = line.text.replace(/\*\*|__/g, '');
    line.key = foldKey(line.text);
    return line;
  }
  // An OCR'd capital I at the start of a line often comes out as a bar: "| rundan ...".
  if (c0 === '|' && /^\|\s+\p{Ll}/u.test(s) && !s.slice(1).includes('|')) s = `I${s.slice(1)}`;
  // Before a capital it is the border of a table OCR did not read as one: "| Ebba Gierow, Ale".
  else if (c0 === '|' && /^\|\s+\p{Lu}/u.test(s) && !s.slice(1).includes('|')) s = s.slice(1).trim();
  const h = c0 === '#' ? /^(#{1,6})\s+/.exec(s) : null;
  if (h) {
    line.heading = (h[1] as string).length;
    s = s.slice(h[0].length);
  }
  const b = BULLET.exec(s);
  if (b && !/^[-–]\s*$/.test(s)) {
    line.bullet = (b[1] ?? b[2] ?? b[3]) as string;
    s = s.slice(b[0].length);
  }
  const e = stripEmphasis(stripLinks(s));
  line.bold = e.bold;
  line.text = collapseSpaces(e.text);
  line.blank = line.text === '' || /^[-=_*|\s:]+$/.test(line.text);
  line.key = foldKey(line.text);
  return line;
}
