// Finds the attendance section ("Närvarande", "Deltagare", "Nätverket", OCR "Néarvarande")
// and turns it into attendees with group headings, affiliations and roles. A person listed
// under two groups (IFO and Funktionsstöd) is one attendee with both groups.
import { foldEquals, foldKey, foldText, ocrTolerant } from './fold';
import type { Line } from './normalize-text';
import { isPersonList, parsePersonLine, type ParsedPerson } from './person-line';
import { resolveAffiliation, type ResolvedAffiliation } from './affiliation';
import type { NameRestorer } from './restore-name';
import { tokenize } from './tokenize';
import type { Attendee } from './types';
import type { Vocabulary } from './vocabulary';
import { memoPerVocabulary } from './vocabulary-memo';
import { parseTableRow } from './attendance-table';

export interface AttendanceResult {
  attendees: Attendee[];
  /** Index (into lines) of the section start, -1 when no section was found. */
  start: number;
  /** Index of the first line after the section. */
  end: number;
  /** Networks named by group headings ("IFO:", "FH-chefsnätverket:"). */
  groupNetworks: string[];
}

const START = /^(n[a-z*]{0,3}rvarande|narvaro|deltagare|deltagande|medverkande|deltog|narvarande vid motet|present|attendees|attendance|participants)\b/;
const ABSENT = ocrTolerant(/^(franvarande|anmalt forhinder|forhinder|ej narvarande|fick forhinder|avbud|apologies|absent|regrets|not present)/);
/** An absent heading, also when OCR damaged it ("Anmält f\uFFFDrhinder"). */
const isAbsent = (text: string) => ABSENT.test(foldText(text));
const AGENDA = /^(dagens tema|tema|dagordning|agenda|program|anteckningar|minnesanteckningar|protokoll|inledning|valkommen|motet|beslut|\d+[.):]?\s)/;
const KNOWN_LABELS = ['Övriga', 'Göteborgsregionen', 'Nätverket', 'Gäster', 'Inbjudna', 'Frånvarande', 'Deltagare', 'Närvarande'];

function labelOf(line: Line): string | null {
  // Asked of every line near the attendance list; most are plain lines, turned away before any regex.
  if (!(line.text.endsWith(':') || line.heading > 0 || line.bold)) return null;
  const text = line.text.replace(/:$/, '').trim();
  if (!text || text.split(/\s+/).length > 5 || /[.,;]/.test(text)) return null;
  return text;
}

/** A plain line that is only an attendance word ("Attendees", "Apologies"): a heading without a colon. */
function bareLabel(line: Line): string | null {
  const text = line.text.trim();
  if (text.split(/\s+/).length > 3 || /[.,;:]/.test(text)) return null;
  return START.test(line.key) || isAbsent(line.text) ? text : null;
}

// Group labels recur in every note's attendance list; the answer depends only on label and vocabulary.
const canonicalLabel = memoPerVocabulary(10_000, findCanonicalLabel);

function findCanonicalLabel(label: string, vocab: Vocabulary): string {
  for (const n of vocab.data.networks) for (const g of n.groupLabels) if (foldEquals(label, g)) return g;
  return KNOWN_LABELS.find((k) => foldEquals(label, k)) ?? label;
}

function nextContent(lines: Line[], i: number): Line | undefined {
  for (let k = i + 1; k < lines.length; k++) if (!(lines[k] as Line).blank) return lines[k];
  return undefined;
}

function isPersonLine(line: Line | undefined, vocab: Vocabulary): boolean {
  if (!line || line.blank) return false;
  if (line.table) return parseTableRow(line.text, null, vocab) !== null;
  return isPersonList(line.text, vocab);
}

/** Index of the attendance section start within [0, limit), or -1. */
function findStart(lines: Line[], limit: number, vocab: Vocabulary): number {
  for (let i = 0; i < limit; i++) {
    const l = lines[i] as Line;
    if (!l.blank && START.test(l.key)) return i;
  }
  // No "Närvarande" heading: start at a group heading or a person line, if people follow.
  for (let i = 0; i < limit; i++) {
    const l = lines[i] as Line;
    if (l.blank) continue;
    if (labelOf(l) && isPersonLine(nextContent(lines, i), vocab)) return i;
    if (isPersonLine(l, vocab) && isPersonLine(nextContent(lines, i), vocab)) return i;
  }
  return -1;
}

interface Ctx { vocab: Vocabulary; restore: NameRestorer; byKey: Map<string, Attendee>; list: Attendee[] }

function addPerson(ctx: Ctx, p: ParsedPerson, line: Line, group: string | null, fallback: ResolvedAffiliation | null): void {
  const name = ctx.restore(p.surface);
  const key = foldKey(name);
  const aff = p.affiliation ?? fallback;
  const found = ctx.byKey.get(key);
  if (found) {
    if (group && !found.groups.includes(group)) found.groups.push(group);
    found.lines?.push(line.n);
    if (!found.affiliation && aff) { found.affiliation = aff.name; found.affiliationKind = aff.kind; }
    if (p.presentsItems.length) found.presentsItems = [...new Set([...(found.presentsItems ?? []), ...p.presentsItems])];
    return;
  }
  const a: Attendee = {
    name, surface: p.surface, affiliation: aff?.name ?? null, affiliationKind: aff?.kind ?? null,
    affiliationSurface: aff?.surface ?? null, unit: p.unit ?? aff?.unit ?? null,
    group, groups: group ? [group] : [], role: p.role, line: line.n, lines: [line.n],
  };
  if (p.presentsItems.length) a.presentsItems = p.presentsItems;
  ctx.byKey.set(key, a);
  ctx.list.push(a);
}

/** Parses the attendance section of a note; `limit` is the first agenda line index. */
export function parseAttendance(lines: Line[], limit: number, vocab: Vocabulary, restore: NameRestorer): AttendanceResult {
  const start = findStart(lines, limit, vocab);
  const ctx: Ctx = { vocab, restore, byKey: new Map(), list: [] };
  const groupNetworks: string[] = [];
  if (start < 0) return { attendees: [], start: -1, end: -1, groupNetworks };
  let group: string | null = null;
  let fallback: ResolvedAffiliation | null = null;
  let absent = false;
  let header: string[] | null = null;
  let skipped = false;
  let i = start;
  const first = lines[start] as Line;
  // "Deltagare: A, Lerum; B, Ale" carries the people on the heading line itself.
  const inline = /^[^:]{3,30}:\s*(\S.*)$/.exec(first.text);
  const firstIsStart = START.test(first.key);
  if (firstIsStart) {
    if (inline) for (const seg of (inline[1] as string).split(/;/)) for (const p of parsePersonLine(seg, vocab) ?? []) addPerson(ctx, p, first, null, null);
    i++;
  }
  // A municipality heading ("Kungsbacka:") covers the names right below it, up to a blank line
  // after them or a line that carries its own affiliation ("Anna Berg – Härryda").
  let placeHeading = false;
  let run = 0;
  const endPlaceScope = () => { if (placeHeading) { group = null; fallback = null; placeHeading = false; } };
  for (; i < lines.length; i++) {
    const l = lines[i] as Line;
    if (l.blank) {
      if (run >= 2) endPlaceScope();
      run = 0;
      continue;
    }
    if (l.table) {
      const row = parseTableRow(l.text, header, vocab);
      if (row === 'header') { header = l.text.split('|').slice(1, -1).map((c) => foldKey(c.trim())); continue; }
      if (row === 'separator') continue;
      if (row) { if (!absent) for (const p of row.people) addPerson(ctx, p, l, row.group ?? group, fallback); continue; }
      break;
    }
    const label = labelOf(l) ?? bareLabel(l);
    const folded = l.key;
    if (label && !AGENDA.test(folded) && (isPersonLine(nextContent(lines, i), vocab) || isAbsent(l.text))) {
      group = canonicalLabel(label, vocab);
      absent = isAbsent(group);
      // A table under a new heading has its own header row.
      header = null;
      const aff = resolveAffiliation(label, vocab);
      fallback = aff;
      placeHeading = aff?.kind === 'municipality';
      run = 0;
      const net = vocab.networkGroup.findAll(tokenize(label))[0];
      if (net && !groupNetworks.includes(net.value.name)) groupNetworks.push(net.value.name);
      continue;
    }
    if (AGENDA.test(folded) && !firstIsStart && i === start) continue;
    const segments = l.text.includes(';') ? l.text.split(';') : [l.text];
    const parsed = segments.map((s) => parsePersonLine(s, vocab));
    if (parsed.some((p) => p === null)) {
      // "Frånvarande: A, Lerum; B, Ale" on one line: nobody on it (or listed below it) is present.
      if (isAbsent(l.text)) { absent = true; continue; }
      // One unreadable entry should not drop the rest of the list: skip it when the list
      // goes on right below, but end the section at a second one or at the agenda.
      const next = nextContent(lines, i);
      if (skipped || AGENDA.test(folded) || !next || next.n - 1 >= limit || !isPersonLine(next, vocab)) break;
      skipped = true;
      continue;
    }
    skipped = false;
    const people = parsed.flatMap((p) => p ?? []);
    if (fallback && people.every((p) => p.affiliation && p.affiliation.name !== fallback?.name)) endPlaceScope();
    if (!absent) for (const p of people) addPerson(ctx, p, l, group, fallback);
    run++;
  }
  return { attendees: ctx.list, start, end: i, groupNetworks };
}
