// A fixed population of people who recur across meetings, as the real networks' members do.
import { FIRST_NAMES, SURNAMES } from './names.js';
import { MUNICIPALITIES, NETWORKS, ROLES, type Network } from './orgs.js';
import { Rng } from './prng.js';

/** What a person does, which decides the networks they attend. */
export type PersonKind = 'IFO' | 'FH' | 'Social' | 'Barn' | 'VU' | 'GR' | 'FoU' | 'VGR' | 'GU';

export interface Person {
  name: string;
  /** Canonical municipality or organisation. */
  affiliation: string;
  kind: PersonKind;
  /** Job title, stable for the person. */
  role: string;
  /** Networks whose meetings this person attends (GR staff lead one or two). */
  networks: Network[];
  /** Relative attendance weight: Zipf-like over the whole population. */
  weight: number;
  /** Years in post, inclusive. */
  from: number;
  to: number;
}

const KIND_NETWORK: Partial<Record<PersonKind, Network>> = {
  IFO: 'IFO-chefsnätverket',
  FH: 'FH-chefsnätverket',
  Social: 'Socialchefsnätverket',
  Barn: 'Barnchefsnätverket',
  VU: 'Nätverk för verksamhetsutvecklare',
};

/** People per municipality by kind; Göteborg is about three times larger. */
const MUNICIPAL_MIX: [PersonKind, number][] = [['IFO', 9], ['FH', 9], ['Social', 3], ['Barn', 6], ['VU', 4]];
const ORG_MIX: [PersonKind, string, number][] = [['GR', 'GR', 45], ['FoU', 'FoU i Väst', 35], ['VGR', 'VGR', 25], ['GU', 'Göteborgs universitet', 20]];

export const defaults = {
  /** Zipf exponent: 1 gives a long tail of one-time guests and a core of regulars. */
  zipf: 1,
  /** First year anyone can be in post; earlier than 2015 so the first meetings have veterans. */
  firstYear: 2008,
};

/** Builds the population (about 600 people) from a seed; the same seed gives the same people. */
export function buildPopulation(seed: number): Person[] {
  const rng = new Rng(seed ^ 0x5eed);
  const used = new Set<string>();
  const uniqueName = (): string => {
    for (;;) {
      const name = `${rng.pick(FIRST_NAMES)} ${rng.pick(SURNAMES)}`;
      if (!used.has(name)) {
        used.add(name);
        return name;
      }
    }
  };
  const span = (): [number, number] => {
    const from = rng.int(defaults.firstYear, 2025);
    return [from, Math.min(2026, from + rng.int(3, 15))];
  };
  const people: Omit<Person, 'weight'>[] = [];
  for (const municipality of MUNICIPALITIES) {
    const scale = municipality === 'Göteborg' ? 3 : 1;
    for (const [kind, n] of MUNICIPAL_MIX) {
      for (let i = 0; i < n * scale; i++) {
        const [from, to] = span();
        people.push({ name: uniqueName(), affiliation: municipality, kind, role: rng.pick(ROLES[kind] ?? ['chef']), networks: [KIND_NETWORK[kind] as Network], from, to });
      }
    }
  }
  for (const [kind, affiliation, n] of ORG_MIX) {
    for (let i = 0; i < n; i++) {
      const [from, to] = span();
      const networks = kind === 'GR' ? rng.sample(NETWORKS, rng.int(1, 2)) : [];
      people.push({ name: uniqueName(), affiliation, kind, role: rng.pick(ROLES[kind] ?? ['chef']), networks, from, to });
    }
  }
  // A random rank order decides who is a regular: weight 1/rank^s.
  const ranked = rng.shuffle(people);
  return ranked.map((p, rank) => ({ ...p, weight: 1 / Math.pow(rank + 1, defaults.zipf) }));
}
