// The curation mutations with the token: a merge the importer left to a curator, its undo,
// an alias, and importing one more note.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSeededApi, TEST_TOKEN, type SeededApi } from './support/seeded-api.js';

let api: SeededApi;
beforeAll(async () => {
  api = await openSeededApi();
});
afterAll(async () => {
  await api?.close();
});

const meetingsOf = async (id: string) => (await api.query(`query($id: ID!) { person(id: $id) { meetingCount } }`, { id })).data!.person.meetingCount;

describe('curation', () => {
  it('merges the two Jessica Svanström (Alingsås 2022–23, Partille 2019) and splits them again', async () => {
    // The importer keeps them apart as possible duplicates since the affiliations differ.
    const { data } = await api.query(`{ person(id: "person:jessica-svanstrom") { possibleDuplicates { id } } }`);
    const other = data!.person.possibleDuplicates[0].id as string;
    const merged = await api.query(`mutation($keep: ID!, $absorb: [ID!]!) { mergePeople(keepId: $keep, absorbIds: $absorb) { person { id name } affectedIds } }`, { keep: 'person:jessica-svanstrom', absorb: [other] }, TEST_TOKEN);
    expect(merged.errors).toBeUndefined();
    expect(await meetingsOf('person:jessica-svanstrom')).toBe(3);
    const attendees = await api.query(`{ frequentAttendees(minMeetings: 3) { id } }`);
    expect(attendees.data!.frequentAttendees.map((p: { id: string }) => p.id)).toContain('person:jessica-svanstrom');

    // One name for both: split by name alone would leave nothing behind, and is refused.
    const byName = await api.query(`mutation { splitPerson(personId: "person:jessica-svanstrom", alias: "Jessica Svanström") { splitOff { id } } }`, {}, TEST_TOKEN);
    expect(byName.errors![0]!.extensions!.code).toBe('BAD_USER_INPUT');
    expect(byName.errors![0]!.message).toMatch(/would leave person:jessica-svanstrom empty/);
    expect(await meetingsOf('person:jessica-svanstrom')).toBe(3);
    // The name and the affiliation of the notes to move undo the merge.
    const split = await api.query(`mutation { splitPerson(personId: "person:jessica-svanstrom", alias: "Jessica Svanström, Partille") { person { id } splitOff { id name } } }`, {}, TEST_TOKEN);
    expect(split.errors).toBeUndefined();
    expect(split.data!.splitPerson.splitOff).toEqual({ id: 'person:jessica-svanstrom-partille', name: 'Jessica Svanström' });
    expect(await meetingsOf('person:jessica-svanstrom')).toBe(2);
    expect(await meetingsOf('person:jessica-svanstrom-partille')).toBe(1);
  });

  it('adds an alias that search then finds', async () => {
    const r = await api.query(`mutation { addAlias(personId: "person:jorgen-larzon", alias: "Jögge Larzon") { person { aliases } } }`, {}, TEST_TOKEN);
    expect(r.data!.addAlias.person.aliases).toContain('Jögge Larzon');
    const hits = await api.query(`{ search(text: "jogge") { id } }`);
    expect(hits.data!.search.map((h: { id: string }) => h.id)).toContain('person:jorgen-larzon');
  });

  it('imports a note and reports it', async () => {
    const text = `Anteckningar möte 2024-02-02\n\nNärvarande:\n\nJörgen Larzon, Göteborg\nMaria Enbuske, Lerum\n\n1. Yrkesresan\n\nKort lägesrapport om Yrkesresan.\n`;
    const r = await api.query(`mutation($f: String!, $t: String!) { importDocument(filename: $f, text: $t) { imported documents { filename status meetingDate } } }`, { f: 'extra-2024.md', t: text }, TEST_TOKEN);
    expect(r.errors).toBeUndefined();
    expect(r.data!.importDocument).toMatchObject({ imported: 1, documents: [{ filename: 'extra-2024.md', status: 'imported', meetingDate: '2024-02-02' }] });
    expect(await meetingsOf('person:jorgen-larzon')).toBe(5);
  });
});
