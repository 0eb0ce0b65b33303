// Splits the body into agenda items. Numbered headings ("### 3. Yrkesresan", "**2. Kvinnofrid**")
// win; unnumbered headings and whole-bold lines count too. A note without numbered items (a
// theme day) is split on its programme bullets ("- ***Kunskap genom brukare***", OCR "e Om ...").
// Top-level bullets under "Korta punkter"-style items also become sub-items "5.1", "5.2", ...
// Items may also be numbered with a sign or word before the number ("§ 3 Title", "Punkt 3. Title"),
// also with the sign alone on its line and the title on the next ("§ 3" / "Title").
import { foldKey } from './fold';
import type { Line } from './normalize-text';

export interface ItemSpan {
  number: string | null;
  title: string;
  /** Index into lines of the heading. */
  start: number;
  /** Index after the last body line. */
  end: number;
  kind: 'numbered' | 'bold' | 'bullet' | 'heading' | 'sub-bullet';
  parent: string | null;
  /** Index of the title line when the number stands alone on the heading line ("§ 3" / "Title"). */
  titleLine?: number;
}

// Group 2 is the separator: ".", ")", ":" or a spaced dash ("1 – Inledning").
const NUMBERED = /^(\d{1,2}(?:\.\d{1,2})?)([.):]|\s+[–—-])?\s+(\S.*)$/;
// "§ 3 Title", "§3. Title", "Punkt 3 – Title", "Pkt 3 Title", "Ärende 3: Title" (OCR may drop the
// dots: "Arende"; and it reads § as "$"). Protocol-style § numbers run on over a year, so three
// digits are allowed. Group 2 is a full separator (".", ")", ":"); a dash or none at all is a weak one.
export const PREFIXED = /^(?:[§$]|punkt|pkt\.?|[äa]rende)\s*(\d{1,3}(?:\.\d{1,2})?)(?:([.):])|\s+[–-])?\s+(\S.*)$/i;
// "§ 3" with nothing after it: protocols put the title on the next line.
export const BARE_PREFIXED = /^(?:[§$]|punkt|pkt\.?|[äa]rende)\s*(\d{1,3}(?:\.\d{1,2})?)[.):]?$/i;
// First characters of the folded key a PREFIXED line can have: most lines are rejected here.
const PREFIX_FIRST = new Set(['§', '$', 'p', 'a']);
const UPPER_FIRST = /^\p{Lu}/u;
// A sentence stop inside the title, or a final "." / "!", marks a body sentence, not a title.
const SENTENCE = /[.!?]\s|[.!]$/;
const MONTH_AFTER = /^\d{1,2}\s+(jan|feb|mar|apr|maj|jun|jul|aug|sep|okt|nov|dec)/;
const SUB_LABEL = /^(beslut|fraga|fragor|lastips|bakgrund|diskussion|syfte|anteckningar|minnesanteckningar|narvarande|deltagare|noteringar|kommentar|svar)\b/;
const THEME_DAY = /^(dagens tema|tema|program|dagordning)\b/;
// A heading that only names the agenda ("## Agenda", "**Dagordning:**") over the items.
const AGENDA_LABEL = /^(agenda|dagordning|foredragningslista|program|dagens program|mote(ts)? agenda)$/;
const SHORT_ITEMS = /korta punkter|ovriga fragor|ovrigt|information|aktuellt|meddelanden|aktuella fragor|informationspunkter|rapporter/;
const OCR_TOP = new Set(['e', 'o', '¢', '•', '●', '■', '©']);

interface Numbered {
  number: string; title: string; prefixed: boolean; titleLine?: number;
  /** "1  Välkomna": no separator after the number, taken only as part of a run 1, 2, 3 (see withWeak). */
  weak?: boolean;
  /** "3.1 Nya rutiner" unstyled and without a separator: taken only under an item 3. */
  part?: boolean;
}

const isStyled = (l: Line) => l.heading > 0 || l.bold;
const isDigit = (c: string | undefined) => c !== undefined && c >= '0' && c <= '9';

function numbered(l: Line): Numbered | null {
  const c = l.key[0];
  if (isDigit(c)) return plainNumbered(l);
  return c !== undefined && PREFIX_FIRST.has(c) ? prefixedNumbered(l) : null;
}

/**
 * "§ 3" alone on line i, its title on the next content line before `to`. The title line must read
 * as one (capital first letter, at most 14 words, no "-" bullet, not itself an item), or the "§ 3"
 * is a stray reference.
 */
function bareNumbered(lines: Line[], i: number, to: number): Numbered | null {
  const l = lines[i] as Line;
  const c = l.key[0];
  if (c === undefined || !PREFIX_FIRST.has(c) || l.text.length > 12) return null;
  const m = BARE_PREFIXED.exec(l.text);
  if (!m) return null;
  let k = i + 1;
  while (k < to && (lines[k] as Line).blank) k++;
  const t = lines[k];
  if (k >= to || !t || t.table || t.bullet === '-' || numbered(t) || BARE_PREFIXED.test(t.text)) return null;
  const title = t.text.replace(/:$/, '').trim();
  if (title.split(' ').length > 14 || !UPPER_FIRST.test(title) || /[.!?]\s/.test(title)) return null;
  return { number: m[1] as string, title, prefixed: true, titleLine: k };
}

/** "3. Title": unstyled, it needs its separator, as "3 personer deltog" is a sentence. */
function plainNumbered(l: Line): Numbered | null {
  const m = NUMBERED.exec(l.text);
  if (!m || MONTH_AFTER.test(l.key)) return null;
  const title = (m[3] as string).replace(/:$/, '').trim();
  if (!isStyled(l) && !m[2] && !m[1]?.includes('.') && l.bullet !== '-' && UPPER_FIRST.test(title) && !SENTENCE.test(title) && title.split(/\s+/).length <= 10) {
    return { number: m[1] as string, title, prefixed: false, weak: true };
  }
  // "3.1 Nya rutiner": a part of item 3, taken only when item 3 is one (see splitAgendaItems).
  if (!isStyled(l) && !m[2] && m[1]?.includes('.') && l.bullet !== '-' && UPPER_FIRST.test(title) && !SENTENCE.test(title) && title.split(/\s+/).length <= 10) {
    return { number: m[1] as string, title, prefixed: false, part: true };
  }
  if (!isStyled(l) && (!m[2] || l.bullet === '-' || l.text.split(/\s+/).length > 18)) return null;
  // A dash also writes ranges ("10 – 12 personer deltog."): after one, the rest must read as a title.
  const dashed = m[2] !== undefined && /[–—-]/.test(m[2]);
  if (dashed && (!UPPER_FIRST.test(title) || SENTENCE.test(title))) return null;
  return { number: m[1] as string, title, prefixed: false };
}

/** "§ 3 Title", "Punkt 3. Title": the prefix says "item", but body sentences start so too
 * ("Punkt 3 i förslaget stryks."), so an unstyled line without a full separator must read as a title. */
function prefixedNumbered(l: Line): Numbered | null {
  const m = PREFIXED.exec(l.text);
  if (!m) return null;
  const title = (m[3] as string).replace(/:$/, '').trim();
  if (!isStyled(l) && !headingLike(l, title, m[2] !== undefined)) return null;
  return { number: m[1] as string, title, prefixed: true };
}

/** As for "3." lines: no "-" bullet (a list of references), about 18 words with the prefix. Without
 * ". ", ")" or ":" the title must also look like one: capital first letter, no sentence stop. */
function headingLike(l: Line, title: string, fullSeparator: boolean): boolean {
  if (l.bullet === '-') return false;
  const words = title.split(' ').length;
  if (fullSeparator) return words <= 17;
  return words <= 14 && UPPER_FIRST.test(title) && !SENTENCE.test(title);
}

/** Only one numbering style per note: with "§ 3" items, a "1." line is a list inside an item
 * and must not take item 1's number. The style of most lines wins; a tie goes to the prefix. */
function oneStyle<T extends { n: Numbered }>(nums: T[]): T[] {
  const prefixed = nums.filter((x) => x.n.prefixed);
  if (prefixed.length === 0 || prefixed.length === nums.length) return nums;
  // "## Punkt 1 Inledning" over "### 1.1 Välkommen": the plain ones number parts of the prefixed ones.
  const parents = new Set(prefixed.map((x) => x.n.number));
  if (nums.every((x) => x.n.prefixed || (x.n.number.includes('.') && parents.has(x.n.number.split('.')[0] as string)))) return nums;
  return prefixed.length * 2 >= nums.length ? prefixed : nums.filter((x) => !x.n.prefixed);
}

/**
 * A "Dagordning" list of the items, which the body then repeats heading by heading: a numbered
 * line with no text of its own (the next content line is numbered too) whose number and title
 * (or the start of it) come again further down is a line of that list, not an item.
 */
function withoutListing<T extends { i: number; n: Numbered }>(lines: Line[], nums: T[]): T[] {
  const at = new Set(nums.map((x) => x.i));
  const nextContent = (i: number) => {
    let k = i + 1;
    while (k < lines.length && (lines[k] as Line).blank) k++;
    return k;
  };
  // The list may shorten a title ("2. Mötesplats IFO" over "2. Mötesplats IFO 2016 – utvärdering").
  const same = (a: Numbered, b: Numbered) => {
    const [x, y] = [foldKey(a.title), foldKey(b.title)];
    return a.number === b.number && (x.startsWith(y) || y.startsWith(x));
  };
  return nums.filter((x, k) => !(at.has(nextContent(x.n.titleLine ?? x.i)) && nums.slice(k + 1).some((y) => same(x.n, y.n))));
}

/**
 * Lines numbered without a separator ("1  Välkomna", "3 Daglig verksamhet") are items only in a
 * note with no better numbered lines, and only as a run counting 1, 2, 3 …: alone, "3 Kommuner
 * har svarat" could be a sentence.
 */
function withWeak<T extends { n: Numbered }>(nums: T[]): T[] {
  const strong = nums.filter((x) => !x.n.weak);
  if (strong.length > 0) return strong;
  const run = nums.filter((x, k) => Number(x.n.number) === k + 1);
  return run.length >= 2 && run.length === nums.length ? nums : [];
}

// "Dagordning" / "Program" alone on its line, over the day's programme.
const PROGRAMME_LABEL = /^(dagordning|program|dagens program|agenda|foredragningslista)\s*:?$/;
// "09.30  Title", "09.30–10.15 Title", "1. Title": the time or number before a programme entry.
const PROGRAMME_LEAD = /^(?:kl\.?\s*)?\d{1,2}[.:]\d{2}(?:\s*[-–]\s*\d{1,2}[.:]\d{2})?\s+|^\d{1,2}[.)]\s+/;

/** A programme's entry as the heading in the body will write it: no time, number or presenter. */
const programmeTitle = (text: string) => foldKey(text.replace(PROGRAMME_LEAD, '').replace(/\s*\([^()]*\)\s*$/, '').replace(/[:.]$/, '').trim());

/**
 * The day's programme under a "Dagordning" label at line i, when the note lists its items
 * before the attendance and writes them out below it: the index after the list and its entries'
 * titles. Null when line i is no such label or fewer than two entries follow.
 */
export function programmeAt(lines: Line[], i: number): { end: number; titles: Set<string> } | null {
  const label = lines[i];
  if (!label || !PROGRAMME_LABEL.test(label.key)) return null;
  let k = i + 1;
  while (k < lines.length && (lines[k] as Line).blank) k++;
  const titles = new Set<string>();
  for (; k < lines.length && !(lines[k] as Line).blank; k++) titles.add(programmeTitle((lines[k] as Line).text));
  titles.delete('');
  return titles.size >= 2 ? { end: k, titles } : null;
}

/**
 * Agenda item spans over lines[from, to). `programme` holds the titles a "Dagordning" above
 * listed: a body line that repeats one is an item heading however plainly it is written.
 */
export function splitAgendaItems(lines: Line[], from: number, to: number, programme?: Set<string>): ItemSpan[] {
  const nums: { i: number; n: Numbered; styled: boolean; level: number }[] = [];
  for (let i = from; i < to; i++) {
    const l = lines[i] as Line;
    const n = l.blank ? null : numbered(l) ?? bareNumbered(lines, i, to);
    if (n) nums.push({ i, n, styled: isStyled(l), level: l.heading });
  }
  const main = nums.filter((x) => !x.n.part);
  const styledNums = main.filter((x) => x.styled);
  const base = styledNums.length ? styledNums : withWeak(main);
  // "**3) Barnahus**" over a plain "3.1 Nya rutiner": the parts of an item need no styling.
  const tops = new Set(base.map((x) => x.n.number));
  const partOf = (x: { n: Numbered; styled: boolean }) => !x.styled && x.n.number.includes('.') && tops.has(x.n.number.slice(0, x.n.number.indexOf('.')));
  const keep = withoutListing(lines, oneStyle(nums.filter((x) => base.includes(x) || partOf(x))));
  const maxLevel = Math.max(0, ...keep.map((x) => x.level));
  const starts: Omit<ItemSpan, 'end'>[] = [];
  const numAt = new Map(keep.map((x) => [x.i, x.n]));
  // The title line of a "§ 3" / "Title" pair belongs to that item, never starts one.
  const titleLines = new Set(keep.map((x) => x.n.titleLine));
  for (let i = from; i < to; i++) {
    const l = lines[i] as Line;
    if (l.blank || titleLines.has(i)) continue;
    const n = numAt.get(i);
    const f = l.key;
    if (n) {
      starts.push({ number: n.number, title: n.title, start: i, kind: 'numbered', parent: null, ...(n.titleLine !== undefined && { titleLine: n.titleLine }) });
      continue;
    }
    if (SUB_LABEL.test(f) || l.text.length > 140) continue;
    if (keep.length === 0 && programme?.has(programmeTitle(l.text))) { starts.push({ number: null, title: l.text.replace(/:$/, ''), start: i, kind: 'heading', parent: null }); continue; }
    const heading = (l.heading > 0 && (keep.length === 0 || l.heading <= maxLevel)) || (l.bold && !l.bullet && l.heading === 0);
    if (heading && !nums.some((x) => x.i === i)) { starts.push({ number: null, title: l.text.replace(/:$/, ''), start: i, kind: l.heading ? 'heading' : 'bold', parent: null }); continue; }
    if (keep.length === 0 && THEME_DAY.test(f) && l.text.length < 80) { starts.push({ number: null, title: l.text.replace(/:$/, ''), start: i, kind: 'heading', parent: null }); continue; }
    if (keep.length === 0 && l.bullet && l.indent <= 1 && (l.bold || OCR_TOP.has(l.bullet)) && l.text.split(/\s+/).length <= 14) {
      starts.push({ number: null, title: l.text.replace(/[:.]$/, ''), start: i, kind: 'bullet', parent: null });
    }
  }
  if (starts.length === 0) starts.push(...plainHeadings(lines, from, to));
  // The agenda's own heading is no item when items follow it; alone, it holds the whole body.
  const kept = starts.filter((s, k) => !(s.number === null && k + 1 < starts.length && AGENDA_LABEL.test(foldKey(s.title).replace(/[:.]$/, '').trim())));
  const items = nestNumbered(kept.map((s, k) => ({ ...s, end: kept[k + 1]?.start ?? to })));
  return [...items, ...items.flatMap((it) => subItems(lines, it))].sort((a, b) => a.start - b.start || (a.parent ? 1 : -1));
}

/**
 * "2.1 Barn och unga" after "2. Yrkesresan" is part of item 2: it gets parent "2", and item 2's
 * span grows to cover its parts, as a "Korta punkter" item covers its bullets. A "2.1" with no
 * "2" before it (a note numbering only its sub-points) stays an item of its own.
 */
function nestNumbered(items: ItemSpan[]): ItemSpan[] {
  let top: ItemSpan | null = null;
  for (const it of items) {
    const dot = it.kind === 'numbered' && it.number !== null ? it.number.indexOf('.') : -1;
    if (dot < 0) {
      top = it.kind === 'numbered' ? it : null;
      continue;
    }
    if (top === null || top.number !== (it.number as string).slice(0, dot)) continue;
    it.parent = top.number;
    top.end = it.end;
  }
  return items;
}

/**
 * A plain-text note with neither numbers, styling nor bullets ("Inledning" / "Yrkesresan" on lines
 * of their own): a short capitalised line without punctuation, after a blank line and with text
 * right below, is a heading. Taken only when a note has nothing else and at least two of them.
 */
function plainHeadings(lines: Line[], from: number, to: number): Omit<ItemSpan, 'end'>[] {
  const out: Omit<ItemSpan, 'end'>[] = [];
  for (let i = from; i < to - 1; i++) {
    const l = lines[i] as Line;
    if (l.blank || l.bullet || l.table || l.text.length > 60 || (i > from && !(lines[i - 1] as Line).blank)) continue;
    const next = lines[i + 1] as Line;
    if (next.blank || next.text.length <= l.text.length) continue;
    const title = l.text.replace(/:$/, '');
    if (!UPPER_FIRST.test(title) || /[.,;!?()]/.test(title) || title.split(' ').length > 6) continue;
    out.push({ number: null, title, start: i, kind: 'heading', parent: null });
  }
  return out.length >= 2 ? out : [];
}

// "a) Lägesrapport", "b. Förväntningar": lettered sub-items of a numbered item.
const LETTERED = /^([a-h])[.)]\s+(\p{Lu}.{0,118})$/u;

/** "a) …" / "b) …" lines of a numbered item (at least two, from "a"), each running to the next: "2a", "2b". */
function letteredItems(lines: Line[], item: ItemSpan): ItemSpan[] {
  if (item.kind !== 'numbered' || item.number === null) return [];
  const found: { i: number; letter: string; title: string }[] = [];
  for (let i = (item.titleLine ?? item.start) + 1; i < item.end; i++) {
    const t = (lines[i] as Line).text;
    // Most lines start otherwise: test the two first characters before the /u regex.
    const m = t.charCodeAt(0) >= 97 && t.charCodeAt(0) <= 104 && (t[1] === ')' || t[1] === '.') ? LETTERED.exec(t) : null;
    if (m && !SENTENCE.test(m[2] as string)) found.push({ i, letter: m[1] as string, title: (m[2] as string).replace(/:$/, '') });
  }
  // In alphabetical order from "a": a stray "e) …" line is no list.
  if (found.length < 2 || found.some((f, k) => f.letter !== String.fromCharCode(97 + k))) return [];
  return found.map((f, k) => ({ number: `${item.number}${f.letter}`, title: f.title, start: f.i, end: found[k + 1]?.i ?? item.end, kind: 'sub-bullet' as const, parent: item.number }));
}

/** Top-level bullets of a "Korta punkter" item, each running to the next bullet; lettered sub-items of any numbered item. */
function subItems(lines: Line[], item: ItemSpan): ItemSpan[] {
  const lettered = letteredItems(lines, item);
  if (lettered.length) return lettered;
  if (item.kind === 'sub-bullet' || !SHORT_ITEMS.test(foldKey(item.title))) return [];
  const bullets: number[] = [];
  for (let i = (item.titleLine ?? item.start) + 1; i < item.end; i++) {
    const l = lines[i] as Line;
    if (!l.blank && l.bullet && l.bullet !== '»' && l.indent <= 1) bullets.push(i);
  }
  const parent = item.number ?? item.title;
  return bullets.map((i, k) => {
    const text = (lines[i] as Line).text;
    const cut = text.search(/[.!?](\s|$)/);
    const title = (cut > 0 ? text.slice(0, cut) : text).slice(0, 120).trim();
    return { number: item.number ? `${item.number}.${k + 1}` : null, title, start: i, end: bullets[k + 1] ?? item.end, kind: 'sub-bullet' as const, parent };
  });
}
