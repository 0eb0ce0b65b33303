// Title and location from the first lines of a note.
import { foldText } from './fold';
import { findDateRefs } from './date-refs';
import { EMAIL_HEADER } from './meeting-date';
import type { Line } from './normalize-text';

/** A word of OCR'd logo junk: very short, or two or three capitals or digits. */
const junk = (w: string) => w.length <= 2 || /^[A-ZÅÄÖ0-9]{2,3}$/.test(w);

/**
 * A letterhead above the title ("GÖTEBORGSREGIONEN", OCR'd "GR GÖTEBORGS" / "REGIONEN"): one
 * or two words in capitals that name no network, meeting or notes.
 */
const letterhead = (words: string[]) =>
  words.length <= 2 && words.every((w) => /^\p{Lu}[\p{Lu}-]*$/u.test(w)) && !/N[AÄ]TVERK|M[OÖ]TE|ANTECKN|PROTOKOLL|MINNES|AGENDA|DAGORDNING/.test(words.join(' '));

const SUBJECT = /^(?:[aä]mne|subject)\s*:\s*(.+)$/i;
const FORWARDED = /^(?:(?:vb|fw|fwd|sv|re|vs)\s*:\s*)+/i;

const GENERIC = /^(anteckningar|minnesanteckningar|motesanteckningar|protokoll|minnesanteckning):?$/;

/** First meaningful line below any letterhead, without trailing OCR logo junk ("GR G UT E B 0 R GS"). */
export function findTitle(lines: Line[], limit: number): string | null {
  const stop = Math.min(limit, lines.length);
  // A note sent on by e-mail: its subject names it ("Ämne: VB: Anteckningar beredningsgruppen IFO 28/2").
  const first = lines.find((l) => !l.blank);
  if (first && EMAIL_HEADER.test(first.text)) {
    const subject = lines.slice(0, 12).map((l) => SUBJECT.exec(l.text)?.[1]).find((x) => x);
    if (subject) return subject.replace(FORWARDED, '').trim() || null;
  }
  for (let i = 0; i < stop; i++) {
    const l = lines[i] as Line;
    if (l.blank || EMAIL_HEADER.test(l.text)) continue;
    const words = l.text.split(/\s+/);
    if (letterhead(words) && lines.slice(i + 1, stop).some((x) => !x.blank && !letterhead(x.text.split(/\s+/)))) continue;
    // A line of logo junk alone ("GR G UT E B 0 R GS" above the title) is no title.
    if (words.length >= 3 && words.every(junk)) continue;
    // "Anteckningar" alone says only what every note is: the line below names the meeting.
    if (GENERIC.test(l.key) && lines.slice(i + 1, stop).some((x) => !x.blank && x.text.length > 12 && !/^\p{L}+\s*:/u.test(x.text))) continue;
    let end = words.length;
    while (end > 1 && junk(words[end - 1] as string)) end--;
    const title = (words.length - end >= 3 ? words.slice(0, end) : words).join(' ').replace(/[:\s]+$/, '');
    return title || null;
  }
  return null;
}

// "möte på GR", "Mötet hölls torsdagen den 13 oktober på Göteborgsregionen", "Mötet ägde rum i
// Kungälvs stadshus", "The meeting was held at …": where the meeting was, on the folded line.
const MET_AT = /\b(?:m[oe*]te|traff|moter|(?:m[oe*]tet|traffen|the meeting)\b[^.;]*?\b(?:holls|agde rum|var|arrangerades|genomfordes|was held|took place)\b[^.;]*?)\s(?:pa|hos|i|at|in)\s+/;
const STREET = /^,\s*(\p{Lu}[\p{L}-]*(?:gatan|vägen|gata|torget|platsen|plan|street|road)\s+\d+\w?)/u;
// "Digitalt möte via Teams", "…, på Teams", "Zoom-möte": a meeting held online.
const ONLINE_TOOL = /\b(?:via|pa|i|on|over)\s+(teams|zoom)\b|\b(teams|zoom)-?mote\b/;
const ONLINE = /\bdigitalt mote\b|\bmotet (?:var|holls) digitalt\b|\bonline meeting\b/;

// "Plats:", "Lokal:", "Mötesplats:" ("Mötesplats IFO" is a conference: no colon right after it).
const LABELLED = /^(?:plats|lokal|var|adress|venue|location|mötesplats|mötesplats och tid|plats och tid)\s*:\s*(.+)$/i;
// ", kl. 09.00–15.00": a time span, anywhere in a place (TIME_ANYWHERE) or opening a tail (TIME_CLAUSE).
const TIME = String.raw`,?\s*(?:kl\.?\s*)?\d{1,2}(?:[.:]\d{2})?\s*[-–]\s*\d{1,2}(?:[.:]\d{2})?`;
const TIME_ANYWHERE = new RegExp(TIME, 'g');
const TIME_CLAUSE = new RegExp(`^${TIME}`);

const PLACE_HEADER = /^(?:plats|lokal|mötesplats|venue|location)$/i;
const cellsOf = (text: string) => text.replace(/^\|/, '').replace(/\|$/, '').split('|').map((c) => c.trim());

/** The cell under the header cell `header` of the table row at line i, from the first data row below it. */
function tableCell(lines: Line[], i: number, limit: number, header: RegExp): string | null {
  const at = cellsOf((lines[i] as Line).text).findIndex((c) => header.test(c));
  if (at < 0) return null;
  for (let k = i + 1; k < limit && (lines[k] as Line).table; k++) {
    const cells = cellsOf((lines[k] as Line).text);
    if (cells.every((c) => /^:?-{2,}:?$/.test(c) || c === '')) continue;
    return cells[at] || null;
  }
  return null;
}

/** "Plats: GR. Anders Persons gatan 8", "Venue: GR, room Femman", "möte på GR" or "14/9 2022, Lerums kommunhus" in the heading lines. */
export function findLocation(lines: Line[], limit: number): string | null {
  for (let i = 0; i < Math.min(limit, lines.length); i++) {
    const l = lines[i] as Line;
    if (l.blank) continue;
    // "| Datum | Tid | Plats |" over "| 13 februari 2025 | 09.00–12.00 | GR, lokal Sexan |": a Word header table.
    if (l.table) {
      const place = tableCell(lines, i, Math.min(limit, lines.length), PLACE_HEADER);
      if (place) return place;
    }
    // OCR's "PIats:" for "Plats:": the fold reads the capital I as the l it is, keeping offsets.
    const m = LABELLED.exec(l.text) ?? (l.text.includes('I') ? LABELLED.exec(foldText(l.text)) : null);
    // "Plats: Kungälvs stadshus, kl. 09.00–15.00": the time is no part of the place.
    if (m) return l.text.slice(m.index + m[0].length - (m[1] as string).length).replace(TIME_ANYWHERE, '').replace(/\.\s+/g, ', ').replace(/[.,\s]+$/, '').trim();
    const folded = l.key;
    const p = MET_AT.exec(folded);
    if (p) {
      const rest = l.text.slice(p.index + p[0].length);
      const place = /^([\p{Lu}][\p{L}\d .-]*?)(?=\s+\d|,|\.|$)/u.exec(rest);
      if (place) {
        // "på Göteborgsregionen, Gårdavägen 2": the street address after it is part of the place.
        const street = STREET.exec(rest.slice((place[1] as string).length));
        return `${(place[1] as string).trim()}${street ? `, ${street[1]}` : ''}`;
      }
    }
    const tool = ONLINE_TOOL.exec(folded);
    if (tool) return (tool[1] ?? tool[2]) === 'zoom' ? 'Zoom' : 'Teams';
    if (ONLINE.test(folded)) return 'digitalt';
    // A place after the date that ends a heading line: "nätverksmöte 14/9 2022, Lerums kommunhus".
    const date = findDateRefs(l.text).find((r) => r.month !== null && r.day !== null);
    // The time may stand between: "2024-05-23, kl. 09.30–15.00, Lindholmen Conference Centre".
    const tail = date ? l.text.slice(date.stop).trim().replace(TIME_CLAUSE, '') : '';
    // "…, kl. 13–15, GR, rum Tvåan": the place may have parts of its own.
    // "Möte den 4 mars 2021 kl. 9.00–12.00 i Alingsås, Stadshuset": or after "i" / "på".
    const after = date ? /^\s*(?:,|(?:i|på|hos)\s)\s*(\p{Lu}[\p{L}\d .,"-]*)$/u.exec(tail) : null;
    if (after && (after[1] as string).split(/\s+/).length <= 6) return (after[1] as string).replace(/[.,\s]+$/, '').trim();
  }
  return null;
}
