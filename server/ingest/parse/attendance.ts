// Finds the attendance section ("Närvarande", "Deltagare", "Nätverket", OCR "Néarvarande")
// and turns it into attendees with group headings, affiliations and roles. A person listed
// under two groups (IFO and Funktionsstöd) is one attendee with both groups.
import { foldEquals, foldKey, foldText, ocrTolerant } from './fold';
import type { Line } from './normalize-text';
import { isPersonList, leadingAffiliation, parsePersonLine, type ParsedPerson } from './person-line';
import { resolveAffiliation, type ResolvedAffiliation } from './affiliation';
import type { NameRestorer } from './restore-name';
import { tokenize } from './tokenize';
import type { Attendee } from './types';
import type { Vocabulary } from './vocabulary';
import { memoPerVocabulary } from './vocabulary-memo';
import { parseTableRow } from './attendance-table';
import { roleLine } from './role-lines';
import { isAttendanceNote } from './attendance-note';
import { joinWrapped } from './join-wrapped';

export interface AttendanceResult {
  attendees: Attendee[];
  /** Index (into lines) of the section start, -1 when no section was found. */
  start: number;
  /** Index of the first line after the section. */
  end: number;
  /** Networks named by group headings ("IFO:", "FH-chefsnätverket:"). */
  groupNetworks: string[];
  /** Line numbers (1-based) read as entries, absent ones and continued runs included. */
  read: Set<number>;
}

const START = /^(n[a-z*]{0,3}rvarande|narvaro|narvarolista|deltagare|deltagarlista|motesdeltagare|deltagande|medverkande|deltog|narvarande vid motet|present|attendees|attendance|participants|(?:vid|pa|under|i) (?:dagens |detta )?(?:motet|traffen|natverksmotet|natverkstraffen) (?:deltog|narvarade|medverkade)(?: foljande)?)\b/;
// "Vid mötet deltog A (Lerum), B (Ale) och C (GR).", "Närvarande var A (Lerum) och B (Ale).": the
// list in a sentence, its verb first.
const LEAD_SENTENCE = /^(?:(?:vid|pa|under|i) (?:dagens |detta )?\S+ (?:deltog|narvarade|medverkade)|(?:narvarande|deltagare)(?: (?:vid|pa|under) (?:dagens |detta )?\S+)? var)(?: foljande)?:?\s+/;
const ABSENT = ocrTolerant(/^(franvarande|anmalt forhinder|forhinder|ej narvarande|fick forhinder|avbud|apologies|absent|regrets|not present)/);
/** An absent heading, also when OCR damaged it ("Anmält f\uFFFDrhinder"). */
const isAbsent = (text: string) => ABSENT.test(foldText(text));
const AGENDA = /^(dagens tema|tema|dagordning|agenda|program|anteckningar|minnesanteckningar|protokoll|inledning|valkommen|motet|beslut|\d+[.):]?\s)/;
const KNOWN_LABELS = ['Övriga', 'Göteborgsregionen', 'Nätverket', 'Gäster', 'Inbjudna', 'Frånvarande', 'Deltagare', 'Närvarande'];
// Other forms of those headings (folded): one guest is still listed under "Gäster".
const LABEL_FORMS = new Map([
  ['gast', 'Gäster'], ['gasterna', 'Gäster'], ['gastforelasare', 'Gäster'], ['guest', 'Gäster'], ['guests', 'Gäster'],
  ['inbjuden', 'Inbjudna'], ['inbjudna gaster', 'Inbjudna'], ['ovrigt narvarande', 'Övriga'], ['ovriga deltagare', 'Övriga'],
]);

function labelOf(line: Line): string | null {
  // Asked of every line near the attendance list; most are plain lines, turned away before any regex.
  if (!(line.text.endsWith(':') || line.heading > 0 || line.bold)) return null;
  const text = line.text.replace(/:$/, '').trim();
  if (!text || text.split(/\s+/).length > 5 || /[.,;]/.test(text)) return null;
  return text;
}

/**
 * A plain line that is only an attendance word ("Attendees", "Apologies"), a group label
 * ("Övriga") or a place or organisation ("Kungälv", "Mölndals stad"): a heading without a colon.
 */
function bareLabel(line: Line, vocab: Vocabulary): string | null {
  const text = line.text.trim();
  if (text.split(/\s+/).length > 3 || /[.,;:()]/.test(text)) return null;
  if (START.test(line.key) || isAbsent(line.text)) return text;
  if (isGroupLabel(canonicalLabel(text, vocab), vocab)) return text;
  // "Kungälv" or "Mölndals stad" alone, not "Anna Berg Lerum": the whole line is the affiliation.
  // "Från GR" above the names says the same of GR.
  const aff = resolveAffiliation(FROM.test(line.key) ? text.replace(/^\S+\s+/, '') : text, vocab);
  return aff && aff.known && aff.unit === null ? text : null;
}

// Group labels recur in every note's attendance list; the answer depends only on label and vocabulary.
const canonicalLabel = memoPerVocabulary(10_000, findCanonicalLabel);

function findCanonicalLabel(label: string, vocab: Vocabulary): string {
  for (const n of vocab.data.networks) for (const g of n.groupLabels) if (foldEquals(label, g)) return g;
  return KNOWN_LABELS.find((k) => foldEquals(label, k)) ?? LABEL_FORMS.get(foldKey(label)) ?? label;
}

/** A known group heading: "Övriga", "Gäster" or a network's label ("IFO", "Funktionsstöd"). */
const isGroupLabel = (canonical: string, vocab: Vocabulary) =>
  KNOWN_LABELS.includes(canonical) || vocab.data.networks.some((n) => n.groupLabels.includes(canonical));

function nextContent(lines: Line[], i: number): Line | undefined {
  for (let k = i + 1; k < lines.length; k++) if (!(lines[k] as Line).blank) return lines[k];
  return undefined;
}

function isPersonLine(line: Line | undefined, vocab: Vocabulary, lines?: Line[]): boolean {
  if (!line || line.blank) return false;
  if (line.table) return parseTableRow(line.text, null, vocab) !== null;
  if (isPersonList(line.text, vocab) || labelledPeople(line.text, vocab) !== null) return true;
  const cells = cellText(line, vocab);
  return (cells !== null && isPersonList(cells, vocab)) || (lines !== undefined && wrappedEntry(lines, line.n - 1, vocab) !== null);
}

// Columns a word processor aligned with tabs or runs of spaces: "Anna Ek<TAB>Ale<TAB>enhetschef".
const CELL_GAP = /\t+| {2,}/;
const PRESENCE_END = /\p{Ll} [xX✓✔]$/u;
const ABSENT_MARK = /^(?:-|–|—|nej|no)$/i;

/**
 * A line's tab- or space-aligned columns joined by commas, as an attendance entry; null when it
 * has none. A municipality column before the names ("Ale<TAB>Karl Nyström<TAB>enhetschef") is
 * put after the name, where an entry carries its affiliation.
 */
function cellText(line: Line, vocab: Vocabulary): string | null {
  if (!line.raw.includes('\t') && !line.raw.includes('  ')) return null;
  const cells = line.raw.trim().replace(/^[-*•]\s+/, '').split(CELL_GAP).map((c) => c.trim()).filter(Boolean);
  if (cells.length < 2) return null;
  // "verksamhetsutvecklare x": a presence mark the column's width ran into the cell before it.
  const last = cells[cells.length - 1] as string;
  if (last.length > 2 && PRESENCE_END.test(last)) cells[cells.length - 1] = last.slice(0, -2);
  // "Diana Brovall  Kungsbacka  verksamhetschef  -": a dash or "nej" there says she was absent.
  else if (last.length <= 3 && cells.length > 2 && ABSENT_MARK.test(last)) cells[cells.length - 1] = 'ej närvarande';
  const joined = cells.join(', ');
  if (isPersonList(joined, vocab) || !resolveAffiliation(cells[0] as string, vocab)) return joined;
  const rotated = [cells[1], cells[0], ...cells.slice(2)].join(', ');
  return isPersonList(rotated, vocab) ? rotated : joined;
}

/**
 * An entry that OCR or a PDF export wrapped onto the next line ("…, Camilla" / "Hedlund (Tjörn), …"
 * or "…, Henrik Wikström" / "(Lilla Edet), …"): the two lines joined, when they read as a list of
 * people and the first does not on its own (or the second opens with the first's parenthesis).
 */
function wrappedEntry(lines: Line[], i: number, vocab: Vocabulary): string | null {
  const l = lines[i] as Line;
  const next = lines[i + 1];
  if (!next || next.blank || next.table || next.heading || next.bullet || l.table || l.text.includes(';') || next.text.includes(';')) return null;
  // "Natalja Kahraman, Kungs-" / "backa": a word hyphenated over the line end is one word.
  const hyphened = l.text.endsWith('-') && /\p{L}-$/u.test(l.text) && /^\p{Ll}/u.test(next.text);
  if (hyphened) {
    const joined = `${l.text.slice(0, -1)}${next.text}`;
    if (isPersonList(joined, vocab)) return joined;
  }
  if (next.text[0] !== '(' && isPersonList(l.text, vocab)) return null;
  const joined = `${l.text} ${next.text}`;
  return isPersonList(joined, vocab) ? joined : null;
}

/**
 * "Kommun | Namn" / "Ale | Karl Nyström": a table exported without its outer bars, read as
 * "| Kommun | Namn |" from a header row that names a column, and then for rows of as many cells.
 * A bar elsewhere is OCR ("GR/FoU | Väst"), so a row is never taken without that header.
 */
function pipeRow(l: Line, header: string[] | null, vocab: Vocabulary): string | null {
  if (l.table || !l.text.includes('|')) return null;
  const row = `|${l.text}|`;
  if (header) return row.split('|').length - 2 === header.length ? row : null;
  return parseTableRow(row, null, vocab) === 'header' ? row : null;
}

interface LabelledPeople {
  label: string;
  affiliation: ResolvedAffiliation | null;
  people: ParsedPerson[];
}

const LABELLED = /^([^:]{2,40}):\s+(\S.*)$/;
// "Från GR: A, B", "From SKR: A".
const FROM = /^(?:fr[a-z*]n|from)\s+/;
/** FROM on the label as written ("Från GR", "Fran GR", "From GR"). */
const FROM_WORD = /^(?:fr\S{1,2}n|from)\s+/i;

/**
 * "Ale: Sofia Andersson, Mikael Ek", "Från GR: A, B", "Inbjudna: C, Socialstyrelsen": a label
 * and the people it covers on one line. The label is an affiliation for those without their
 * own, or a group heading ("Inbjudna", a network's group label).
 */
function labelledPeople(text: string, vocab: Vocabulary): LabelledPeople | null {
  const m = LABELLED.exec(text);
  if (!m) return null;
  const label = (m[1] as string).trim();
  const place = FROM.test(foldKey(label)) ? label.replace(/^\S+\s+/, '') : label;
  const affiliation = resolveAffiliation(place, vocab);
  if (affiliation) {
    // Read as "A, B, Ale": the list's names share the label, and a surname that is also a
    // place ("Hanna Lund") reads as a name when an affiliation follows.
    const people = parsePersonLine(`${m[2] as string}, ${place}`, vocab) ?? parsePersonLine(m[2] as string, vocab);
    return people ? { label, affiliation, people } : null;
  }
  const canonical = canonicalLabel(label, vocab);
  // A group ("IFO: A, B") or how they took part ("Via Teams: A, Kungsbacka").
  if (!isGroupLabel(canonical, vocab) && !isAttendanceNote(label)) return null;
  const people = parsePersonLine(m[2] as string, vocab);
  return people ? { label, affiliation: null, people } : null;
}

/** Index of the attendance section start within [from, limit), or -1. */
function findStart(lines: Line[], limit: number, vocab: Vocabulary, from = 0): number {
  for (let i = from; i < limit; i++) {
    const l = lines[i] as Line;
    if (!l.blank && START.test(l.key)) return i;
  }
  // No "Närvarande" heading: start at a group heading or a person line, if people follow.
  for (let i = from; i < limit; i++) {
    const l = lines[i] as Line;
    if (l.blank) continue;
    // A table's header row starts the list; a title above it ("# Anteckningar … 2024-09-12") does not.
    if ((l.table && parseTableRow(l.text, null, vocab) === 'header') || pipeRow(l, null, vocab)) return i;
    if (labelOf(l) && !AGENDA.test(l.key) && isPersonLine(nextContent(lines, i), vocab)) return i;
    if (isPersonLine(l, vocab) && isPersonLine(nextContent(lines, i), vocab)) return i;
  }
  return -1;
}

interface Ctx {
  vocab: Vocabulary; restore: NameRestorer; byKey: Map<string, Attendee>; list: Attendee[];
  /** How the people under the current heading took part: "Deltog digitalt:", "Via Teams:". */
  mode: string | null;
}

/** `chair`: p comes from a chair/secretary line, whose role is news about a listed person. */
function addPerson(ctx: Ctx, p: ParsedPerson, line: Line, group: string | null, fallback: ResolvedAffiliation | null, chair = false): void {
  // "Marie Rehn, Kungsbacka (förhinder)": listed, but absent, as under a "Förhinder:" heading.
  if (p.absent) return;
  const name = ctx.restore(p.surface);
  let key = foldKey(name);
  const aff = p.affiliation ?? fallback;
  let found = ctx.byKey.get(key);
  // Two people of one name from different places ("Kungälv: Anna Larsson", "VGR: Anna Larsson (BUP)").
  if (found?.affiliation && aff && found.affiliation !== aff.name) {
    key = `${key}\u0000${aff.name}`;
    found = ctx.byKey.get(key);
  }
  if (found) {
    if (group && !found.groups.includes(group)) found.groups.push(group);
    found.lines?.push(line.n);
    if (!found.affiliation && aff) { found.affiliation = aff.name; found.affiliationKind = aff.kind; }
    // "Ordf: Anna Berg" below the list that named her: the role is hers.
    if (chair && !found.role && p.role) found.role = p.role;
    if (p.presentsItems.length) found.presentsItems = [...new Set([...(found.presentsItems ?? []), ...p.presentsItems])];
    const attendance = p.attendance ?? ctx.mode;
    if (attendance && !found.attendance) found.attendance = attendance;
    return;
  }
  const attendance = p.attendance ?? ctx.mode;
  const a: Attendee = {
    name, surface: p.surface, affiliation: aff?.name ?? null, affiliationKind: aff?.kind ?? null,
    affiliationSurface: aff?.surface ?? null, unit: p.unit ?? aff?.unit ?? null,
    group, groups: group ? [group] : [], role: p.role, line: line.n, lines: [line.n],
  };
  if (p.presentsItems.length) a.presentsItems = p.presentsItems;
  if (attendance) a.attendance = attendance;
  ctx.byKey.set(key, a);
  ctx.list.push(a);
}

// "Deltagare (på plats)" / "Deltagare (digitalt)": one list split in groups by how or where.
const SPLIT_GROUP = /^(?:deltagare|n[äa]rvarande|present|attendees|participants)\s*\(([^)]{2,30})\):?$/i;

/** The group a "Deltagare (digitalt)" heading names ("digitalt"), or null. */
function splitGroup(text: string): string | null {
  return SPLIT_GROUP.exec(text.trim())?.[1]?.trim() ?? null;
}

/** "Deltog digitalt", "Via Teams": a heading saying how the people below it took part ("digitalt"); null otherwise. */
function modeOf(label: string): string | null {
  return isAttendanceNote(label) ? label.replace(/^(deltog|deltar|närvarande)\s+/i, '') : null;
}

/** "Ordförande: Anna Berg, Lerum" in the heading lines above the list: the chair attended too. */
function addChairs(lines: Line[], from: number, to: number, ctx: Ctx): void {
  for (let k = from; k < to; k++) {
    const l = lines[k] as Line;
    if (l.blank) continue;
    const chair = roleLine(l.text, l.key, ctx.vocab);
    if (chair) for (const p of chair.people) addPerson(ctx, p, l, null, null, true);
  }
}

// "Från GR deltog A, nätverksledare, och B": people of one affiliation in a sentence.
// Also with a colon: "… Öckerö (Juan Navas). Från GR: Elisabeth Beijer och Cecilia Axelsson."
const FROM_SENTENCE = /^(?:från|fran|from)\s+(.{2,40}?)(?:\s+(?:deltog|deltar|medverkade|medverkar|närvarade|var med|attended)|:)\s+(.+)$/i;

/**
 * The people of a "Deltagare: …" run on the heading line. Entries are split at semicolons;
 * a run that goes on in further sentences ("… samt C (Öckerö). Från GR deltog D och E.") is
 * read sentence by sentence, and a sentence that lists no one is left out.
 */
function inlineEntries(run: string, vocab: Vocabulary): { person: ParsedPerson; fallback: ResolvedAffiliation | null }[] {
  const out: { person: ParsedPerson; fallback: ResolvedAffiliation | null }[] = [];
  for (const seg of run.split(/;/)) {
    const sentences = seg.split(/(?<=[.!?])\s+(?=\p{Lu})/u);
    // "ordf. Anna Berg" may split a list that is one: read whole what parses whole.
    const whole = sentences.length === 1 || !parsePersonLine(sentences[0] as string, vocab) ? parsePersonLine(seg, vocab) : null;
    if (whole) { for (const person of whole) out.push({ person, fallback: null }); continue; }
    for (const sentence of sentences) {
      const from = FROM_SENTENCE.exec(sentence.trim());
      const fallback = from ? resolveAffiliation(from[1] as string, vocab) : null;
      // "Från GR deltog Stina Lund och Ola Nord": read with the affiliation after the names, as a
      // surname that is also a place ("Lund") reads as a name only with an affiliation next to it.
      const people = from && fallback ? parsePersonLine(`${(from[2] as string).replace(/[.!]+$/, '')}, ${from[1] as string}`, vocab) ?? parsePersonLine(from[2] as string, vocab) : parsePersonLine(sentence, vocab);
      for (const person of people ?? []) out.push({ person, fallback });
    }
  }
  return out;
}

/**
 * True when an inline attendance run stops short of its end on this line (it ends on a
 * separator, or its last entry does not read on its own) and `next` carries it on: plain
 * text, no label, heading, bullet or table of its own.
 */
function runContinues(run: string, next: Line | undefined, vocab: Vocabulary): boolean {
  if (!next || next.blank || next.heading > 0 || next.bold || next.bullet || next.table || labelOf(next) || /[.!?]$/.test(run)) return false;
  // "… Eva-Lena Lindgren, Lilla" / "Edet; …": a place broken over the line end goes on.
  // "… Göteborg (Jörgen" / "Larzon, Britta Timan), …" and "… Kungsbacka" / "(Natalja Kahraman), …":
  // a parenthesis open at the line end, or opening the next line, goes on too.
  const open = run.split('(').length > run.split(')').length || next.text.startsWith('(');
  if (!/[,;]$/.test(run.trim()) && !open && isPersonList(run, vocab) && !brokenName(run, next.text, vocab)) return false;
  return roleLine(next.text, next.key, vocab) === null && !START.test(next.key) && !AGENDA.test(next.key);
}

/** Whether the run's last word and the next line's first make a place or organisation ("Lilla" + "Edet") that neither is alone. */
function brokenName(run: string, next: string, vocab: Vocabulary): boolean {
  const last = /(\S+)\s*$/.exec(run)?.[1];
  const first = /^\s*([^\s,;.]+)/.exec(next)?.[1];
  if (!last || !first || !/^\p{Lu}/u.test(last)) return false;
  const joined = resolveAffiliation(`${last} ${first}`, vocab);
  return joined !== null && joined.unit === null && resolveAffiliation(last, vocab) === null;
}

/** Parses the attendance section of a note; `limit` is the first agenda line index. */
export function parseAttendance(lines: Line[], limit: number, vocab: Vocabulary, restore: NameRestorer, from = 0): AttendanceResult {
  const start = findStart(lines, limit, vocab, from);
  const ctx: Ctx = { vocab, restore, byKey: new Map(), list: [], mode: null };
  const read = new Set<number>();
  const groupNetworks: string[] = [];
  if (start < 0) {
    addChairs(lines, from, Math.min(limit, lines.length), ctx);
    return { attendees: ctx.list, start: -1, end: -1, groupNetworks, read: new Set() };
  }
  addChairs(lines, from, Math.min(start, limit), ctx);
  let group: string | null = null;
  let fallback: ResolvedAffiliation | null = null;
  let absent = false;
  let header: string[] | null = null;
  // The affiliation of the table row above, for a row whose cell was merged with it.
  let tableAbove: ResolvedAffiliation | null = null;
  let skipped = false;
  let i = start;
  const first = lines[start] as Line;
  // "Deltagare: A, Lerum; B, Ale" carries the people on the heading line itself.
  const lead = LEAD_SENTENCE.exec(first.key);
  // The words of the lead-in counted off the text as written (folding keeps the word breaks).
  const inline = /^[^:]{3,30}:\s*(\S.*)$/.exec(first.text)
    ?? (lead ? [first.text, first.text.split(/\s+/).slice(lead[0].trim().split(/\s+/).length).join(' ')] : null);
  const firstIsStart = START.test(first.key);
  const split = splitGroup(first.text);
  if (split) { group = split; ctx.mode = modeOf(split); }
  if (firstIsStart) {
    ctx.mode = split ? modeOf(split) : modeOf(first.text.replace(/:.*$/, ''));
    let run = inline ? (inline[1] as string) : null;
    // "Deltagare: A, Ale; B, Alingsås; Mans" / "Söderberg, Göteborg; C, Lerum.": a run wrapped
    // over lines is read whole.
    while (run !== null && runContinues(run, lines[i + 1], vocab)) {
      run = joinWrapped(run, (lines[++i] as Line).text);
      read.add((lines[i] as Line).n);
    }
    if (run !== null) for (const entry of inlineEntries(run, vocab)) addPerson(ctx, entry.person, first, null, entry.fallback);
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
    const tableText: string | null = l.table ? l.text : pipeRow(l, header, vocab);
    if (tableText !== null) {
      const row = parseTableRow(tableText, header, vocab, tableAbove);
      if (row === 'header') { header = tableText.split('|').slice(1, -1).map((c) => foldKey(c.trim())); tableAbove = null; continue; }
      if (row === 'separator') { tableAbove = null; read.add(l.n); continue; }
      if (row) {
        tableAbove = row.affiliation;
        read.add(l.n);
        if (!absent && !row.absent) for (const p of row.people) addPerson(ctx, p, l, row.group ?? group, fallback);
        continue;
      }
      // "| **Frånvarande** | |", "| Gäster | | |": a heading row inside the table.
      const only = tableText.split('|').map((c) => c.replace(/\*+/g, '').trim()).filter(Boolean);
      if (only.length === 1 && (isAbsent(only[0] as string) || isGroupLabel(canonicalLabel(only[0] as string, vocab), vocab))) {
        group = canonicalLabel(only[0] as string, vocab);
        absent = isAbsent(group);
        continue;
      }
      break;
    }
    // "Deltagare (digitalt)" further down: the people below it are another group.
    const another = splitGroup(l.text);
    if (another) { endPlaceScope(); group = another; ctx.mode = modeOf(another); absent = false; continue; }
    const label = labelOf(l) ?? bareLabel(l, vocab);
    const folded = l.key;
    if (label && !AGENDA.test(folded) && (isPersonLine(nextContent(lines, i), vocab, lines) || isAbsent(l.text))) {
      group = canonicalLabel(label, vocab);
      ctx.mode = modeOf(label);
      absent = isAbsent(group);
      // A table under a new heading has its own header row.
      header = null;
      // "Från GR" above the names: the affiliation is GR, "Från" no unit of it.
      const aff = resolveAffiliation(FROM.test(foldKey(label)) ? label.replace(/^\S+\s+/, '') : label, vocab);
      fallback = aff;
      placeHeading = aff?.kind === 'municipality';
      run = 0;
      const net = vocab.networkGroup.findAll(tokenize(label))[0];
      if (net && !groupNetworks.includes(net.value.name)) groupNetworks.push(net.value.name);
      continue;
    }
    if (AGENDA.test(folded) && !firstIsStart && i === start) continue;
    const chair = roleLine(l.text, folded, vocab);
    if (chair) {
      // "Sekreterare: Bo Ek" below "Frånvarande:" or "Via Teams:" is a line of its own, not one
      // more absentee or remote participant.
      absent = false;
      ctx.mode = null;
      endPlaceScope();
      for (const p of chair.people) addPerson(ctx, p, l, null, null, true);
      read.add(l.n);
      run++;
      continue;
    }
    // "Frånvarande: A, Lerum" or "Frånvarande Bo Ek, Partille": nobody on it (or below it) is present.
    if (isAbsent(l.text)) { absent = true; group = canonicalLabel('Frånvarande', vocab); read.add(l.n); continue; }
    const labelled = labelledPeople(l.text, vocab);
    if (labelled) {
      endPlaceScope();
      // "Från GR: A, B" outside any group heading heads a group as "Göteborgsregionen" above the
      // names would; "Ale: A, B" only says where they come from.
      const orgLabel = labelled.affiliation?.kind === 'organisation' && !group ? labelled.label.replace(FROM_WORD, '') : null;
      const lineGroup = labelled.affiliation ? group ?? orgLabel : canonicalLabel(labelled.label, vocab);
      // "Närvarande: A, B" below "Deltog digitalt:" starts a group of its own; "Ale: A" goes on in it.
      if (!labelled.affiliation) ctx.mode = modeOf(labelled.label);
      if (!absent) for (const p of labelled.people) addPerson(ctx, p, l, lineGroup, labelled.affiliation);
      read.add(l.n);
      skipped = false;
      run++;
      continue;
    }
    const wrapped = wrappedEntry(lines, i, vocab);
    // "Ebba Gierow, Ale          Lena Arnfelt, Kungälv": a wide gap parts two columns, each an entry.
    const columns = !wrapped && (l.raw.includes('\t') || l.raw.includes('     '));
    const cells = wrapped || (!columns && isPersonList(l.text, vocab)) ? null : cellText(l, vocab);
    const text = wrapped ?? (cells && isPersonList(cells, vocab) ? cells : l.text);
    const segments = text.includes(';') ? text.split(';') : [text];
    // Under a place heading a surname that is also a place ("Erik Lund" under "Kungälv") reads
    // as a name, as it does with the affiliation written after it.
    const parsed = segments.map((s) => parsePersonLine(s, vocab) ?? (placeHeading && fallback ? parsePersonLine(`${s}, ${fallback.surface}`, vocab) : null));
    // "Ale – Iréne Blomqvist, IFO-chef; Ebba Gierow, barnchef": the place before the dash is the
    // whole line's, as "Ale: A; B" would be.
    const lead = segments.length > 1 ? leadingAffiliation(segments[0] as string, vocab) : null;
    if (lead) for (const ps of parsed.slice(1)) for (const p of ps ?? []) p.affiliation ??= lead.affiliation;
    if (parsed.some((p) => p === null)) {
      // "Frånvarande: A, Lerum; B, Ale" on one line: nobody on it (or listed below it) is present.
      if (isAbsent(l.text)) { absent = true; read.add(l.n); continue; }
      // One unreadable entry should not drop the rest of the list: skip it when the list
      // goes on right below, but end the section at a second one or at the agenda.
      const next = nextContent(lines, i);
      if (skipped || AGENDA.test(folded) || !next || next.n - 1 >= limit || !isPersonLine(next, vocab)) break;
      skipped = true;
      continue;
    }
    skipped = false;
    read.add(l.n);
    if (wrapped) read.add((lines[i + 1] as Line).n);
    const people = parsed.flatMap((p) => p ?? []);
    if (fallback && people.every((p) => p.affiliation && p.affiliation.name !== fallback?.name)) endPlaceScope();
    if (!absent) for (const p of people) addPerson(ctx, p, l, group, fallback);
    run++;
    if (wrapped) i++;
  }
  return { attendees: ctx.list, start, end: i, groupNetworks, read };
}

/** A heading of its own ("Närvarande", "Deltagare:", "## Närvarande") or a short "Närvarande: A, B" line. */
const isStartHeading = (l: Line) => !l.blank && START.test(l.key) && (l.text.length <= 30 || l.heading > 0 || l.bold || /^[^:]{3,30}:/.test(l.text));

/**
 * Notes that list who attended at the END, after the agenda ("3. Övrigt … Närvarande: …"):
 * the list under the last attendance heading at or after `from`, or null when there is none
 * or nobody is listed under it. Only asked when no list stands above the agenda.
 */
export function parseTrailingAttendance(lines: Line[], from: number, vocab: Vocabulary, restore: NameRestorer): AttendanceResult | null {
  for (let k = lines.length - 1; k >= from; k--) {
    const l = lines[k] as Line;
    if (!isStartHeading(l)) continue;
    const att = parseAttendance(lines, lines.length, vocab, restore, k);
    return att.start === k && att.attendees.length ? att : null;
  }
  return null;
}
