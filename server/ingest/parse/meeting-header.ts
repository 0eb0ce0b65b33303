// Title and location from the first lines of a note.
import { findDateRefs } from './date-refs';
import type { Line } from './normalize-text';

/** A word of OCR'd logo junk: very short, or two or three capitals or digits. */
const junk = (w: string) => w.length <= 2 || /^[A-ZÅÄÖ0-9]{2,3}$/.test(w);

/** First meaningful line, without trailing OCR logo junk ("GR G UT E B 0 R GS"). */
export function findTitle(lines: Line[], limit: number): string | null {
  for (let i = 0; i < Math.min(limit, lines.length); i++) {
    const l = lines[i] as Line;
    if (l.blank) continue;
    const words = l.text.split(/\s+/);
    let end = words.length;
    while (end > 1 && junk(words[end - 1] as string)) end--;
    const title = (words.length - end >= 3 ? words.slice(0, end) : words).join(' ').replace(/[:\s]+$/, '');
    return title || null;
  }
  return null;
}

/** "Plats: GR. Anders Persons gatan 8", "Venue: GR, room Femman", "möte på GR" or "14/9 2022, Lerums kommunhus" in the heading lines. */
export function findLocation(lines: Line[], limit: number): string | null {
  for (let i = 0; i < Math.min(limit, lines.length); i++) {
    const l = lines[i] as Line;
    if (l.blank) continue;
    const m = /^(plats|lokal|var|adress|venue|location)\s*:\s*(.+)$/i.exec(l.text);
    if (m) return (m[2] as string).replace(/\.\s+/g, ', ').replace(/[.\s]+$/, '').trim();
    const folded = l.key;
    const p = /\b(?:m[oe*]te|traff|moter)\s+(?:pa|hos|i)\s+/.exec(folded);
    if (p) {
      const rest = l.text.slice(p.index + p[0].length);
      const place = /^([\p{Lu}][\p{L}\d .-]*?)(?=\s+\d|,|\.|$)/u.exec(rest);
      if (place) return (place[1] as string).trim();
    }
    // A place after the date that ends a heading line: "nätverksmöte 14/9 2022, Lerums kommunhus".
    const date = findDateRefs(l.text).find((r) => r.month !== null && r.day !== null);
    const after = date ? /^,\s*(\p{Lu}[\p{L}\d .-]*)$/u.exec(l.text.slice(date.stop).trim()) : null;
    if (after && (after[1] as string).split(/\s+/).length <= 5) return (after[1] as string).trim();
  }
  return null;
}
