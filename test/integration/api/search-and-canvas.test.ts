// Search tolerance, the canvas queries and the generated entity API on the seed corpus.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSeededApi, type SeededApi } from './support/seeded-api.js';

let api: SeededApi;
beforeAll(async () => {
  api = await openSeededApi();
});
afterAll(async () => {
  await api?.close();
});

describe('search', () => {
  it.each([
    ['goteborg', 'municipality:1480'],
    ['kungalv', 'municipality:1482'],
    ['yrkesresa', 'project:yrkesresan'],
    ['blomqvist', 'person:irene-blomqvist'],
    ['Blomkvist', 'person:irene-blomqvist'],
  ])('finds %s despite missing diacritics or a typo', async (text, id) => {
    const { data } = await api.query(`query($t: String!) { search(text: $t) { id } }`, { t: text });
    expect(data!.search.map((h: { id: string }) => h.id)).toContain(id);
  });

  it('treats Lucene syntax in the text as plain characters', async () => {
    const { data, errors } = await api.query(`{ search(text: "Mini-Maria (AND) ~ \\"*") { id } }`);
    expect(errors).toBeUndefined();
    expect(data!.search.map((h: { id: string }) => h.id)).toContain('project:mini-maria');
  });
});

describe('canvas queries', () => {
  it('returns a neighbourhood with typed nodes, collapsed edges and years, cut at the limit', async () => {
    const { data } = await api.query(`{ neighborhood(ids: ["person:jorgen-larzon"], depth: 1) { truncated nodes { id type years } edges { source target type years excerpt } } }`);
    const n = data!.neighborhood;
    expect(n.truncated).toBe(false);
    expect(n.nodes.filter((x: { type: string }) => x.type === 'Meeting')).toHaveLength(4);
    const attended = n.edges.filter((e: { type: string }) => e.type === 'ATTENDED');
    expect(attended).toHaveLength(4);
    expect(attended.every((e: { source: string }) => e.source === 'person:jorgen-larzon')).toBe(true);
    const cut = await api.query(`{ neighborhood(ids: ["person:jorgen-larzon"], depth: 2, limit: 5) { truncated nodes { id } } }`);
    expect(cut.data!.neighborhood).toMatchObject({ truncated: true });
    expect(cut.data!.neighborhood.nodes).toHaveLength(5);
  });

  it('counts each stored fact once when a fact is reached from both of its ends', async () => {
    const one = await api.query(`{ neighborhood(ids: ["person:jorgen-larzon"], depth: 1) { edges { id count years } } }`);
    const two = await api.query(`{ neighborhood(ids: ["person:jorgen-larzon"], depth: 2) { truncated edges { id count years } } }`);
    expect(two.data!.neighborhood.truncated).toBe(false);
    const byId = new Map(two.data!.neighborhood.edges.map((e: { id: string }) => [e.id, e]));
    for (const edge of one.data!.neighborhood.edges) expect(byId.get(edge.id)).toEqual(edge);
  });

  it('keeps only meetings within from/to', async () => {
    const { data } = await api.query(`{ neighborhood(ids: ["person:jorgen-larzon"], types: [Meeting], from: 2023, to: 2023) { nodes { id type years } } }`);
    const meetings = data!.neighborhood.nodes.filter((x: { type: string }) => x.type === 'Meeting');
    expect(meetings.map((m: { years: number[] }) => m.years)).toEqual([[2023], [2023]]);
  });

  it('finds shortest connections with the meetings along them', async () => {
    const { data } = await api.query(`{ connections(from: "person:juan-navas", to: "person:jorgen-larzon") { length meetings { id } } }`);
    expect(data!.connections[0].length).toBe(2);
    expect(data!.connections[0].meetings.map((m: { id: string }) => m.id)).toContain('meeting:002_986e0332d67d3ee6.txt');
  });

  it('gives each chain of entities once, with all its facts, a shared meeting before a shared municipality', async () => {
    // Two Göteborg people who met once: the municipality link is stated in several notes.
    const { data } = await api.query(`{ connections(from: "person:alexis-ljungkvist", to: "person:carina-haberg", first: 10) {
      nodes { id type } edges { type count years } } }`);
    const chains = data!.connections.map((c: { nodes: { id: string }[] }) => c.nodes.map((n) => n.id).join(' > '));
    expect(new Set(chains).size).toBe(chains.length);
    expect(data!.connections.map((c: { nodes: { type: string }[] }) => c.nodes[1]!.type)).toEqual(['Meeting', 'Municipality']);
    const viaGoteborg = data!.connections[1].edges;
    expect(viaGoteborg.reduce((sum: number, e: { count: number }) => sum + e.count, 0)).toBeGreaterThan(2);
  });
});

describe('the generated entity API', () => {
  it('filters, sorts, pages with cursors and aggregates', async () => {
    const page = await api.query(`{ meetingsConnection(first: 2, sort: [{ date: ASC }], where: { networks: { some: { name: { startsWith: "IFO" } } } }) {
      totalCount pageInfo { hasNextPage endCursor } edges { node { id date dateInferred } } } }`);
    const c = page.data!.meetingsConnection;
    expect(c.totalCount).toBe(4);
    expect(c.pageInfo.hasNextPage).toBe(true);
    expect(c.edges.map((e: { node: { date: string } }) => e.node.date)).toEqual(['2019-03', '2022-05-06']);
    const next = await api.query(`query($after: String) { meetingsConnection(first: 2, after: $after, sort: [{ date: ASC }], where: { networks: { some: { name: { startsWith: "IFO" } } } }) { edges { node { date } } } }`, { after: c.pageInfo.endCursor });
    expect(next.data!.meetingsConnection.edges.map((e: { node: { date: string } }) => e.node.date)).toEqual(['2023-01', '2023-03-24']);
  });

  it('shows a meeting with its inferred date, networks, attendees by group and agenda', async () => {
    const { data } = await api.query(`{ meeting(id: "meeting:002_986e0332d67d3ee6.txt") { date dateInferred networks { name } agenda { title } attendeesConnection { totalCount } } }`);
    expect(data!.meeting).toMatchObject({ date: '2019-03', dateInferred: true, networks: [{ name: 'IFO-chefsnätverket' }] });
    expect(data!.meeting.agenda.map((i: { title: string }) => i.title)).toContain('Yrkesresan');
  });
});
