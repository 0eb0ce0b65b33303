// Markdown attendance tables: "| Namn | Kommun | Roll |". Columns are recognised by their
// header; a table without a header is read like a comma-separated attendance line.
import { foldKey } from './fold';
import { parsePersonLine, type ParsedPerson } from './person-line';
import { looksLikeNameWithPlaceSurname } from './person-name';
import { resolveAffiliation, type ResolvedAffiliation } from './affiliation';
import type { Vocabulary } from './vocabulary';

const NAME_COL = /^(namn|name|deltagare|person|narvarande)$/;
const AFF_COL = /^(kommun|organisation|organization|org|forvaltning|verksamhet|myndighet|arbetsplats|affiliation|kommun\/organisation|representerar|municipality|employer|representing)$/;
const ROLE_COL = /^(roll|titel|befattning|funktion|uppdrag|tjanst|role|title|position|job title)$/;
const GROUP_COL = /^(natverk|grupp)$/;
// "| Namn | Kommun | Närvaro |" with "X", "Ja", "Förhinder" or nothing in the last column.
const PRESENCE_COL = /^(narvaro|narvarande|deltog|present|attended|attendance)$/;
const PRESENT = /^(x|ja|yes|j|närvarande|narvarande|deltog|present|✓|✔|☑|v)\b|digital|teams|zoom|distans|plats|online/i;

export interface TableRow {
  people: ParsedPerson[];
  group: string | null;
  /** The row's affiliation, for a row below whose cell is empty (a merged cell in Word). */
  affiliation: ResolvedAffiliation | null;
  /** The row's presence cell says the people were not there ("Nej", "Förhinder", empty). */
  absent?: boolean;
}

/** A row of a table whose columns repeat from `at` on: the people of both halves that were there. */
function twoColumnRow(cells: string[], header: string[], at: number, vocab: Vocabulary, above: ResolvedAffiliation | null): TableRow | 'separator' | null {
  const half = (from: number, to: number) => parseTableRow(`|${cells.slice(from, to).join('|')}|`, header.slice(from, to), vocab, above);
  const rows = [half(0, at), half(at, header.length)];
  const read = rows.filter((r): r is TableRow => typeof r === 'object' && r !== null);
  if (read.length === 0) return rows.every((r) => r === 'separator') ? 'separator' : null;
  const people = read.flatMap((r) => (r.absent ? [] : r.people));
  return { people, group: read[0]?.group ?? null, affiliation: read[0]?.affiliation ?? null, absent: people.length === 0 && read.some((r) => r.absent) };
}

/** A table row's people; 'header'/'separator' for layout rows; null when it is no attendance row. */
export function parseTableRow(text: string, header: string[] | null, vocab: Vocabulary, above: ResolvedAffiliation | null = null): TableRow | 'header' | 'separator' | null {
  const cells = text.split('|').slice(1, -1).map((c) => c.trim());
  if (cells.every((c) => /^:?-{2,}:?$/.test(c) || c === '')) return 'separator';
  const folded = cells.map((c) => foldKey(c));
  if (!header && folded.some((c) => NAME_COL.test(c))) return 'header';
  if (!header) {
    const people = parsePersonLine(cells.filter(Boolean).join(', '), vocab);
    return people ? { people, group: null, affiliation: null } : null;
  }
  const at = (re: RegExp) => header.findIndex((h) => re.test(h));
  const nameAt = at(NAME_COL);
  // "| Namn | Kommun | Namn | Kommun |": the list in two columns, each half read as a table.
  const again = nameAt >= 0 ? header.indexOf(header[nameAt] as string, nameAt + 1) : -1;
  if (again > 0) return twoColumnRow(cells, header, again, vocab, above);
  const name = cells[nameAt] ?? '';
  // A presence column other than the name column ("| Namn | Närvarande |" names the people).
  const presenceAt = header.findIndex((h, k) => k !== nameAt && PRESENCE_COL.test(h));
  const affText = cells[at(AFF_COL)] ?? '';
  const role = cells[at(ROLE_COL)] ?? '';
  const group = cells[at(GROUP_COL)] ?? '';
  // "| | Kungsbacka | |", "| Lilla Edet | – |": a municipality that sent no one; the table goes on below it.
  if (/^[-–—]*$/.test(name) && nameAt >= 0) return 'separator';
  // "| Johanna Lund | Kungälv |", "| Anders Lund | | |": in the name column a place word is a surname.
  const people = parsePersonLine(name, vocab)
    ?? (looksLikeNameWithPlaceSurname(name, vocab) ? [{ surface: name, affiliation: null, role: null, unit: null, presentsItems: [] }] : null);
  if (!people) return null;
  const affAt = at(AFF_COL);
  // "| | Daniel Gustavsson |" below "| Göteborgs Stad | Camilla Hesselroth |": the cell merged in Word.
  const aff = affText ? resolveAffiliation(affText, vocab) ?? { name: affText, kind: 'organisation' as const, surface: affText, unit: null, known: false } : affAt >= 0 ? above : null;
  for (const p of people) {
    if (!p.affiliation && aff) p.affiliation = aff;
    if (role) p.role = role;
  }
  if (presenceAt < 0) return { people, group: group || null, affiliation: aff };
  const presence = cells[presenceAt] ?? '';
  const present = PRESENT.test(presence);
  // "Teams", "digitalt": there, and how.
  if (present && !/^(x|ja|yes|j|v|✓|✔|☑)$/i.test(presence)) for (const p of people) p.attendance ??= presence;
  return { people, group: group || null, affiliation: aff, absent: !present };
}
