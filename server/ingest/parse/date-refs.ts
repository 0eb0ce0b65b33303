// Finds date expressions in a line: "2023-03-24", "20-09-04", "17.1.2025", "24 mars 2023",
// "30 nov 2023", "26/1", "i februari", "senhöst 2023", "2019 – 2026", "Utlysningen 2021".
import { foldKey } from './fold';

export interface DateRef {
  year: number | null;
  /** 1-12; null for a bare year. */
  month: number | null;
  day: number | null;
  /** Last month of a season or range ("senhöst 2023" → 11), same as month otherwise. */
  endMonth?: number | null;
  /** Set for ranges "1 december 2020 – 1 mars 2021" and "2019 – 2026". */
  end?: { year: number | null; month: number | null; day: number | null };
  start: number;
  stop: number;
  text: string;
}

const MONTHS: Record<string, number> = {
  januari: 1, jan: 1, februari: 2, feb: 2, mars: 3, mar: 3, april: 4, apr: 4, maj: 5, juni: 6, jun: 6,
  juli: 7, jul: 7, augusti: 8, aug: 8, september: 9, sept: 9, sep: 9, oktober: 10, okt: 10, november: 11, nov: 11, december: 12, dec: 12,
  // Notes with English headings ("Date: 8 March 2023").
  january: 1, february: 2, march: 3, may: 5, june: 6, july: 7, august: 8, october: 10, oct: 10,
};
const FULL = 'januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december|january|february|march|may|june|july|august|october';
const ANY = `${FULL}|jan|feb|mar|apr|jun|jul|aug|sept|sep|okt|oct|nov|dec`;
const SEASONS: Record<string, [number, number]> = {
  varen: [3, 5], var: [3, 5], forvaren: [2, 4], sommaren: [6, 8], sommar: [6, 8], hosten: [9, 11], host: [9, 11],
  senhosten: [10, 11], senhost: [10, 11], vintern: [1, 2], vinter: [1, 2], arsskiftet: [12, 12],
};

const PATTERNS: { re: RegExp; build: (m: RegExpExecArray) => Omit<DateRef, 'start' | 'stop' | 'text'> | null }[] = [
  // OCR reads a 0 as O and a 1 as l ("2016-O4-21", folded "2016-o4-21").
  { re: /\b(19\d\d|20\d\d)-([\dol]{1,2})-([\dol]{1,2})\b/g, build: (m) => ymd(+m[1]!, +ocrDigits(m[2]!), +ocrDigits(m[3]!)) },
  { re: /(?<![\d:-])(\d\d)-(\d\d)-(\d\d)(?![\d:-])/g, build: (m) => ymd(2000 + +m[1]!, +m[2]!, +m[3]!) },
  // "17.1.2025", "17.01.2025", "17.1.25". Exactly three parts, so times ("13.15"), paragraphs
  // ("§ 4.2") and longer numberings ("1.2.3.4") stay out; "version 2.1.12" is a version.
  { re: /(?<![\d.,§]|§\s|\bv|\bver(?:sion)?\.?\s|\bpunkt\s|\bavsnitt\s|\bkap\.?\s)(\d{1,2})\.(\d{1,2})\.(\d{4}|\d\d)(?!\d|[.,]\d)/g, build: (m) => dotted(+m[1]!, +m[2]!, m[3]!) },
  // English order: "March 8, 2023".
  { re: new RegExp(`\\b(${FULL})\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`, 'g'), build: (m) => ymd(+m[3]!, MONTHS[m[1]!]!, +m[2]!) },
  // "v. 12 2024", "vecka 12", "week 12": the month the week's Thursday falls in (ISO weeks).
  { re: /\b(?:v\.\s?|v(?=\d)|vecka\s|week\s)([1-9]|[1-4]\d|5[0-3])(?:,?\s+(20\d\d))?(?![\d:.,/-]|\s*(?:%|procent|kap))\b/g, build: (m) => weekMonth(m[2] ? +m[2] : null, +m[1]!) },
  // "2024.03.05": ISO order with dots.
  { re: /\b(20\d\d)\.(\d{1,2})\.(\d{1,2})\b(?!\.\d)/g, build: (m) => ymd(+m[1]!, +m[2]!, +m[3]!) },
  // A meeting over two days, "5–6 mars 2024": it begins on the first.
  { re: new RegExp(`\\b(\\d{1,2})\\s*[-–]\\s*(\\d{1,2})\\s+(${ANY})\\.?(?:\\s+(\\d{4}))?\\b`, 'g'), build: (m) => dayRange(m[4] ? +m[4] : null, MONTHS[m[3]!]!, +m[1]!, +m[2]!) },
  // "5th of March 2024".
  { re: new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+of\\s+(${FULL})\\s+(\\d{4})\\b`, 'g'), build: (m) => ymd(+m[3]!, MONTHS[m[2]!]!, +m[1]!) },
  // "5 mars 2024", "5:e mars", and "5 mars -24" with the year cut to two digits after a dash.
  { re: new RegExp(`\\b(\\d{1,2})(?::?[ea])?\\s+(${ANY})\\.?(?:\\s+(\\d{4})|\\s+[-–](\\d\\d)(?![\\d:.]|\\s+(?:${ANY})\\b))?\\b`, 'g'), build: (m) => ymd(m[3] ? +m[3] : m[4] ? 2000 + +m[4] : null, MONTHS[m[2]!]!, +m[1]!) },
  // "26/1", "26/1-23", "14/9 2022" (the year after a space).
  { re: /(?<![\d/])(\d{1,2})\/(\d{1,2})(?:[/-](\d{2}|\d{4})|\s+((?:19|20)\d\d|-\d\d(?![\d:.]))(?![\d:]))?(?![\d/])/g, build: (m) => { const y = (m[3] ?? m[4])?.replace('-', ''); return ymd(y ? (y.length === 2 ? 2000 + +y : +y) : null, +m[2]!, +m[1]!); } },
  { re: new RegExp(`\\b(${FULL})\\s+(\\d{4})\\b`, 'g'), build: (m) => ({ year: +m[2]!, month: MONTHS[m[1]!]!, day: null }) },
  { re: new RegExp(`\\b(?:i|under|fran|efter|fore|till|sedan|infor|i borjan av|i slutet av|mitten av|from|fr o m)\\s+(${FULL})\\b(?!\\s+\\d)`, 'g'), build: (m) => ({ year: null, month: MONTHS[m[1]!]!, day: null }) },
  { re: /\b(varen|forvaren|sommaren|hosten|senhosten|senhost|vintern|host|var|sommar)\s+(\d{4})\b/g, build: (m) => { const s = SEASONS[m[1]!]!; return { year: +m[2]!, month: s[0], endMonth: s[1], day: null }; } },
  { re: /\b(19[5-9]\d|20[0-4]\d)\s*[–-]\s*(19[5-9]\d|20[0-4]\d)\b/g, build: (m) => ({ year: +m[1]!, month: null, day: null, end: { year: +m[2]!, month: null, day: null } }) },
  { re: /(?<![\d:/.-])(19[5-9]\d|20[0-4]\d)(?![\d:/-]|\s*:\s*\d)/g, build: (m) => ({ year: +m[1]!, month: null, day: null }) },
];

const ocrDigits = (s: string) => s.replace(/o/g, '0').replace(/l/g, '1');

// A two-digit year in a dotted date is read only within the years the networks' notes cover.
const DOTTED_YY: [number, number] = [15, 39];

function dotted(day: number, month: number, y: string): Omit<DateRef, 'start' | 'stop' | 'text'> | null {
  if (y.length === 2 && (+y < DOTTED_YY[0] || +y > DOTTED_YY[1])) return null;
  return ymd(y.length === 2 ? 2000 + +y : +y, month, day);
}

/**
 * The month of ISO week `week`. Without a year the weeks of a typical year are used: a week
 * lies in the same month in every year but near a month's end, where it may fall either side.
 */
function weekMonth(year: number | null, week: number): Omit<DateRef, 'start' | 'stop' | 'text'> | null {
  const y = year ?? 2025;
  const jan4 = Date.UTC(y, 0, 4);
  const monday = jan4 - ((new Date(jan4).getUTCDay() + 6) % 7) * 86_400_000;
  const thursday = new Date(monday + ((week - 1) * 7 + 3) * 86_400_000);
  if (thursday.getUTCFullYear() !== y) return null;
  return { year, month: thursday.getUTCMonth() + 1, day: null };
}

/** "5–6 mars": the first day, ending on the second. */
function dayRange(year: number | null, month: number, day: number, endDay: number): Omit<DateRef, 'start' | 'stop' | 'text'> | null {
  const r = endDay > day ? ymd(year, month, day) : null;
  return r && endDay <= 31 ? { ...r, end: { year, month, day: endDay } } : null;
}

function ymd(year: number | null, month: number, day: number): Omit<DateRef, 'start' | 'stop' | 'text'> | null {
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  if (year !== null && (year < 1990 || year > 2049)) return null;
  return { year, month, day };
}

/**
 * Every date expression in `line`, left to right; ranges "A – B" are joined into one ref.
 * `folded` is foldKey(line), passed by callers that have it already (Line.key).
 */
export function findDateRefs(line: string, folded: string = foldKey(line)): DateRef[] {
  // Cheap pre-check: most lines hold no digit and no month or season word.
  if (!/\d|ari\b|mars|april|maj|juni|juli|augusti|ber\b|march|may|june|july|august/.test(folded)) return [];
  const taken: boolean[] = new Array(folded.length).fill(false);
  const refs: DateRef[] = [];
  for (const { re, build } of PATTERNS) {
    re.lastIndex = 0;
    for (let m = re.exec(folded); m; m = re.exec(folded)) {
      const start = m.index;
      const stop = start + m[0].length;
      if (taken.slice(start, stop).some(Boolean)) continue;
      const r = build(m);
      if (!r) continue;
      for (let k = start; k < stop; k++) taken[k] = true;
      refs.push({ ...r, start, stop, text: line.slice(start, stop) });
    }
  }
  refs.sort((a, b) => a.start - b.start);
  // "1 december 2020 – 1 mars 2021": the first becomes a range ending at the second.
  const out: DateRef[] = [];
  for (const r of refs) {
    const prev = out[out.length - 1];
    if (prev && !prev.end && /^\s*[–-]\s*$/.test(folded.slice(prev.stop, r.start))) {
      prev.end = { year: r.year, month: r.month, day: r.day };
      prev.stop = r.stop;
      prev.text = line.slice(prev.start, r.stop);
      if (prev.year === null) prev.year = r.year;
      continue;
    }
    out.push(r);
  }
  return out;
}
