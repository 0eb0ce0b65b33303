// The analysts' questions, asked over HTTP of the seed corpus. Expected answers come from
// reading seed/corpus, not from what the code returned:
// - Yrkesresan: 002 (spring 2019, item 3), 003 (early 2023, "Yrkesresan barn och unga"),
//   000 (2023-03-24, "Yrkesresan funktionsstöd").
// - FoU project on parents of placed children (002 item 5): Stenungsund, Alingsås, Göteborg, Mölndal.
// - Hållbar socialtjänst: 004 (Dec 2020, GR:s yttrande SoU 2020:47), 001 (2022-05-06,
//   "utredningen om hållbar socialtjänst"), 000 (2023-03-24, "Utredningen Hallbar socialtjénst").
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSeededApi, SEED_MEETINGS, type SeededApi } from './support/seeded-api.js';

let api: SeededApi;
beforeAll(async () => {
  api = await openSeededApi();
});
afterAll(async () => {
  await api?.close();
});

const { M000, M001, M002, M003, M004 } = SEED_MEETINGS;

async function searchId(text: string, type: string): Promise<string> {
  const { data } = await api.query(`query($t: String!, $ty: [EntityType!]) { search(text: $t, types: $ty, first: 3) { id name } }`, { t: text, ty: [type] });
  return data!.search[0].id;
}

describe('analyst questions on the seed corpus', () => {
  it('lists the meetings that discussed Yrkesresan in date order', async () => {
    const id = await searchId('yrkesresa', 'Project');
    const { data, errors } = await api.query(`query($id: ID!) { project(id: $id) { name meetings { id date } } }`, { id });
    expect(errors).toBeUndefined();
    expect(data!.project.name).toBe('Yrkesresan');
    expect(data!.project.meetings.map((m: { id: string }) => m.id)).toEqual([M002, M003, M000]);
  });

  it('names the municipalities in the FoU project on support to parents of placed children', async () => {
    const id = await searchId('föräldrar placerade barn', 'Project');
    const { data } = await api.query(`query($id: ID!) { participation(projectIds: [$id]) { municipality { name } evidenceCount evidence { excerpt } } }`, { id });
    const names = data!.participation.map((c: { municipality: { name: string } }) => c.municipality.name).sort();
    expect(names).toEqual(['Alingsås', 'Göteborg', 'Mölndal', 'Stenungsund']);
    expect(data!.participation[0].evidence[0].excerpt).toMatch(/Stenungsund, Alingsås, Göteborg och Mölndal deltar/);
  });

  it('finds the people who attended three or more meetings, through the generated filter and the domain query', async () => {
    const expected = [
      'Alexis Ljungkvist', 'Angelica Francisca', 'Ann Törnqvist', 'Cecilia Axelsson', 'Helene Holmström', 'Iréne Blomqvist',
      'Jörgen Larzon', 'Maria Enbuske', 'Nicholas Singleton', 'Peter Almgren', 'Susanne Grabe',
    ];
    const generated = await api.query(`{ people(where: { meetingCount: { gte: 3 } }, sort: [{ name: ASC }]) { name meetingCount } }`);
    expect(generated.data!.people.map((p: { name: string }) => p.name)).toEqual(expected);
    const domain = await api.query(`{ frequentAttendees(minMeetings: 3) { name meetings } }`);
    expect(domain.data!.frequentAttendees.map((p: { name: string }) => p.name).sort()).toEqual([...expected].sort());
    const counts = Object.fromEntries(domain.data!.frequentAttendees.map((p: { name: string; meetings: number }) => [p.name, p.meetings]));
    expect(counts['Jörgen Larzon']).toBe(4);
    expect(counts['Maria Enbuske']).toBe(4);
  });

  it('traces Hållbar socialtjänst (SoU 2020:47) through its meetings, oldest first, with excerpts', async () => {
    const id = await searchId('hallbar socialtjanst', 'Theme');
    const { data } = await api.query(`query($id: ID!) { theme(id: $id) { history { meetingId date networks excerpt } } recurrence(id: $id) { years meetingCount } }`, { id });
    const meetings = [...new Set(data!.theme.history.map((h: { meetingId: string }) => h.meetingId))];
    expect(meetings).toEqual([M004, M001, M000]);
    expect(data!.theme.history[0].excerpt).toMatch(/SoU 2020:47/);
    expect(data!.recurrence).toEqual({ years: [2020, 2022, 2023], meetingCount: 3 });
  });

  it('pages a history with first and offset, in the same order', async () => {
    const id = await searchId('hallbar socialtjanst', 'Theme');
    const all = await api.query(`query($id: ID!) { theme(id: $id) { history { meetingId itemId excerpt } } }`, { id });
    const page = await api.query(`query($id: ID!) { theme(id: $id) { history(first: 2, offset: 1) { meetingId itemId excerpt } historyCount } }`, { id });
    expect(page.errors).toBeUndefined();
    expect(page.data!.theme.history).toEqual(all.data!.theme.history.slice(1, 3));
    // The count tells a client paging through how many entries there are in all.
    expect(page.data!.theme.historyCount).toBe(all.data!.theme.history.length);
  });

  it('names people who link the IFO and FH networks by attending meetings of both', async () => {
    const ifo = await searchId('IFO-chefsnätverket', 'Network');
    const fh = await searchId('FH-chefsnätverket', 'Network');
    const { data } = await api.query(`query($a: ID!, $b: ID!) { networkBridges(networkA: $a, networkB: $b) { person { name } meetingsA { id } meetingsB { id } jointOnly } }`, { a: ifo, b: fh });
    const names = data!.networkBridges.map((b: { person: { name: string } }) => b.person.name);
    // Every FH meeting of the corpus (000, 001) is a joint IFO + FH meeting: no one attends FH's own.
    expect(data!.networkBridges.every((b: { jointOnly: boolean }) => b.jointOnly)).toBe(true);
    // 004 is the social services directors' own meeting: who also attends IFO's own meetings links the two.
    const social = await searchId('Socialchefsnätverket', 'Network');
    const other = await api.query(`query($a: ID!, $b: ID!) { networkBridges(networkA: $a, networkB: $b) { person { name } jointOnly } }`, { a: ifo, b: social });
    expect(other.data!.networkBridges).toContainEqual({ person: { name: 'Cecilia Axelsson' }, jointOnly: false });
    // 000 and 001 are joint IFO + FH meetings, so everyone present at them links the two.
    expect(names).toEqual(expect.arrayContaining(['Jörgen Larzon', 'Taija Holmberg', 'Maria Havseng', 'Angelica Francisca', 'Göran Hjertstrand']));
    // Present only at IFO-only (002, 003) or other networks' (004) meetings.
    expect(names).not.toContain('Juan Navas');
    expect(names).not.toContain('Irene Jansson');
    expect(names).not.toContain('Ebba Gierow');
  });
});
