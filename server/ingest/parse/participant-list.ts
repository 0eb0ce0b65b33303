// Municipalities listed below a label line, one a bullet or table row:
//   "Deltagande kommuner:" / "- Lerum" / "- Kungälv", or a table "| Ale | Karl Nyström |".
// Whether the label claims participation is for the caller to decide; this reads the list.
import type { Line } from './normalize-text';
import type { LineWords } from './line-words';
import type { Vocabulary } from './vocabulary';

/** Longest list read: a list of all thirteen municipalities and some slack. */
const MAX_ROWS = 20;

const isLayoutRow = (text: string) => /^[\s|:-]*$/.test(text);

/**
 * The municipalities of the bullets or table rows right below line i (the first place of each
 * row, so a contact person's surname is no second place), and the 1-based lines they stand on.
 * The list ends at a blank line after it, a heading, or a row that names no place.
 */
export function placesListedBelow(lines: Line[], words: LineWords, i: number, to: number, vocab: Vocabulary): { municipalities: string[]; lines: number[] } {
  const municipalities: string[] = [];
  const at: number[] = [];
  let header = false;
  for (let k = i + 1; k < to && k <= i + MAX_ROWS; k++) {
    const l = lines[k] as Line;
    if (l.blank) {
      if (municipalities.length || !isLayoutRow(l.raw)) break;
      continue;
    }
    if (l.heading || l.bold || !(l.bullet || l.table || l.text.length <= 40)) break;
    const place = vocab.municipality.findAll(words.tokens(k))[0];
    if (!place) {
      // "| Kommun | Kontaktperson |" heads the table; a separator row is blank or all dashes.
      if (l.table && !header && municipalities.length === 0) { header = true; continue; }
      if (isLayoutRow(l.text)) continue;
      break;
    }
    if (!municipalities.includes(place.value.name)) municipalities.push(place.value.name);
    at.push(l.n);
  }
  return { municipalities, lines: at };
}
