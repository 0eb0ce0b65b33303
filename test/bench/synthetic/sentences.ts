// Sentence builders shared by the agenda items.
import { affiliationSurface, MUNICIPALITIES } from './orgs.js';
import { DISCUSSION } from './phrases.js';
import type { Person } from './population.js';
import type { Rng } from './prng.js';
import type { AgendaItem } from './types.js';

/** "A", "A och B", "A, B och C". */
export function joinSwedish(parts: readonly string[]): string {
  if (parts.length <= 1) return parts[0] ?? '';
  return `${parts.slice(0, -1).join(', ')} och ${parts[parts.length - 1] ?? ''}`;
}

/** "Anna Melke, FoU i Väst, berättar om …" and its variants. */
export function presenterSentence(rng: Rng, person: Person, topic: string): string {
  const aff = affiliationSurface(rng, person.affiliation);
  switch (rng.int(0, 4)) {
    case 0: return `${person.name}, ${aff}, berättar om ${topic}.`;
    case 1: return `${person.name}, ${person.role} från ${aff}, informerar om ${topic}.`;
    case 2: return `${person.name} från ${aff} inleder och introducerar dialog om ${topic}.`;
    case 3: return `${person.name}, ${person.role}, ger en rapport om ${topic}. Se bilder.`;
    default: return `${person.name}, ${aff}, presenterar ${topic}. Bilder bifogas.`;
  }
}

const WHEN = ['under våren', 'under hösten', 'vid nästa möte', 'löpande', 'till årsskiftet'];

const REMARKS: readonly ((r: Rng, speaker: Person, topic: string) => string)[] = [
  (r, _s, t) => `${r.pick(MUNICIPALITIES)} delar erfarenheter av ${t}.`,
  (r, _s, t) => `I ${r.pick(MUNICIPALITIES)} har man kommit en bit på väg med ${t}, medan andra kommuner står i startgropen.`,
  (r, _s, t) => `Erfarenheter från ${joinSwedish(r.sample(MUNICIPALITIES, 2))} visar att ${t} kräver tydlig samordning.`,
  (_r, s, t) => `${s.name} lyfter att det är svårt att prioritera ${t} när resurserna är begränsade.`,
  (r, _s, t) => `Nätverket konstaterar att ${t} behöver följas upp ${r.pick(WHEN)}.`,
  (r, _s, t) => `Flera kommuner, bland annat ${joinSwedish(r.sample(MUNICIPALITIES, 3))}, efterfrågar mer stöd kring ${t}.`,
  (_r, s) => `${s.name.split(' ')[0] ?? s.name} sammanfattar dialogen och tar med sig frågorna till beredningsgruppen.`,
  (r, _s, t) => `Dialogen om ${t} fortsätter ${r.pick(WHEN)}.`,
  (r) => `${joinSwedish(r.sample(MUNICIPALITIES, 2))} har påbörjat ett gemensamt arbete och återkommer med en rapport.`,
  (_r, _s, t) => `En kartläggning av läget i kommunerna kring ${t} efterfrågas.`,
  (_r, s, t) => `${s.name} påpekar att ${t} behöver förankras hos politiken.`,
  (r) => `Ett förslag till gemensam rutin tas fram av ${r.pick(['GR', 'beredningsgruppen', 'en arbetsgrupp'])} och skickas ut på remiss.`,
  (r) => `Synpunkter lämnas senast ${r.int(1, 28)} ${r.pick(['januari', 'mars', 'april', 'september', 'oktober'])} till nätverksledaren.`,
];

function itemBytes(item: AgendaItem): number {
  let n = item.title.length + 12;
  for (const p of item.paragraphs) n += p.length + 2;
  for (const b of item.bullets) n += b.length + 3;
  return n;
}

/**
 * Adds discussion and remarks until the items' text reaches roughly targetBytes, so notes
 * spread over the 2–8 KB range of the real ones rather than clustering at one size.
 * Only `items` grow; `all` counts towards the total.
 */
export function fillToSize(
  rng: Rng,
  { items, all, attendees, targetBytes }: { items: AgendaItem[]; all: readonly AgendaItem[]; attendees: readonly Person[]; targetBytes: number },
): void {
  let total = all.reduce((n, item) => n + itemBytes(item), 0);
  const used = new Set(items.flatMap((i) => i.paragraphs));
  const speakers = attendees.length > 0 ? attendees : [];
  while (total < targetBytes && items.length > 0) {
    const item = rng.pick(items);
    const topic = item.topic ?? 'frågan';
    const speaker = speakers.length > 0 ? rng.pick(speakers) : null;
    let sentence = item.spare?.shift() ?? rng.pick(DISCUSSION);
    if (used.has(sentence) && speaker) sentence = rng.pick(REMARKS)(rng, speaker, topic);
    used.add(sentence);
    const last = item.paragraphs.length - 1;
    if (last >= 0 && rng.chance(0.5) && (item.paragraphs[last]?.length ?? 0) < 400) item.paragraphs[last] += ` ${sentence}`;
    else item.paragraphs.push(sentence);
    total += sentence.length + 2;
  }
}
