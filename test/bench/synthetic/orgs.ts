// Municipalities, organisations, networks and job titles of the genre (see shared DOMAIN.md).
import type { Rng } from './prng.js';

/** The 13 GR member municipalities, canonical names. */
export const MUNICIPALITIES = [
  'Ale', 'Alingsås', 'Göteborg', 'Härryda', 'Kungsbacka', 'Kungälv', 'Lerum',
  'Lilla Edet', 'Mölndal', 'Partille', 'Stenungsund', 'Tjörn', 'Öckerö',
] as const;

/** Organisations people belong to besides the municipalities. */
export const ORGANISATIONS = ['GR', 'FoU i Väst', 'VGR', 'Göteborgs universitet'] as const;

/** Written variants of an affiliation, apart from the canonical name itself. */
const VARIANTS: Record<string, readonly string[]> = {
  Göteborg: ['Göteborgs Stad', 'Göteborgs Stad', 'GBG', 'Östra Göteborg', 'Social Resurs Göteborg'],
  Mölndal: ['Mölndals stad', 'Mölndals stad'],
  Kungsbacka: ['Kungsbacka kommun'],
  Öckerö: ['Öckerö kommun'],
  Lerum: ['Lerums kommun'],
  Partille: ['Partille kommun'],
  GR: ['Göteborgsregionen', 'GR'],
  'FoU i Väst': ['GR/FoU i Väst', 'FoU i Väst/GR'],
  VGR: ['Västra Götalandsregionen', 'VGR koncernkontoret', 'Regionhälsan'],
  'Göteborgs universitet': ['GU', 'Göteborgs universitet'],
};

/** How an affiliation is written in one attendance line: mostly canonical, sometimes a variant. */
export function affiliationSurface(rng: Rng, canonical: string): string {
  const variants = VARIANTS[canonical];
  if (!variants || !rng.chance(0.2)) return canonical;
  return rng.pick(variants);
}

/** The networks a meeting can belong to. */
export const NETWORKS = [
  'IFO-chefsnätverket', 'FH-chefsnätverket', 'Socialchefsnätverket',
  'Barnchefsnätverket', 'Nätverk för verksamhetsutvecklare',
] as const;
export type Network = (typeof NETWORKS)[number];

/** Short group headings used when a joint meeting lists each network's members apart. */
export const NETWORK_GROUP: Record<Network, string> = {
  'IFO-chefsnätverket': 'IFO',
  'FH-chefsnätverket': 'Funktionsstöd',
  Socialchefsnätverket: 'Socialchefer',
  Barnchefsnätverket: 'Barn och unga',
  'Nätverk för verksamhetsutvecklare': 'Verksamhetsutvecklare',
};

/** How titles and running text name a network ("chefer inom IFO"). */
export const NETWORK_PHRASE: Record<Network, string> = {
  'IFO-chefsnätverket': 'chefer inom IFO',
  'FH-chefsnätverket': 'chefer inom Funktionsstöd',
  Socialchefsnätverket: 'socialchefer',
  Barnchefsnätverket: 'chefer inom barn och unga',
  'Nätverk för verksamhetsutvecklare': 'verksamhetsutvecklare',
};

/** Job titles by the kind of person, for the "Name, role, Municipality" layout. */
export const ROLES: Record<string, readonly string[]> = {
  IFO: ['enhetschef', 'avdelningschef', 'verksamhetschef', 'sektionschef', 'områdeschef'],
  FH: ['verksamhetschef', 'enhetschef', 'avdelningschef', 'områdeschef'],
  Social: ['socialchef', 'förvaltningschef', 'sektorschef', 'socialdirektör'],
  Barn: ['enhetschef', 'verksamhetschef', 'avdelningschef'],
  VU: ['verksamhetsutvecklare', 'utvecklingsledare', 'kvalitetsutvecklare'],
  GR: ['planeringsledare', 'nätverksledare', 'processledare', 'projektledare'],
  FoU: ['forskare', 'analytiker', 'FoU-ledare', 'forskningsledare'],
  VGR: ['regionutvecklare', 'verksamhetschef', 'strateg'],
  GU: ['lektor', 'professor', 'forskare'],
};

/** Weekday meeting places, for "Plats:" lines. */
export const PLACES: readonly string[] = [
  'GR, Anders Personsgatan 8, Lokal Sexan', 'GR, Lokal Ettan', 'Teams', 'Villa Belparc, Slottsskogen',
  'Radisson Blu Scandinavia, Göteborg', 'Kommunhuset i Partille', 'Digitalt via Teams', 'GR, Lokal Femman',
];
