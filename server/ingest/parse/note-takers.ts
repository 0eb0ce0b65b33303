// Note-takers: "Antecknat av X, Y", "Vid anteckningarna, X", "Antecknat av\n\nX/EB" (EB: the
// attendee with those initials, when only one has them),
// "Vid protokollet\nX", "Antecknare: X", "Minutes taken by: X", "Anteckningar: X".
import { foldKey } from './fold';
import type { Line } from './normalize-text';
import { looksLikeNameWithPlaceSurname, looksLikePersonName } from './person-name';
import type { NameRestorer } from './restore-name';
import { initialIndex } from './short-names';
import type { Vocabulary } from './vocabulary';

const TRIGGER = /^(antecknat av|antecknade av|antecknad av|anteckningar(na)? (forda |skrivna )?av|vid anteckningarna|vid pennan|sekreterare|protokollforare|anteckningar:? ?av|noterat av|minnesanteckningar av|vid protokollet|antecknare|(minutes|notes) taken by|note-? ?taker|minnesanteckningar(?=:))\b[:,]?\s*/;

const SAME_LINE_TRIGGER = /^(anteckningar|anteckningarna|notes|minutes):\s*/;

const INITIALS = /^\p{Lu}{2,4}$/u;
const TRAILING_DATE = /\s+(?:den\s+)?\d{1,4}[-./]\d{1,2}(?:[-./]\d{1,4})?$/;

/** The names on a note-taker line, each with the form it is written in ("EB" for Elisabeth Beijer). */
function namesIn(text: string, vocab: Vocabulary, restore: NameRestorer, attendees: readonly string[]): { name: string; surface: string }[] {
  const names: { name: string; surface: string }[] = [];
  // "Nicholas Singleton/EB": one name and the initials of another.
  for (const piece of text.split(/,|;|\/|\boch\b|\band\b|&/)) {
    // "Antecknat av Anna Berg 2021-03-05": the date the note was written follows the name.
    const s = piece.replace(/\s*\(.*?\)\s*/g, ' ').replace(/[.:]+$/, '').replace(TRAILING_DATE, '').trim();
    // A note-taker line names people: "Hanna Lund" is one, though Lund is also a place.
    if (looksLikePersonName(s, vocab) || looksLikeNameWithPlaceSurname(s, vocab)) names.push({ name: restore(s), surface: s });
    // Initials, not a name of the vocabulary ("GR", "SKR").
    else if (INITIALS.test(s) && !vocab.knownWords.has(s.toLowerCase())) {
      const who = initialIndex(attendees).get(s);
      if (who) names.push({ name: who, surface: s });
    }
  }
  return names.filter((n, k) => names.findIndex((m) => m.name === n.name) === k);
}

/** Note-takers in lines[from, to) and the index of the first note-taker line (-1 when none). */
export function findNoteTakers(lines: Line[], from: number, vocab: Vocabulary, restore: NameRestorer, to = lines.length, attendees: readonly string[] = []): NoteTakers {
  for (let i = Math.max(from, 0); i < to; i++) {
    const l = lines[i] as Line;
    if (l.blank) continue;
    // "Vid anteck-" / "ningarna: Lena Holmlund": a label hyphenated over the line end.
    const next = lines[i + 1];
    const hyphened = l.text.endsWith('-') && next && /^\p{Ll}/u.test(next.text) ? `${l.text.slice(0, -1)}${next.text}` : null;
    if (hyphened) {
      const h = TRIGGER.exec(foldKey(hyphened));
      const names = h ? namesIn(hyphened.slice(h[0].length), vocab, restore, attendees) : [];
      if (names.length) return found(names, i);
    }
    const f = l.key;
    const m = TRIGGER.exec(f);
    if (!m) {
      // "Anteckningar: Bo Ek": only with the name on the same line, since "Anteckningar:" is
      // also a title, and the lines below a title are the attendance list.
      const own = SAME_LINE_TRIGGER.exec(f);
      const names = own ? namesIn(l.text.slice(own[0].length), vocab, restore, attendees) : [];
      if (names.length) return found(names, i);
      continue;
    }
    let names = namesIn(l.text.slice(m[0].length), vocab, restore, attendees);
    for (let k = i + 1, seen = 0; names.length === 0 && k < to && seen < 2; k++) {
      if ((lines[k] as Line).blank) continue;
      seen++;
      names = namesIn((lines[k] as Line).text, vocab, restore, attendees);
    }
    if (names.length) return found(names, i);
  }
  return (to === lines.length && signature(lines, Math.max(from, 0), vocab, restore, attendees)) || { names: [], surfaces: [], index: -1 };
}

// The lines that close a note above its signature: "Göteborg 2021-03-10", "Med vänlig hälsning".
const CLOSING = /^(?:\p{Lu}[\p{L}-]+,?\s+(?:den\s+)?\d[\d\s./-]*|(?:med )?(?:vänlig|vänliga) hälsning(?:ar)?|hälsningar|best regards|kind regards|regards)[,.]?$/iu;

/**
 * A note signed without a label: "/Anna Berg" or "/Anna Berg, GR" as the last line; a name alone
 * at the end after a blank or closing line ("Göteborg 2021-03-10" / "Anna Berg"), perhaps over a
 * line with the signer's role ("processledare, GR"). Only the last two lines are looked at, and
 * a bullet, heading or table row is never a signature.
 */
function signature(lines: Line[], from: number, vocab: Vocabulary, restore: NameRestorer, attendees: readonly string[]): NoteTakers | null {
  const last: number[] = [];
  for (let i = lines.length - 1; i >= from && last.length < 3; i--) if (!(lines[i] as Line).blank) last.unshift(i);
  const signed = (k: number): NoteTakers | null => {
    const i = last[k];
    if (i === undefined) return null;
    const l = lines[i] as Line;
    if (l.bullet || l.heading || l.table || l.text.length > 60) return null;
    const slashed = l.text.startsWith('/');
    const before = k > 0 ? lines[(last[k - 1] as number)] as Line : null;
    const apart = i > 0 && (lines[i - 1] as Line).blank;
    if (!slashed && !(before === null || apart || CLOSING.test(before.text))) return null;
    const text = slashed ? l.text.slice(1).trim() : l.text;
    // Nothing on the line but the name and perhaps an affiliation: "Anna Berg, GR".
    if (text.split(/\s+/).length > 5) return null;
    const names = namesIn(text, vocab, restore, attendees);
    return names.length === 1 ? found(names, i) : null;
  };
  const end = last.length - 1;
  const role = last[end] !== undefined ? (lines[last[end] as number] as Line) : null;
  // "Anna Berg" / "processledare, GR": the last line a short role or unit without a name of its own.
  const roleBelow = role !== null && !role.bullet && role.text.length <= 50 && /^\p{Ll}/u.test(role.text);
  return signed(end) ?? (roleBelow ? signed(end - 1) : null);
}

export interface NoteTakers {
  names: string[];
  /** How each name is written, in the same order. */
  surfaces: string[];
  /** Index of the note-taker line, -1 when none. */
  index: number;
}

const found = (names: { name: string; surface: string }[], index: number): NoteTakers => ({ names: names.map((n) => n.name), surfaces: names.map((n) => n.surface), index });
