// Decides who meets when, and about what, before any text is written.
import { buildAgenda } from './agenda.js';
import { randomMeetingDate } from './dates.js';
import { MUNICIPALITIES, NETWORK_GROUP, NETWORKS, PLACES, type Network } from './orgs.js';
import type { Person } from './population.js';
import { PROJECTS } from './projects.js';
import type { Rng } from './prng.js';
import { THEMES } from './themes.js';
import type { Meeting, Section } from './types.js';

/** The population sorted into the pools meetings draw from. */
export interface PopulationIndex {
  members: Map<Network, Map<string, Person[]>>;
  leaders: Map<Network, Person[]>;
  fou: Person[];
  guests: Person[];
  /** Every GR employee, for years when no network leader is in post. */
  anyGr: Person[];
}

/** Groups people by network and municipality once, so each meeting only filters by year. */
export function indexPopulation(people: readonly Person[]): PopulationIndex {
  const members = new Map<Network, Map<string, Person[]>>(NETWORKS.map((n) => [n, new Map()]));
  const leaders = new Map<Network, Person[]>(NETWORKS.map((n) => [n, []]));
  const index: PopulationIndex = { members, leaders, fou: [], guests: [], anyGr: [] };
  for (const p of people) {
    if (p.kind === 'GR') {
      index.anyGr.push(p);
      for (const n of p.networks) leaders.get(n)?.push(p);
    } else if (p.kind === 'FoU') index.fou.push(p);
    else if (p.kind === 'VGR' || p.kind === 'GU') index.guests.push(p);
    else for (const n of p.networks) {
      const byMunicipality = members.get(n) as Map<string, Person[]>;
      const list = byMunicipality.get(p.affiliation) ?? [];
      list.push(p);
      byMunicipality.set(p.affiliation, list);
    }
  }
  return index;
}

const JOINT: [Network, Network][] = [
  ['IFO-chefsnätverket', 'FH-chefsnätverket'], ['IFO-chefsnätverket', 'FH-chefsnätverket'],
  ['IFO-chefsnätverket', 'Barnchefsnätverket'], ['Socialchefsnätverket', 'FH-chefsnätverket'],
  ['IFO-chefsnätverket', 'Nätverk för verksamhetsutvecklare'], ['Socialchefsnätverket', 'Nätverk för verksamhetsutvecklare'],
];
const SINGLE_WEIGHT: Record<Network, number> = {
  'IFO-chefsnätverket': 30, 'FH-chefsnätverket': 25, Socialchefsnätverket: 20,
  Barnchefsnätverket: 15, 'Nätverk för verksamhetsutvecklare': 10,
};

const active = (year: number) => (p: Person) => p.from <= year && year <= p.to;
const byWeight = (p: Person) => p.weight;

function pickNetworks(rng: Rng): Network[] {
  if (rng.chance(0.12)) return [...rng.pick(JOINT)];
  return rng.weightedSample(NETWORKS, (n) => SINGLE_WEIGHT[n], 1);
}

/** One or two people per municipality, regulars more likely, until `count` are found. */
function pickMembers(rng: Rng, pool: Map<string, Person[]>, year: number, count: number): Person[] {
  const out: Person[] = [];
  for (const municipality of rng.shuffle(MUNICIPALITIES)) {
    if (out.length >= count) break;
    const here = (pool.get(municipality) ?? []).filter(active(year));
    const extra = municipality === 'Göteborg' ? rng.int(0, 2) : rng.chance(0.2) ? 1 : 0;
    out.push(...rng.weightedSample(here, byWeight, Math.min(1 + extra, count - out.length)));
  }
  const order = MUNICIPALITIES as readonly string[];
  // Most notes list municipalities alphabetically; some keep the order people signed in.
  return rng.chance(0.75) ? out.sort((a, b) => order.indexOf(a.affiliation) - order.indexOf(b.affiliation)) : out;
}

function memberLabel(rng: Rng, networks: Network[], network: Network): string {
  if (networks.length > 1) return NETWORK_GROUP[network];
  return rng.pick([network, 'Nätverket', NETWORK_GROUP[network]]);
}

/** Builds meeting number `index` from its own random stream. */
export function buildMeeting(rng: Rng, pop: PopulationIndex): Meeting {
  const date = randomMeetingDate(rng);
  const year = date.y;
  const networks = pickNetworks(rng);
  // Skewed towards well-attended meetings, as in the corpus (15–30 names).
  const total = Math.max(rng.int(6, 25), rng.int(6, 25));
  const leaderPool = networks.flatMap((n) => (pop.leaders.get(n) ?? []).filter(active(year)));
  const anyGr = () => pop.anyGr.filter(active(year));
  const leaderSet = leaderPool.length > 0 ? [...new Set(leaderPool)] : anyGr();
  const leaders = rng.weightedSample(leaderSet, byWeight, rng.int(1, networks.length + 1));
  // Researchers and guests come for one item, so their attendance is flatter than members'.
  const fou = rng.chance(0.5) ? rng.weightedSample(pop.fou.filter(active(year)), (p) => Math.sqrt(p.weight), rng.chance(0.7) ? 1 : 2) : [];
  const guests = rng.chance(0.3) ? rng.sample(pop.guests.filter(active(year)), rng.int(1, 2)) : [];
  const staffCount = leaders.length + fou.length + guests.length;
  const municipalTotal = Math.max(4, 6 - staffCount, total - staffCount);
  const share = Math.floor(municipalTotal / networks.length);
  const sections: Section[] = networks.map((n, i) => ({
    label: memberLabel(rng, networks, n),
    people: pickMembers(rng, pop.members.get(n) ?? new Map(), year, i === 0 ? municipalTotal - share * (networks.length - 1) : share),
  }));
  if (rng.chance(0.5) || networks.length > 1) {
    sections.push({ label: rng.pick(['Övriga', 'Göteborgsregionen']), people: [...leaders, ...fou, ...guests] });
  } else {
    sections.push({ label: 'Göteborgsregionen', people: [...leaders, ...fou] });
    if (guests.length > 0) sections.push({ label: 'Övriga', people: guests });
  }
  const nonEmpty = sections.filter((s) => s.people.length > 0);

  const projects = rng.sample(
    PROJECTS.filter((p) => p.from <= year && year <= p.to && (p.networks.length === 0 || p.networks.some((n) => networks.includes(n)))),
    rng.int(1, 4),
  );
  const themes = rng.sample(THEMES.filter((t) => t.from <= year), rng.int(1, 3));
  const datedHeading = rng.chance(0.85);
  const titled = rng.chance(0.8);
  const attendees = nonEmpty.flatMap((s) => s.people);
  const items = buildAgenda(rng, { date, networks, attendees, leaders, projects, themes, datedHeading, titled });
  const noteTakers = leaders.length > 1 && rng.chance(0.2) ? leaders.slice(0, 2) : leaders.slice(0, 1);
  return {
    date, networks, sections: nonEmpty, items, noteTakers,
    projects: projects.map((p) => p.name), themes: themes.map((t) => t.name),
    datedHeading, titled, place: rng.chance(0.4) ? rng.pick(PLACES) : null,
  };
}
