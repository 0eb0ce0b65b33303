// Note-takers: "Antecknat av X, Y", "Vid anteckningarna, X", "Antecknat av\n\nX/EB",
// "Vid protokollet\nX", "Antecknare: X", "Minutes taken by: X", "Anteckningar: X".
import type { Line } from './normalize-text';
import { looksLikeNameWithPlaceSurname, looksLikePersonName } from './person-name';
import type { NameRestorer } from './restore-name';
import type { Vocabulary } from './vocabulary';

const TRIGGER = /^(antecknat av|antecknade av|antecknad av|anteckningar(na)? (forda |skrivna )?av|vid anteckningarna|vid pennan|sekreterare|protokollforare|anteckningar:? ?av|noterat av|minnesanteckningar av|vid protokollet|antecknare|(minutes|notes) taken by|note-? ?taker|minnesanteckningar(?=:))\b[:,]?\s*/;

const SAME_LINE_TRIGGER = /^(anteckningar|anteckningarna|notes|minutes):\s*/;

function namesIn(text: string, vocab: Vocabulary, restore: NameRestorer): string[] {
  return text.split(/,|;|\boch\b|&/)
    .map((s) => s.replace(/\/\s*\p{Lu}{1,4}\b/gu, '').replace(/\s*\(.*?\)\s*/g, ' ').trim())
    // A note-taker line names people: "Hanna Lund" is one, though Lund is also a place.
    .filter((s) => looksLikePersonName(s, vocab) || looksLikeNameWithPlaceSurname(s, vocab))
    .map(restore);
}

/** Note-takers in lines[from, to) and the index of the first note-taker line (-1 when none). */
export function findNoteTakers(lines: Line[], from: number, vocab: Vocabulary, restore: NameRestorer, to = lines.length): { names: string[]; index: number } {
  for (let i = Math.max(from, 0); i < to; i++) {
    const l = lines[i] as Line;
    if (l.blank) continue;
    const f = l.key;
    const m = TRIGGER.exec(f);
    if (!m) {
      // "Anteckningar: Bo Ek": only with the name on the same line, since "Anteckningar:" is
      // also a title, and the lines below a title are the attendance list.
      const own = SAME_LINE_TRIGGER.exec(f);
      const names = own ? namesIn(l.text.slice(own[0].length), vocab, restore) : [];
      if (names.length) return { names, index: i };
      continue;
    }
    let names = namesIn(l.text.slice(m[0].length), vocab, restore);
    for (let k = i + 1, seen = 0; names.length === 0 && k < to && seen < 2; k++) {
      if ((lines[k] as Line).blank) continue;
      seen++;
      names = namesIn((lines[k] as Line).text, vocab, restore);
    }
    if (names.length) return { names, index: i };
  }
  return { names: [], index: -1 };
}
