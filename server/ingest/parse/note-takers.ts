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

/** The names on a note-taker line, each with the form it is written in ("EB" for Elisabeth Beijer). */
function namesIn(text: string, vocab: Vocabulary, restore: NameRestorer, attendees: readonly string[]): { name: string; surface: string }[] {
  const names: { name: string; surface: string }[] = [];
  // "Nicholas Singleton/EB": one name and the initials of another.
  for (const piece of text.split(/,|;|\/|\boch\b|&/)) {
    const s = piece.replace(/\s*\(.*?\)\s*/g, ' ').replace(/[.:]+$/, '').trim();
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
  return { names: [], surfaces: [], index: -1 };
}

export interface NoteTakers {
  names: string[];
  /** How each name is written, in the same order. */
  surfaces: string[];
  /** Index of the note-taker line, -1 when none. */
  index: number;
}

const found = (names: { name: string; surface: string }[], index: number): NoteTakers => ({ names: names.map((n) => n.name), surfaces: names.map((n) => n.surface), index });
