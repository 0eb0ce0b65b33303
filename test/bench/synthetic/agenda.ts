// Writes the agenda items of one meeting: titles, sentences, presenters, participation.
import { addDays, swedishDate, type Ymd } from './dates.js';
import { affiliationSurface, MUNICIPALITIES, type Network } from './orgs.js';
import { CLOSING_TITLES, DISCUSSION, OPENING_SENTENCES, OPENING_TITLES, OTHER_NETWORK_MENTIONS } from './phrases.js';
import type { Person } from './population.js';
import type { ProjectDef } from './projects.js';
import type { Rng } from './prng.js';
import { themeItem } from './theme-item.js';
import type { ThemeDef } from './themes.js';
import type { AgendaItem } from './types.js';
import { fillToSize, joinSwedish, presenterSentence } from './sentences.js';

export interface AgendaContext {
  date: Ymd;
  networks: Network[];
  attendees: Person[];
  leaders: Person[];
  projects: readonly ProjectDef[];
  themes: readonly ThemeDef[];
  datedHeading: boolean;
  titled: boolean;
}

function participation(rng: Rng): string {
  const roll = rng.float();
  if (roll < 0.1) return 'Alla kommuner med.';
  if (roll < 0.2) return `${rng.pick(['Åtta', 'Sex', 'Elva', 'Fem'])} kommuner deltar.`;
  const list = rng.sample(MUNICIPALITIES, rng.int(2, 6)).map((m) => affiliationSurface(rng, m));
  return `${joinSwedish(list)} ${rng.pick(['deltar', 'deltar', 'medverkar', 'är med'])}.`;
}

function projectItem(rng: Rng, project: ProjectDef, ctx: AgendaContext, staff: Person[]): AgendaItem {
  const track = project.tracks ? rng.pick(project.tracks) : '';
  const fill = (s: string) => s.replaceAll('{track}', track).replaceAll('{år}', String(ctx.date.y));
  const item: AgendaItem = { title: fill(rng.pick(project.titles)), paragraphs: [], bullets: [], presenters: [], topic: project.topic };
  if (staff.length > 0 && rng.chance(0.65)) {
    const presenter = rng.pick(staff);
    item.presenters.push(presenter);
    item.paragraphs.push(presenterSentence(rng, presenter, project.topic));
  }
  const [first, ...rest] = rng.shuffle(project.sentences).map(fill);
  item.paragraphs.push(first ?? project.topic);
  item.spare = rest;
  if (rng.chance(0.55)) item.paragraphs.push(participation(rng));
  if (rng.chance(0.4)) item.paragraphs.push(rng.pick(DISCUSSION));
  return item;
}

/** Sentences from which the date can be worked out when no heading states it. */
function dateClue(rng: Rng, date: Ymd): AgendaItem {
  if (date.m <= 4) {
    return {
      title: `Återkoppling enkät för utvärdering av ${date.y - 1} samt prioriteringar för nätverket år ${date.y}`,
      paragraphs: ['Positivt resultat. Dialog kring hur vi kan stärka arbetet ytterligare.'], bullets: [], presenters: [],
    };
  }
  if (date.m < 11) {
    const day = rng.int(10, 28);
    return {
      title: `Mötesplats IFO den ${day} november ${date.y}`,
      paragraphs: ['Alla chefer i nätverket förväntas medverka på dagen som seminarievärdar.'], bullets: [], presenters: [],
    };
  }
  return {
    title: `Planering inför ${date.y + 1}`,
    paragraphs: [`Vi tackar för samarbetet under ${date.y} och önskar en God Jul och Gott Nytt År!`], bullets: [], presenters: [],
  };
}

/** Builds 3–11 items whose text adds up to roughly `targetBytes`. */
export function buildAgenda(rng: Rng, ctx: AgendaContext, targetBytes = rng.int(1300, 5000)): AgendaItem[] {
  const staff = ctx.attendees.filter((p) => p.kind === 'GR' || p.kind === 'FoU' || p.kind === 'VGR' || p.kind === 'GU');
  const speakers = staff.length > 0 ? staff : ctx.attendees;
  const items: AgendaItem[] = [];
  if (!ctx.titled || rng.chance(0.8)) {
    const opening: AgendaItem = {
      title: rng.pick(OPENING_TITLES), paragraphs: rng.sample(OPENING_SENTENCES, rng.int(1, 2)), bullets: [], presenters: [], topic: 'läget i kommunerna',
    };
    if (!ctx.titled) {
      const host = ctx.leaders[0]?.name ?? 'Nätverksledaren';
      opening.paragraphs.unshift(`${host} hälsar välkommen till dagens möte i ${joinSwedish(ctx.networks)}.`);
    }
    items.push(opening);
  }
  const shortPoints: AgendaItem = { title: 'Korta punkter', paragraphs: [], bullets: [], presenters: [] };
  for (const project of ctx.projects) {
    const item = projectItem(rng, project, ctx, speakers);
    if (ctx.projects.length > 1 && rng.chance(0.25)) {
      shortPoints.bullets.push(`${item.title}. ${item.paragraphs.slice(-1)[0] ?? ''}`);
      shortPoints.presenters.push(...item.presenters);
    } else items.push(item);
  }
  if (shortPoints.bullets.length > 0) items.push(shortPoints);
  for (const theme of ctx.themes) items.push(themeItem(rng, theme, speakers));
  // Filler goes to items about a project or theme, mostly; the opening gets a little.
  const content = items.filter((i) => i.spare !== undefined);
  if (content.length === 0) content.push(...items.filter((i) => i.topic !== undefined));
  if (!ctx.datedHeading) items.push(dateClue(rng, ctx.date));
  if (rng.chance(0.3)) {
    const target = rng.pick(items);
    const when = addDays(ctx.date, -rng.int(5, 40));
    const others = OTHER_NETWORK_MENTIONS.filter((m) => !ctx.networks.some((n) => m.toLowerCase().includes(n.toLowerCase())));
    target.paragraphs.push(rng.pick(others).replace('{d}', String(when.d)).replace('{m}', swedishDate(when).split(' ')[1] ?? ''));
  }
  if (items.length < 3 || rng.chance(0.35)) {
    items.push({ title: rng.pick(CLOSING_TITLES), paragraphs: [rng.pick(DISCUSSION)], bullets: [], presenters: [] });
  }
  if (!ctx.datedHeading || rng.chance(0.7)) {
    const next = swedishDate(addDays(ctx.date, rng.int(21, 63)));
    items.push(rng.chance(0.5)
      ? { title: `Nästa nätverksmöte ${next}`, paragraphs: [rng.pick(['Nästa gång ses vi på GR.', 'Mötet hålls digitalt.', 'Nästa gång har vi gemensam lunch.'])], bullets: [], presenters: [] }
      : { title: 'Nästa möte', paragraphs: [`Nästa nätverksmöte ${next}.`], bullets: [], presenters: [] });
  }
  // Small meetings get more text per item, so that no note falls under about 2 KB.
  fillToSize(rng, { items: content, all: items, attendees: ctx.attendees, targetBytes: Math.max(targetBytes, 2300 - 30 * ctx.attendees.length) });
  return items.slice(0, 11);
}
