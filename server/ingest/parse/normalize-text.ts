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

/** Removes markdown links and escapes, keeping the visible text. */
function stripLinks(s: string): string {
  if (!s.includes('[') && !s.includes('\\')) return s;
  return s.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1').replace(/\\([()[\]*_#|])/g, '$1');
}

// A whitespace character other than a plain space, or two whitespace characters in a row.
const UNUSUAL_SPACE = /[^\S ]|\s\s/;

/** s.replace(/\s+/g, ' ').trim(), skipping the replace for the many strings that need none. */
export function collapseSpaces(s: string): string {
  return (UNUSUAL_SPACE.test(s) ? s.replace(/\s+/g, ' ') : s).trim();
}

/** Splits and cleans a whole note. */
export function normalizeText(input: string): Line[] {
  const text = repairCodePage(input.normalize('NFC').replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n').replace(/[\u00a0\u2007\u202f]/g, ' '));
  return text.split('\n').map((raw, i) => cleanLine(raw, i + 1));
}

// Text saved in a DOS code page (CP437/CP850) and read as Windows-1252 shows „ for ä, † for å,
// ” for ö, ‚ for é and ™ for Ö ("Kung„lv", "FH-n„tverket"). These signs are also real
// punctuation, so they are only read as letters inside a word.
const CODE_PAGE_INSIDE = /(?<=\p{L})[„”‚](?=\p{L})/gu;
const CODE_PAGE_AFTER = /(?<=\p{L})[„†](?!\p{L})/gu;
const CODE_PAGE_CAPITAL = /(?<!\p{L})™(?=\p{Ll})/gu;
const CODE_PAGE: Record<string, string> = { '„': 'ä', '†': 'å', '”': 'ö', '‚': 'é', '™': 'Ö' };

/** Repairs DOS code page letters read as Windows-1252 punctuation (see CODE_PAGE). */
export function repairCodePage(text: string): string {
  if (!/[„†”‚™]/.test(text)) return text;
  const letter = (c: string) => CODE_PAGE[c] ?? c;
  return text.replace(CODE_PAGE_INSIDE, letter).replace(CODE_PAGE_AFTER, letter).replace(CODE_PAGE_CAPITAL, letter);
}

function cleanLine(raw: string, n: number): Line {
  const indent = raw.length - raw.trimStart().length;
  let s = raw.trim();
  const line: Line = { n, raw, text: '', key: '', heading: 0, bold: false, bullet: null, indent, blank: s === '', table: false };
  if (line.blank) return line;
  const c0 = s[0];
  if (c0 === '|' && /^\|.*\|$/.test(s) && s.length > 2) {
    line.table = true;
    line.text = stripLinks(s);
    line.key = foldKey(line.text);
    return line;
  }
  // An OCR'd capital I at the start of a line often comes out as a bar: "| rundan ...".
  if (c0 === '|' && /^\|\s+\p{Ll}/u.test(s) && !s.slice(1).includes('|')) s = `I${s.slice(1)}`;
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
