// Chair and secretary lines: "Ordförande: Anna Berg, Lerum", "Sekreterare Bo Ek (GR)",
// "Mötesledare: Helena Fors", "Chair: Anna Berg". The role stands before the name, so the
// line reads as no attendance entry; the person ran the meeting and so attended it.
import { parsePersonLine, type ParsedPerson } from './person-line';
import type { Vocabulary } from './vocabulary';

// Folded keys; the role word, an optional colon, then the people.
const ROLE_LINE = /^(ordforande|ordf\.?|vice ordforande|motesordforande|sekreterare|sekr\.?|motessekreterare|motesledare|moderator|processledare|natverksledare|samordnare|chair|chairperson|secretary|facilitator|ledamot|ledamoter|adjungerad|adjungerade|ersattare|justerare|members?)\s*:?\s+\S/;
// Roles held by several people: "Ledamöter: A, Kungsbacka; B, Stenungsund; C, Öckerö".
const SEVERAL = /^(ledamoter|adjungerade|ersattare|members)$/;

export interface RoleLine { role: string; people: ParsedPerson[] }

/** The role and people of a chair/secretary line, or null; `key` is the line's folded text. */
export function roleLine(text: string, key: string, vocab: Vocabulary): RoleLine | null {
  const m = ROLE_LINE.exec(key);
  if (!m) return null;
  // The role word as written, and the rest after it and its colon.
  const words = (m[1] as string).split(' ').length;
  const rest = text.trim().split(/\s+/).slice(words).join(' ').replace(/^:\s*/, '');
  const people = rest ? parsePersonLine(rest, vocab) : null;
  if (!people || (people.length > 2 && !SEVERAL.test(m[1] as string))) return null;
  const role = text.trim().split(/\s+/).slice(0, words).join(' ').replace(/:$/, '').toLowerCase();
  for (const p of people) p.role ??= role;
  return { role, people };
}
