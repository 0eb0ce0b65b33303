// Markdown attendance tables: "| Namn | Kommun | Roll |". Columns are recognised by their
// header; a table without a header is read like a comma-separated attendance line.
import { foldKey } from './fold';
import { parsePersonLine, type ParsedPerson } from './person-line';
import { looksLikeNameWithPlaceSurname } from './person-name';
import { resolveAffiliation } from './affiliation';
import type { Vocabulary } from './vocabulary';

const NAME_COL = /^(namn|name|deltagare|person|narvarande)$/;
const AFF_COL = /^(kommun|organisation|org|forvaltning|verksamhet|myndighet|arbetsplats|affiliation|kommun\/organisation|representerar)$/;
const ROLE_COL = /^(roll|titel|befattning|funktion|uppdrag|tjanst)$/;
const GROUP_COL = /^(natverk|grupp)$/;

export interface TableRow { people: ParsedPerson[]; group: string | null }

/** A table row's people; 'header'/'separator' for layout rows; null when it is no attendance row. */
export function parseTableRow(text: string, header: string[] | null, vocab: Vocabulary): TableRow | 'header' | 'separator' | null {
  const cells = text.split('|').slice(1, -1).map((c) => c.trim());
  if (cells.every((c) => /^:?-{2,}:?$/.test(c) || c === '')) return 'separator';
  const folded = cells.map((c) => foldKey(c));
  if (!header && folded.some((c) => NAME_COL.test(c))) return 'header';
  if (!header) {
    const people = parsePersonLine(cells.filter(Boolean).join(', '), vocab);
    return people ? { people, group: null } : null;
  }
  const at = (re: RegExp) => header.findIndex((h) => re.test(h));
  const name = cells[at(NAME_COL)] ?? '';
  const affText = cells[at(AFF_COL)] ?? '';
  const role = cells[at(ROLE_COL)] ?? '';
  const group = cells[at(GROUP_COL)] ?? '';
  // "| Johanna Lund | Kungälv |": a place word is a surname when the affiliation column is filled.
  const people = parsePersonLine(name, vocab)
    ?? (affText && looksLikeNameWithPlaceSurname(name, vocab) ? [{ surface: name, affiliation: null, role: null, unit: null, presentsItems: [] }] : null);
  if (!people) return null;
  const aff = affText ? resolveAffiliation(affText, vocab) : null;
  for (const p of people) {
    if (!p.affiliation && affText) p.affiliation = aff ?? { name: affText, kind: 'organisation', surface: affText, unit: null, known: false };
    if (role) p.role = role;
  }
  return { people, group: group || null };
}
