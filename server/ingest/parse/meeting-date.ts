// The meeting date. A date in the heading lines (or the file name) is taken as stated.
// Otherwise it is inferred: every dated reference in the body becomes a soft constraint
// (a past event lies before the meeting, an announced one after it, "God Jul" puts it in
// December), and the day that best satisfies all of them — close to the latest past
// reference and just before the earliest announcement — gives the month. Dates of the network's
// other meetings ("Nästa möte: 6 december", "Vid förra mötet den 20 september") are bounds a
// few weeks away rather than neighbours: meetings are spaced, so the pull is to a typical gap.
import { findDateRefs, type DateRef } from './date-refs';
import { dateTense, isNextMeetingLabel, type Sibling, type Tense } from './date-tense';
import { foldKey } from './fold';
import type { Line } from './normalize-text';
import type { DatePrecision } from './types';

export interface MeetingDate {
  date: string | null;
  dateInferred: boolean;
  datePrecision: DatePrecision | null;
  dateEvidence: string | null;
  dateLine: number | null;
}

interface Clue { ref: DateRef; tense: Tense; sibling: Sibling | null; weight: number; sentence: string; line: number; spans?: Map<number, [number, number]> }

const DAY = 86_400_000;
/** Typical days between two meetings of a network (they meet several times a year). */
const GAP = 42;
/** Weight of the pull to that gap: a convention, weaker than a dated event in the text. */
const GAP_PULL = 0.5;
const toDay = (y: number, m: number, d: number) => Math.floor(Date.UTC(y, m - 1, d) / DAY);
const lastDay = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();
const pad = (n: number) => String(n).padStart(2, '0');

/** Day interval [a, b] a reference covers in `year`. */
function span(r: DateRef, year: number): [number, number] {
  const m = r.month ?? 1;
  const a = toDay(year, m, r.day ?? 1);
  const endYear = r.end?.year ?? year + ((r.endMonth ?? m) < m ? 1 : 0);
  const em = r.end ? r.end.month ?? 12 : r.endMonth ?? r.month ?? 12;
  const ed = r.end ? r.end.day ?? lastDay(endYear, em) : r.day ?? lastDay(endYear, em);
  return [a, toDay(endYear, em, ed)];
}

// Module-level helpers rather than closures in the hot loops: tsx (esbuild keepNames) names
// every inner named function with a defineProperty call each time it is created.

/** Cost of being d days away from a clue of weight w (nothing when on the right side). */
const farCost = (w: number, d: number) => w * Math.log1p(Math.max(d, 0) / 30);

function clueCost(c: number, y: number, clue: Clue): number {
  const r = clue.ref;
  let a: number;
  let b: number;
  if (r.year !== null) [a, b] = clue.spans?.get(r.year) ?? span(r, r.year);
  else {
    // A date without a year means the occurrence nearest the meeting in its direction.
    const occ = [y - 1, y, y + 1].map((yy) => clue.spans?.get(yy) ?? span(r, yy));
    const pick = clue.tense === 'past' ? occ.filter(([, e]) => e <= c).pop() : occ.find(([s]) => s > c);
    if (!pick) return 0;
    [a, b] = pick;
  }
  const w = clue.weight;
  // Another meeting is a hard bound; the meeting itself most likely lies a gap away from it.
  const mid = (a + b) >> 1;
  if (clue.sibling === 'next') return c >= b ? 10 * w + farCost(w, c - b) : farCost(GAP_PULL * w, Math.abs(mid - GAP - c));
  if (clue.sibling === 'previous') return c <= a ? 10 * w + farCost(w, a - c) : farCost(GAP_PULL * w, Math.abs(c - mid - GAP));
  // An announced day is strictly after the meeting; an announced month or year may contain it.
  if (clue.tense === 'future') return c > b || (a === b && c >= a) ? 10 * w + farCost(w, c - a) : farCost(w, a - c);
  if (clue.tense === 'past') return c < a ? 10 * w + farCost(w, a - c) : farCost(w, c - b);
  return c < a ? farCost(w, a - c) : c > b ? farCost(w, c - b) : 0;
}

function collectClues(lines: Line[], from: number, forward: (i: number) => boolean): Clue[] {
  const clues: Clue[] = [];
  // Under a "Kommande möten" label every dated line (or bullet) is a coming meeting.
  let meetingList = false;
  for (let i = from; i < lines.length; i++) {
    const l = lines[i] as Line;
    if (l.blank) continue;
    // Season's greetings date the meeting itself.
    if (/\b(god jul|gott nytt [åa]r|julhälsning|jullunch|julbord)\b/i.test(l.text)) {
      clues.push({ ref: { year: null, month: 12, day: null, start: 0, stop: 0, text: 'God Jul' }, tense: 'neutral', sibling: null, weight: 2, sentence: l.text, line: l.n });
    }
    const refs = findDateRefs(l.text, l.key);
    // The list runs over its bullets and dated lines, up to the next heading or prose line.
    if (refs.length === 0 && l.text.length < 60 && isNextMeetingLabel(l.key)) meetingList = true;
    else if (l.heading > 0 || l.bold || (refs.length === 0 && l.bullet === null)) meetingList = false;
    if (refs.length === 0) continue;
    let afterNext = false;
    // "Samma exempel presenterades för" / "socialchefsnätverket den 1 december 2017.": a sentence
    // wrapped onto this line keeps the verb of the line above.
    const prev = i > from ? (lines[i - 1] as Line) : null;
    const wrappedFrom = prev && !prev.blank && !prev.heading && !prev.bold && l.bullet === null && /^\p{Ll}/u.test(l.text) && !/[.!?:]$/.test(prev.text) ? `${prev.text} ` : '';
    for (const ref of refs) {
      const t = dateTense(wrappedFrom + l.text, ref.start + wrappedFrom.length, ref.stop + wrappedFrom.length, forward(i));
      const precise = ref.month !== null;
      const sibling: Sibling | null = !precise ? null : t.sibling ?? (meetingList || (afterNext && thenSentence(t.sentence)) ? 'next' : null);
      const tense: Tense = sibling === 'next' ? 'future' : t.tense;
      const weight = precise ? (ref.year !== null ? 1 : 0.7) : tense === 'neutral' ? 0.2 : 0.4;
      clues.push({ ref, tense: !precise && ref.end ? 'future' : tense === 'neutral' && precise ? 'future' : tense, sibling, weight, sentence: t.sentence, line: l.n });
      afterNext = sibling === 'next';
    }
  }
  return clues;
}

/** "Nästa möte 6 december. Därefter 24 januari.": the second sentence goes on listing meetings. */
const thenSentence = (sentence: string) => /^(?:darefter|sedan|samt|och)\b/.test(foldKey(sentence));

// "IFO-chefsnätverket 211015", "Anteckningar 20211015": a date written without separators, as
// file names and titles often are. Only a title line is read so, the years kept to the notes' span.
const COMPACT = /(?<![\d.,:/-])(20)?([12]\d|3[0-9])(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?![\d.,:/-])/;
const COMPACT_YY: [number, number] = [15, 39];

/** A compact date in the first heading lines, when none of them holds a written date. */
function compactHeaderDate(lines: Line[], headerEnd: number): MeetingDate | null {
  let seen = 0;
  for (let i = 0; i < Math.min(headerEnd, lines.length) && seen < 4; i++) {
    const l = lines[i] as Line;
    if (l.blank) continue;
    seen++;
    const m = COMPACT.exec(l.text);
    if (!m || +(m[2] as string) < COMPACT_YY[0] || +(m[2] as string) > COMPACT_YY[1]) continue;
    return { date: `20${m[2]}-${m[3]}-${m[4]}`, dateInferred: false, datePrecision: 'day', dateEvidence: l.text, dateLine: l.n };
  }
  return null;
}

/** "5–6 mars 2024": a meeting over days of one month, dated by its first day. */
const isDayRange = (r: DateRef) => r.day !== null && r.end?.day != null && r.end.month === r.month && r.end.year === r.year;

// The header of a forwarded e-mail: its send date ("Skickat: den 4 mars 2020 15:42") is not the meeting's.
export const EMAIL_HEADER = /^(fr[aå]n|from|skickat|sent|till|to|kopia|cc|[aä]mne|subject)\s*:/i;

/** A date stated in the heading lines or the file name, or null. */
export function statedDate(lines: Line[], headerEnd: number, filename: string): MeetingDate | null {
  let seen = 0;
  for (let i = 0; i < Math.min(headerEnd, lines.length) && seen < 10; i++) {
    const l = lines[i] as Line;
    if (l.blank || EMAIL_HEADER.test(l.text)) continue;
    seen++;
    // "Nästa möte: …" in the heading lines dates another meeting, not this one.
    const ref = findDateRefs(l.text, l.key).find((r) => r.year !== null && r.month !== null && (!r.end || isDayRange(r)) && dateTense(l.text, r.start, r.stop, false).sibling === null);
    if (ref) {
      const day = ref.day !== null;
      const date = `${ref.year}-${pad(ref.month as number)}${day ? `-${pad(ref.day as number)}` : ''}`;
      return { date, dateInferred: false, datePrecision: day ? 'day' : 'month', dateEvidence: l.text, dateLine: l.n };
    }
  }
  const compact = compactHeaderDate(lines, headerEnd);
  if (compact) return compact;
  const f = /(19\d\d|20[0-4]\d)[-_]?(0[1-9]|1[0-2])[-_]?(0[1-9]|[12]\d|3[01])(?!\d)/.exec(filename);
  if (f) return { date: `${f[1]}-${f[2]}-${f[3]}`, dateInferred: false, datePrecision: 'day', dateEvidence: `file name: ${filename}`, dateLine: null };
  return null;
}

/** Infers the meeting month from dated references in the body. */
export function inferDate(lines: Line[], from: number, forward: (i: number) => boolean): MeetingDate | null {
  const clues = collectClues(lines, from, forward);
  const anchored = clues.filter((c) => c.ref.year !== null);
  if (anchored.length === 0) return null;
  // Bare years ("pågår 2019 – 2026") would widen the search without adding precision.
  const precise = anchored.filter((c) => c.ref.month !== null);
  const years = (precise.length ? precise : anchored).map((c) => c.ref.year as number);
  const lo = Math.min(...years) - 1;
  const hi = Math.max(...years) + 1;
  // The cost is piecewise concave between clue boundaries, so the minimum sits on one of them.
  const points = new Set<number>();
  for (const c of clues) {
    c.spans = new Map();
    for (let y = lo - 1; y <= hi + 1; y++) {
      if (c.ref.year !== null && c.ref.year !== y) continue;
      const sp = span(c.ref, y);
      c.spans.set(y, sp);
      if (y < lo || y > hi) continue;
      for (const p of [sp[0] - 1, sp[0], sp[1], sp[1] + 1]) points.add(p);
      // The gap point is a kink of a sibling meeting's cost, so a candidate as well.
      if (c.sibling) points.add(((sp[0] + sp[1]) >> 1) + (c.sibling === 'next' ? -GAP : GAP));
    }
  }
  let best = Number.NaN;
  let bestCost = Infinity;
  for (const p of points) {
    const y = new Date(p * DAY).getUTCFullYear();
    let cost = 0;
    for (const c of clues) cost += clueCost(p, y, c);
    if (cost < bestCost - 1e-9 || (Math.abs(cost - bestCost) < 1e-9 && p > best)) { best = p; bestCost = cost; }
  }
  const d = new Date(best * DAY);
  const date = precise.length ? `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}` : String(d.getUTCFullYear());
  // Evidence: the nearest clue on each side, plus the clue that fixed the year.
  const dist = (c: Clue) => { const [a, b] = span(c.ref, c.ref.year ?? d.getUTCFullYear()); return Math.min(Math.abs(a - best), Math.abs(b - best)); };
  const ranked = [...clues].filter((c) => c.ref.month !== null).sort((x, y) => dist(x) - dist(y));
  // Other meetings are named too: "förra mötet …" and "Nästa möte …" say why the month is where it is.
  const picks = [ranked.find((c) => c.tense === 'past'), ranked.find((c) => c.tense !== 'past'), ranked.find((c) => c.sibling === 'previous'),
    ranked.find((c) => c.sibling === 'next'), anchored.filter((c) => c.ref.month !== null).sort((x, y) => dist(x) - dist(y))[0]]
    .filter((c): c is Clue => c !== undefined);
  const unique = [...new Map(picks.map((c) => [c.sentence, c])).values()].sort((x, y) => x.line - y.line);
  return {
    date, dateInferred: true, datePrecision: precise.length ? 'month' : 'year',
    dateEvidence: unique.map((c) => c.sentence).join(' … ') || null,
    dateLine: unique[0]?.line ?? null,
  };
}

// Sunday first, as Date.getUTCDay counts; Swedish with its definite form ("torsdagen"), and English.
const WEEKDAY = /\b(?:(sondag|mandag|tisdag|onsdag|torsdag|fredag|lordag)(?:en)?|(sunday|monday|tuesday|wednesday|thursday|friday|saturday))\b/;
const WEEKDAYS = ['sondag', 'mandag', 'tisdag', 'onsdag', 'torsdag', 'fredag', 'lordag', 'sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

/** The weekday (0 = Sunday) a folded line names, or -1. */
function weekdayNamed(key: string): number {
  const m = WEEKDAY.exec(key);
  return m ? WEEKDAYS.indexOf((m[1] ?? m[2]) as string) % 7 : -1;
}

/** "v. 12", "vecka 12": a week, which stands for its month. */
const WEEK = /^(?:v|vecka|week)\b/i;

/**
 * "Anteckningar tisdag 12/3", "Datum: den 5 mars", "v. 12": a day and month (or a week) in the heading lines, the
 * year left out. The day is the meeting's; the year is the one that puts it nearest the month
 * the body's dated references point to. Null without such a heading day or a year in the body.
 */
export function headerDayWithYearInferred(lines: Line[], headerEnd: number, forward: (i: number) => boolean): MeetingDate | null {
  let head: { ref: DateRef; line: Line } | null = null;
  let seen = 0;
  for (let i = 0; i < Math.min(headerEnd, lines.length) && seen < 10 && !head; i++) {
    const l = lines[i] as Line;
    if (l.blank || EMAIL_HEADER.test(l.text)) continue;
    seen++;
    const ref = findDateRefs(l.text, l.key).find((r) => r.year === null && r.month !== null && (r.day !== null || WEEK.test(r.text)) && !r.end && dateTense(l.text, r.start, r.stop, false).sibling === null);
    if (ref) head = { ref, line: l };
  }
  return head ? dayWithYearInferred(lines, head.ref, head.line, forward) : null;
}

/** The day `ref` names on `line`, its year the one nearest the month the body's dated references point to. */
function dayWithYearInferred(lines: Line[], ref: DateRef, line: Line, forward: (i: number) => boolean): MeetingDate | null {
  const body = inferDate(lines, line.n, forward);
  if (!body?.date || body.datePrecision !== 'month') return null;
  const [by, bm] = body.date.split('-').map(Number) as [number, number];
  const around = toDay(by, bm, 15);
  const { month, day } = ref as { month: number; day: number | null };
  const at = (y: number) => Math.abs(toDay(y, month, day ?? 15) - around);
  // "torsdagen den 13 oktober": a weekday beside the day leaves only the years in which that day
  // falls on it (one or two within a few years), and outweighs the body's clues.
  const weekday = day === null ? -1 : weekdayNamed(line.key);
  const onWeekday = [by - 3, by - 2, by - 1, by, by + 1, by + 2, by + 3].filter((y) => new Date(toDay(y, month, day ?? 1) * DAY).getUTCDay() === weekday);
  const year = (onWeekday.length ? onWeekday : [by - 1, by, by + 1]).sort((a, b) => at(a) - at(b))[0] as number;
  return {
    date: `${year}-${pad(month)}${day === null ? '' : `-${pad(day)}`}`, dateInferred: true, datePrecision: day === null ? 'month' : 'day',
    dateEvidence: `${line.text} … ${body.dateEvidence ?? ''}`.replace(/ … $/, ''), dateLine: line.n,
  };
}

// "Mötet hölls den 26 oktober 2018", "Dagens möte (den 26 oktober)", "Träffen ägde rum 12/3":
// a sentence of the body that dates this meeting itself, on the folded text before the date.
const SELF_DATED = /\b(?:m[oe*]tet|dagens m[oe*]te|tr[a*]ffen|dagens tr[a*]ff|n[a*]tverksm[oe*]tet|the meeting)\b[^.!?]{0,40}$/;
const SELF_WORD = /m[oe*]tet|dagens m[oe*]te|tr[a*]ffen|dagens tr[a*]ff|the meeting/;
// "Anteckningarna från mötet 2021-01-28 godkändes": the notes of the meeting before, approved at this one.
const NOTES_OF = /\b(?:\S*anteckningar(?:na)?|protokoll(?:et)?|minutes)\s+(?:fran|from|of)\s+(?:\S+\s+){0,2}$/;
// "Göteborg den 7/11-19", "Göteborg 2019-11-07": a place and a date alone on a closing line.
const CLOSING = /^\p{Lu}[\p{L}-]+(?:\s\p{Lu}[\p{L}-]+)?,?\s+(?:den\s+)?$/u;

/**
 * The day a body sentence gives this meeting ("Mötet hölls den 26 oktober 2018"), or a closing
 * line's place and date ("Göteborg den 7/11-19", the date the note was written, so inferred).
 * A year left out is inferred as for a heading day.
 */
export function bodyMeetingDay(lines: Line[], from: number, forward: (i: number) => boolean): MeetingDate | null {
  const last = lastContentLines(lines, 4);
  for (let i = from; i < lines.length; i++) {
    const l = lines[i] as Line;
    // Only closing lines and lines naming the meeting can say it: the date scan waits for that.
    if (l.blank || forward(i) || !(last.has(i) || SELF_WORD.test(l.key))) continue;
    for (const ref of findDateRefs(l.text, l.key)) {
      if (ref.month === null || ref.day === null || ref.end) continue;
      const closing = last.has(i) && CLOSING.test(l.text.slice(0, ref.start)) && l.text.slice(ref.stop).trim() === '';
      // "På mötet den 4 november ska vi …" and "förra mötet den 20 september" date other meetings.
      const self = () => { const t = dateTense(l.text, ref.start, ref.stop, false); return t.sibling === null && t.tense !== 'future'; };
      const before = closing ? '' : foldKey(l.text.slice(0, ref.start));
      if (!closing && !(SELF_DATED.test(before) && !NOTES_OF.test(before) && self())) continue;
      if (ref.year === null) return dayWithYearInferred(lines, ref, l, forward);
      const date = `${ref.year}-${pad(ref.month)}-${pad(ref.day)}`;
      return { date, dateInferred: closing, datePrecision: 'day', dateEvidence: l.text, dateLine: l.n };
    }
  }
  return null;
}

/** Indexes of the last `n` content lines. */
function lastContentLines(lines: Line[], n: number): Set<number> {
  const out = new Set<number>();
  for (let i = lines.length - 1; i >= 0 && out.size < n; i--) if (!(lines[i] as Line).blank) out.add(i);
  return out;
}
