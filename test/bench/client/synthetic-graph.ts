// A deterministic graph shaped like the explorer's: the same node types and relationship
// types, two edges per node, and Zipf-weighted endpoints so a few municipalities, projects,
// networks and frequent attendees become hubs, as in the real notes. Runs in the bench page,
// so the elements never cross the DevTools protocol.
import type { CanvasEdge, CanvasNode, EntityType } from '../../../client/shared/graphql/api-types.js';
import { FIRST_NAMES, SURNAMES } from '../synthetic/names.js';
import { Rng } from '../synthetic/prng.js';

export interface SyntheticGraph {
  nodes: CanvasNode[];
  edges: CanvasEdge[];
  maxDegree: number;
}

export const defaults = {
  /** Edges per node: 5,000 nodes give the 10,000 edges of the target case. */
  edgesPerNode: 2,
  seed: 6,
};

const GR = ['Ale', 'Alingsås', 'Göteborg', 'Härryda', 'Kungsbacka', 'Kungälv', 'Lerum', 'Lilla Edet', 'Mölndal', 'Partille', 'Stenungsund', 'Tjörn', 'Öckerö'];
const NETWORKS = ['IFO', 'Funktionsstöd', 'Socialchefer', 'Barnchefer', 'Äldreomsorg', 'Missbruk', 'Ekonomiskt bistånd', 'Barn och unga'];
const THEMES = ['Hållbar socialtjänst', 'Kompetensförsörjning', 'Digitalisering', 'Barnrätt', 'Våld i nära relationer', 'Psykisk hälsa', 'Samverkan', 'Evidens'];
const PROJECTS = ['Mini-Maria', 'Första linjen', 'Trygg hemma', 'Koll på läget', 'Skolfam', 'Unga vuxna', 'Nära vård', 'SIP i praktiken'];

/** Share of the nodes per type; Person takes what is left. */
const TYPE_SHARE: [EntityType, number][] = [
  ['Meeting', 0.1], ['AgendaItem', 0.3], ['Organization', 0.03], ['Project', 0.03], ['Theme', 0.02], ['Network', 0.004], ['Municipality', 0.01],
];

/** Share of the edges per relationship, with the types at each end. */
const REL_SHARE: { type: string; share: number; from: EntityType[]; to: EntityType[] }[] = [
  { type: 'PART_OF', share: 0.15, from: ['AgendaItem'], to: ['Meeting'] },
  { type: 'OF_NETWORK', share: 0.05, from: ['Meeting'], to: ['Network'] },
  { type: 'ATTENDED', share: 0.35, from: ['Person'], to: ['Meeting'] },
  { type: 'ABOUT', share: 0.15, from: ['AgendaItem'], to: ['Project', 'Theme'] },
  { type: 'MENTIONS', share: 0.08, from: ['AgendaItem'], to: ['Person', 'Municipality', 'Organization'] },
  { type: 'PRESENTED', share: 0.07, from: ['Person'], to: ['AgendaItem'] },
  { type: 'REPRESENTS', share: 0.1, from: ['Person'], to: ['Municipality', 'Organization'] },
  { type: 'PARTICIPATES_IN', share: 0.03, from: ['Municipality'], to: ['Project'] },
  { type: 'RELATES_TO', share: 0.02, from: ['Project'], to: ['Theme'] },
];

/** Picks from a fixed list with Zipf weights (rank r weighs 1/r^s): a few hubs, a long tail. */
function zipfPicker(rng: Rng, items: readonly CanvasNode[], s: number): () => CanvasNode {
  const cumulative: number[] = [];
  let total = 0;
  items.forEach((_, i) => cumulative.push((total += 1 / (i + 1) ** s)));
  return () => {
    const r = rng.float() * total;
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid]! < r) lo = mid + 1;
      else hi = mid;
    }
    return items[lo]!;
  };
}

function label(type: EntityType, i: number, rng: Rng): string {
  const year = 2015 + (i % 10);
  if (type === 'Person') return `${rng.pick(FIRST_NAMES)} ${rng.pick(SURNAMES)}`;
  if (type === 'Municipality') return GR[i] ?? `Kommun ${i + 1}`;
  if (type === 'Network') return `${NETWORKS[i % NETWORKS.length]}-nätverket${i >= NETWORKS.length ? ` ${i}` : ''}`;
  if (type === 'Meeting') return `${rng.pick(NETWORKS)} ${year}-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`;
  if (type === 'AgendaItem') return `§${1 + (i % 12)} ${rng.pick(THEMES)}`;
  if (type === 'Project') return `${PROJECTS[i % PROJECTS.length]}${i >= PROJECTS.length ? ` ${i}` : ''}`;
  if (type === 'Theme') return `${THEMES[i % THEMES.length]}${i >= THEMES.length ? ` ${i}` : ''}`;
  return `Organisation ${i + 1}`;
}

/** `nodeCount` nodes and `edgesPerNode` × as many edges, the same for the same seed. */
export function syntheticGraph(nodeCount: number, options: Partial<typeof defaults> = {}): SyntheticGraph {
  const { edgesPerNode, seed } = { ...defaults, ...options };
  const rng = new Rng(seed * 1_000_003 + nodeCount);
  const byType = new Map<EntityType, CanvasNode[]>();
  const nodes: CanvasNode[] = [];
  const counts = TYPE_SHARE.map(([type, share]) => [type, Math.max(type === 'Municipality' ? 13 : 3, Math.round(nodeCount * share))] as const);
  const persons = nodeCount - counts.reduce((sum, [, n]) => sum + n, 0);
  for (const [type, n] of [...counts, ['Person', persons] as const]) {
    const list: CanvasNode[] = [];
    for (let i = 0; i < n; i++) {
      const year = 2015 + rng.int(0, 9);
      list.push({ id: `${type.toLowerCase()}:${i}`, type, label: label(type, i, rng), properties: {}, years: type === 'Meeting' || type === 'AgendaItem' ? [year] : [year, year + rng.int(0, 3)] });
    }
    byType.set(type, list);
    nodes.push(...list);
  }
  // Hubbier ends are drawn with a steeper exponent: 13 municipalities carry most REPRESENTS.
  const pickers = new Map<EntityType, () => CanvasNode>();
  for (const [type, list] of byType) pickers.set(type, zipfPicker(rng, list, type === 'Person' || type === 'AgendaItem' ? 0.8 : 1.1));
  const pick = (types: EntityType[]) => pickers.get(rng.pick(types))!();

  const target = nodeCount * edgesPerNode;
  const edges: CanvasEdge[] = [];
  const seen = new Set<string>();
  const degree = new Map<string, number>();
  const add = (type: string, s: CanvasNode, t: CanvasNode): boolean => {
    const key = `${s.id}|${type}|${t.id}`;
    if (s.id === t.id || seen.has(key)) return false;
    seen.add(key);
    const count = 1 + Math.floor(rng.float() ** 3 * 10);
    edges.push({ id: `e${edges.length}`, source: s.id, target: t.id, type, years: s.years.slice(0, 1), excerpt: null, docId: null, count });
    for (const a of [s.id, t.id]) degree.set(a, (degree.get(a) ?? 0) + 1);
    return true;
  };
  // Every agenda item belongs to one meeting and every meeting to a network, as in the notes.
  const meetings = byType.get('Meeting')!;
  byType.get('AgendaItem')!.forEach((item) => add('PART_OF', item, rng.pick(meetings)));
  meetings.forEach((meeting) => add('OF_NETWORK', meeting, pickers.get('Network')!()));
  for (const rel of REL_SHARE) {
    if (rel.type === 'PART_OF' || rel.type === 'OF_NETWORK') continue;
    const want = Math.round(target * rel.share);
    for (let made = 0, tries = 0; made < want && tries < want * 20; tries++) if (add(rel.type, pick(rel.from), pick(rel.to))) made++;
  }
  for (let tries = 0; edges.length < target && tries < target * 20; tries++) add('ATTENDED', pickers.get('Person')!(), pickers.get('Meeting')!());

  return { nodes, edges: edges.slice(0, target), maxDegree: Math.max(...degree.values()) };
}
