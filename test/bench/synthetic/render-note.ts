// Puts a meeting into words: title, date line, attendance, agenda, note-taker.
import { isoDate, swedishDate } from './dates.js';
import type { Layout } from './layouts/layout.js';
import { NETWORK_PHRASE } from './orgs.js';
import type { Rng } from './prng.js';
import { renderItems } from './render-items.js';
import { joinSwedish } from './sentences.js';
import type { Meeting } from './types.js';

function title(rng: Rng, meeting: Meeting): string {
  const [first, second] = meeting.networks;
  if (first && second) return `Gemensamt möte för nätverken för ${NETWORK_PHRASE[first]} och ${NETWORK_PHRASE[second]}`;
  return rng.pick(['Anteckningar {n}', 'Minnesanteckningar {n}', '{n}', 'Anteckningar från {n}']).replace('{n}', first ?? '');
}

function dateLine(rng: Rng, meeting: Meeting): string {
  const iso = isoDate(meeting.date);
  const hours = rng.pick(['09:00-15:00', '09:00-12:00', '13:00-16:00', '9.00–12.00']);
  return rng.pick([
    `Anteckningar till möte på GR ${iso}, kl. ${hours}.`,
    `Anteckningar möte ${iso}, kl. ${hours}`,
    `Datum: ${iso}`,
    `Möte ${swedishDate(meeting.date, true)}`,
    `Tid: ${iso} kl. ${hours}`,
  ]);
}

function footer(rng: Rng, meeting: Meeting): string[] {
  const names = meeting.noteTakers.map((p) => p.name);
  if (names.length === 0) return [];
  switch (rng.int(0, 3)) {
    case 0: return [`Vid anteckningarna,  `, joinSwedish(names)];
    case 1: return ['Antecknat av', '', `${names.join(', ')}${rng.chance(0.5) ? '/EB' : ''}`];
    default: return [`Antecknat av ${names.join(', ')}`];
  }
}

/** The whole note text in one layout. */
export function renderNote(rng: Rng, meeting: Meeting, layout: Layout): string {
  const md = layout.markdown;
  const lines: string[] = [''];
  if (meeting.titled) lines.push(md && rng.chance(0.6) ? `# ${title(rng, meeting)}` : title(rng, meeting), '');
  if (meeting.datedHeading) lines.push(dateLine(rng, meeting));
  if (meeting.place) lines.push(`Plats: ${meeting.place}`);
  if (meeting.datedHeading || meeting.place) lines.push('');
  if (rng.chance(0.6)) lines.push(md ? rng.pick(['## Anteckningar', '# Anteckningar']) : 'Anteckningar', '');
  lines.push(...layout.attendance(rng, meeting));
  lines.push(...renderItems(rng, meeting.items, rng.pick(layout.itemStyles), md));
  lines.push(...footer(rng, meeting));
  return `${lines.join('\n')}\n`;
}
