// More analyst questions, asked over HTTP of the seed corpus: the ones the API answered
// wrongly or only with client-side work before Person.networksByYear, Person.presentations,
// AgendaItem.text, date and year, Project/Theme.meetingCount and years, Meeting.projects,
// themes, municipalities and organizations, Municipality/Organization.meetings and
// meetingCount, HistoryEntry.tracks and possibleDuplicates. Expected answers come from reading seed/corpus:
// - 002 (IFO, spring 2019), 004 (Dec 2020), 001 (2022-05-06, IFO + FH), 003 (IFO, early
//   2023), 000 (2023-03-24, IFO + FH).
// - 004 item 3 ends "Beslut: Nätverket ställer sig bakom GR:s förslag till yttrande."
// - Jessica Svanström is listed for Partille in 002 and for Alingsås in 001 and 003.
// - At 003 every GR municipality but Partille is in the attendance list; at 000 Alingsås and
//   Partille are missing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answerOf, openSeededApi, SEED_MEETINGS, type SeededApi } from './support/seeded-api.js';

let api: SeededApi;
beforeAll(async () => {
  api = await openSeededApi();
});
afterAll(async () => {
  await api?.close();
});

const { M000, M001, M002, M003, M004 } = SEED_MEETINGS;

const ask = (query: string, variables: Record<string, unknown> = {}) => answerOf(api, query, variables);

async function searchId(text: string, type: string): Promise<string> {
  const data = await ask(`query($t: String!, $ty: [EntityType!]) { search(text: $t, types: $ty, first: 1) { id } }`, { t: text, ty: [type] });
  return data.search[0].id;
}

describe('follow-up analyst questions on the seed corpus', () => {
  it('lists the networks a person met in, per year, without grouping client-side', async () => {
    const id = await searchId('Jörgen Larzon', 'Person');
    const data = await ask(`query($id: ID!) { person(id: $id) { networksByYear { networkName year meetings meetingIds } } }`, { id });
    expect(data.person.networksByYear).toEqual([
      { networkName: 'IFO-chefsnätverket', year: 2019, meetings: 1, meetingIds: [M002] },
      { networkName: 'FH-chefsnätverket', year: 2022, meetings: 1, meetingIds: [M001] },
      { networkName: 'IFO-chefsnätverket', year: 2022, meetings: 1, meetingIds: [M001] },
      { networkName: 'FH-chefsnätverket', year: 2023, meetings: 1, meetingIds: [M000] },
      // Oldest first within a cell: 003 (January) before 000 (March).
      { networkName: 'IFO-chefsnätverket', year: 2023, meetings: 2, meetingIds: [M003, M000] },
    ]);
  });

  it('keeps the parts of an item under it: the "Korta punkter" bullets of 003 are parts of item 5', async () => {
    const data = await ask(`query($id: ID!) { meeting(id: $id) { agenda { number title parent { number } parts { number } } } }`, { id: M003 });
    const agenda = data.meeting.agenda as { number: string | null; parent: { number: string } | null; parts: { number: string }[] }[];
    const five = agenda.find((i) => i.number === '5')!;
    expect(five.parent).toBeNull();
    expect(five.parts.map((p) => p.number)).toEqual(['5.1', '5.2', '5.3', '5.4', '5.5', '5.6', '5.7', '5.8', '5.9']);
    expect(agenda.filter((i) => i.parent?.number === '5').map((i) => i.number)).toEqual(five.parts.map((p) => p.number));
    expect(agenda.find((i) => i.number === '4')!.parts).toEqual([]);
  });

  it('lists a network\'s attendees with the years they came', async () => {
    const data = await ask(`{ network(id: "network:fh-chefsnatverket") { attendees { name meetings years } } }`);
    const larzon = data.network.attendees.find((a: { name: string }) => a.name === 'Jörgen Larzon');
    expect(larzon).toEqual({ name: 'Jörgen Larzon', meetings: 2, years: [2022, 2023] });
    for (const a of data.network.attendees as { meetings: number; years: number[] }[]) expect(a.years.length).toBeLessThanOrEqual(a.meetings);
  });

  it('ranks people by the meetings they presented at, not by items', async () => {
    const data = await ask(`{ people(sort: [{ presentedMeetingCount: DESC }, { name: ASC }], limit: 3) { name presentedMeetingCount presentations { meetingId } } }`);
    const [top] = data.people as { name: string; presentedMeetingCount: number; presentations: { meetingId: string }[] }[];
    expect(top!.presentedMeetingCount).toBe(new Set(top!.presentations.map((p) => p.meetingId)).size);
    for (const p of data.people) expect(p.presentedMeetingCount).toBeLessThanOrEqual(top!.presentedMeetingCount);
    expect(top!.presentations.length).toBeGreaterThan(top!.presentedMeetingCount);
  });

  it('finds a person by the id the canonical name makes, as well as by the id first given', async () => {
    // First seen OCR'd as "Peter Aimgren" (000), named Peter Almgren since 001 and 003.
    const data = await ask(`{ byName: person(id: "person:peter-almgren") { id name } byId: person(id: "person:peter-aimgren") { id name } }`);
    expect(data.byName).toEqual({ id: 'person:peter-aimgren', name: 'Peter Almgren' });
    expect(data.byId).toEqual(data.byName);
  });

  it('reads what a meeting decided from the agenda item text, which the excerpt stops short of', async () => {
    const theme = await searchId('hallbar socialtjanst', 'Theme');
    const data = await ask(
      `query($theme: ID!) { meetings(where: { year: { eq: 2020 } }) { id agendaItems(where: { about: { some: { Theme: { id: { eq: $theme } } } } }) { title excerpt text lineStart lineEnd } } }`,
      { theme },
    );
    expect(data.meetings.map((m: { id: string }) => m.id)).toEqual([M004]);
    const [item] = data.meetings[0].agendaItems;
    expect(item.title).toMatch(/GR:s yttrande gällande Hållbar socialtjänst/);
    expect(item.excerpt).not.toMatch(/ställer sig bakom/);
    expect(item.text).toMatch(/Beslut[\s\S]*Nätverket ställer sig bakom GR:s förslag till yttrande\. Förslaget går vidare till politiken\./);
    // The text is the item's own lines: it starts at its heading and stops before the next item.
    expect(item.text).toMatch(/^### \*\*3\. GR:s yttrande/);
    expect(item.text).not.toMatch(/Mini-Maria/);
    expect(item.text.split('\n')).toHaveLength(item.lineEnd - item.lineStart + 1);
  });

  it('lists each possible-duplicate pair once, with both sides affiliations and meetings', async () => {
    const data = await ask(`{ possibleDuplicates { score reasons a { person { id name } affiliations meetings { id } } b { person { id name } affiliations meetings { id } } } }`);
    expect(data.possibleDuplicates).toHaveLength(1);
    const [pair] = data.possibleDuplicates;
    const sides = [pair.a, pair.b].sort((x, y) => x.affiliations[0].localeCompare(y.affiliations[0]));
    expect(sides.map((s) => s.person.name)).toEqual(['Jessica Svanström', 'Jessica Svanström']);
    expect(sides.map((s) => s.affiliations)).toEqual([['Alingsås'], ['Partille']]);
    expect(sides.map((s) => s.meetings.map((m: { id: string }) => m.id))).toEqual([[M001, M003], [M002]]);
    expect(pair.score).toBeGreaterThan(0.5);
    expect(pair.reasons.join(' ')).toMatch(/Partille/);

    const strict = await ask(`{ possibleDuplicates(minScore: 0.99) { score } }`);
    expect(strict.possibleDuplicates).toEqual([]);
    const bad = await api.query(`{ possibleDuplicates(minScore: 2) { score } }`);
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('ranks and filters themes by the number of meetings that discussed them, and by year', async () => {
    const data = await ask(`{
      recurring: themes(where: { meetingCount: { gte: 3 } }, sort: [{ meetingCount: DESC }, { name: ASC }]) { name meetingCount years }
      only2019: themes(where: { years: { includes: 2019 }, NOT: { years: { includes: 2020 } } }, sort: [{ name: ASC }]) { name }
      projects(sort: [{ meetingCount: DESC }, { name: ASC }], limit: 1) { name meetingCount years }
    }`);
    expect(data.recurring.map((t: { name: string }) => t.name)).toEqual(['Barn och unga', 'Funktionsstöd', 'Hållbar socialtjänst', 'Kunskapsbaserad socialtjänst']);
    expect(data.recurring.find((t: { name: string }) => t.name === 'Hållbar socialtjänst')).toEqual({ name: 'Hållbar socialtjänst', meetingCount: 3, years: [2020, 2022, 2023] });
    // Kvinnofrid and våld i nära relationer came up in 002's item on kvinnofrid only.
    expect(data.only2019.map((t: { name: string }) => t.name)).toEqual(expect.arrayContaining(['Kvinnofrid', 'Våld i nära relationer']));
    expect(data.only2019.map((t: { name: string }) => t.name)).not.toContain('Psykisk hälsa');
    // Yrkesresan: 002, 003 and 000.
    expect(data.projects).toEqual([{ name: 'Yrkesresan', meetingCount: 3, years: [2019, 2023] }]);
  });

  it('tells which municipalities were and were not represented at a meeting', async () => {
    const data = await ask(
      `query($m3: ID!, $m0: ID!) {
        absent: municipalities(where: { gr: { eq: true }, NOT: { meetings: { some: { id: { eq: $m3 } } } } }) { name }
        meetings(where: { id: { eq: $m0 } }) { municipalities { name } organizations { name } }
        municipality(id: "municipality:1482") { meetings { id } }
      }`,
      { m3: M003, m0: M000 },
    );
    expect(data.absent.map((m: { name: string }) => m.name)).toEqual(['Partille']);
    const present = data.meetings[0].municipalities.map((m: { name: string }) => m.name);
    expect(present).toHaveLength(11);
    expect(present).not.toContain('Alingsås');
    expect(present).not.toContain('Partille');
    // Per Åkerman came from Tjörn, for the network of verksamhetsutvecklare.
    expect(present).toContain('Tjörn');
    expect(data.meetings[0].organizations.map((o: { name: string }) => o.name)).toEqual(['FoU Malmö', 'FoU i Väst', 'GR']);
    // Kungälv: Peter Almgren, Anna Larsson, Carina Winkler, Monica Fundin, Lena Arnfelt, Maria Havseng.
    expect(data.municipality.meetings.map((m: { id: string }) => m.id)).toEqual([M002, M004, M001, M003, M000]);
  });

  it('filters meetings by a project discussed in their agenda items, not only at meeting level', async () => {
    const id = await searchId('yrkesresan', 'Project');
    const data = await ask(
      `query($id: ID!) {
        meetings(where: { projects: { some: { id: { eq: $id } } } }, sort: [{ date: ASC }]) { id projects { id } themes { name } }
        meetingLevelOnly: meetings(where: { about: { some: { Project: { id: { eq: $id } } } } }) { id }
      }`,
      { id },
    );
    // Yrkesresan is an agenda item (or part of one) in 002, 003 and 000, never the day's theme.
    expect(data.meetings.map((m: { id: string }) => m.id)).toEqual([M002, M003, M000]);
    expect(data.meetingLevelOnly).toEqual([]);
    expect(data.meetings[2].projects.map((p: { id: string }) => p.id)).toContain(id);
    // 000's day was on Hållbar socialtjänst and beprövad erfarenhet.
    expect(data.meetings[2].themes.map((t: { name: string }) => t.name)).toEqual(expect.arrayContaining(['Hållbar socialtjänst', 'Beprövad erfarenhet']));
  });

  it('ranks municipalities by the meetings they were represented at', async () => {
    const data = await ask(`{ municipalities(where: { gr: { eq: true } }, sort: [{ meetingCount: DESC }, { name: ASC }]) { name meetingCount } }`);
    const counts = Object.fromEntries(data.municipalities.map((m: { name: string; meetingCount: number }) => [m.name, m.meetingCount]));
    // Göteborg is in every attendance list; Mölndal and Ale miss 002; Partille misses 003 and 000.
    expect(counts).toMatchObject({ Göteborg: 5, Kungälv: 5, Ale: 4, Mölndal: 4, Öckerö: 4, Partille: 3 });
    expect(data.municipalities.at(-1).name).toBe('Partille');
  });

  it('sorts agenda items of several meetings in time order', async () => {
    const data = await ask(`{ agendaItems(where: { mentions: { some: { Organization: { id: { eq: "organization:vgr" } } } } }, sort: [{ date: ASC }, { order: ASC }]) { date year title } }`);
    const dates = data.agendaItems.map((i: { date: string }) => i.date);
    expect(dates).toEqual([...dates].sort());
    // VGR comes up in 002 (kvinnofrid, VästKom-frågor), 004 (Mini-Maria) and 003.
    expect(new Set(data.agendaItems.map((i: { year: number }) => i.year))).toEqual(new Set([2019, 2020, 2023]));
    expect(data.agendaItems.find((i: { title: string }) => /Mini-Maria/.test(i.title))).toMatchObject({ date: '2020-12', year: 2020 });
  });

  it('filters facts by their year: who represented Partille in 2019', async () => {
    const data = await ask(`{
      y2019: people(where: { representsConnection: { some: { Municipality: { edge: { year: { eq: 2019 } }, node: { id: { eq: "municipality:1402" } } } } } }) { id }
      y2022: people(where: { representsConnection: { some: { Municipality: { edge: { year: { eq: 2022 } }, node: { id: { eq: "municipality:1402" } } } } } }, sort: [{ name: ASC }]) { name }
      project(id: "project:mini-maria") { relatedThemesConnection { edges { properties { year docId excerpt } node { name } } } }
    }`);
    // 002 lists Jessica Svanström for Partille; 001 lists Eva Pålman and Petra Runevik.
    expect(data.y2019.map((p: { id: string }) => p.id)).toEqual(['person:jessica-svanstrom-partille']);
    expect(data.y2022.map((p: { name: string }) => p.name)).toEqual(['Eva Pålman', 'Petra Runevik']);
    // Mini-Maria was discussed in 004 only, so every theme it relates to comes from that note.
    const edges = data.project.relatedThemesConnection.edges;
    expect(edges.length).toBeGreaterThan(0);
    expect(edges.every((e: { properties: { year: number; docId: string } }) => e.properties.year === 2020 && e.properties.docId === 'doc:004_d846e48eb771d8d4.txt')).toBe(true);
  });

  it('answers a misspelt field with the fix and without a server stack trace', async () => {
    const response = await api.query(`{ people(where: { representsConnection: { some: { edge: { year: { eq: 2019 } } } } }) { id } }`);
    expect(response.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(response.errors?.[0]?.message).toMatch(/"edge" is not defined by type "PersonRepresentsConnectionWhere"/);
    expect(response.errors?.[0]?.extensions).not.toHaveProperty('stacktrace');
  });

  it('counts a person for the municipality named in that note only', async () => {
    // Jessica Svanström (Alingsås in 001 and 003) is not Partille's at those meetings.
    const data = await ask(`{ municipality(id: "municipality:1402") { meetings { id } networksByYear { networkName year meetingIds } } }`);
    expect(data.municipality.meetings.map((m: { id: string }) => m.id)).toEqual([M002, M004, M001]);
    // The networks Partille was active in, and when (004's network is left out: its note names none).
    const cells = data.municipality.networksByYear.filter((c: { year: number }) => c.year !== 2020);
    expect(cells).toEqual([
      { networkName: 'IFO-chefsnätverket', year: 2019, meetingIds: [M002] },
      { networkName: 'FH-chefsnätverket', year: 2022, meetingIds: [M001] },
      { networkName: 'IFO-chefsnätverket', year: 2022, meetingIds: [M001] },
    ]);
    expect(data.municipality.networksByYear.filter((c: { year: number }) => c.year === 2020).flatMap((c: { meetingIds: string[] }) => c.meetingIds)).toEqual([M004]);
  });

  it("lists a person's presentations oldest first with the meetings' networks", async () => {
    const id = await searchId('Anna Melke', 'Person');
    const data = await ask(`query($id: ID!) { person(id: $id) { presentations { meetingId date networks itemTitle } } }`, { id });
    const rows = data.person.presentations;
    expect(rows.map((r: { itemTitle: string }) => r.itemTitle)).toEqual([
      'Mocking bird',
      'Stöd till föräldrar med barn som blir placerade',
      'Socialtjänsten som en kunskapsbaserad verksamhet – kunskap evidens och andra viktiga begrepp',
      'Kunskap genom brukare',
      'Dialog/workshop. Att arbeta i enlighet med beprdvad erfarenhet',
      'Beforskade metoder',
    ]);
    expect(rows[0]).toMatchObject({ meetingId: M002, networks: ['IFO-chefsnätverket'] });
    expect(rows[5]).toMatchObject({ meetingId: M000, date: '2023-03-24', networks: ['FH-chefsnätverket', 'IFO-chefsnätverket'] });
  });

  it('shows the Yrkesresan tracks each meeting named in its history', async () => {
    const id = await searchId('yrkesresan', 'Project');
    const data = await ask(`query($id: ID!) { project(id: $id) { history { meetingId tracks } } }`, { id });
    const tracksAt = (meetingId: string) => new Set(data.project.history.filter((h: { meetingId: string }) => h.meetingId === meetingId).flatMap((h: { tracks: string[] }) => h.tracks));
    // 003: "Yrkesresan barn och unga, samt missbruk och beroende"; 000: "Yrkesresan funktionsstöd".
    expect([...tracksAt(M003)]).toEqual(expect.arrayContaining(['Barn och unga', 'Missbruk och beroende']));
    expect([...tracksAt(M000)]).toEqual(['Funktionshinder']);
    expect([...tracksAt(M002)]).toEqual([]);
  });

  it('names the organisations whose people presented at FH-network meetings', async () => {
    const fh = await searchId('FH-chefsnätverket', 'Network');
    const data = await ask(
      `query($fh: ID!) { organizations(where: { representatives: { some: { presented: { some: { meeting: { some: { networks: { some: { id: { eq: $fh } } } } } } } } } }, sort: [{ name: ASC }]) { name } }`,
      { fh },
    );
    // 000: Petra Bjorne (FoU Malmö), Anna Melke and Cornelia Björk (FoU i Väst); 001: Cecilia
    // Axelsson (GR), Gunilla Avby (Stockholms universitet).
    expect(data.organizations.map((o: { name: string }) => o.name)).toEqual(['FoU Malmö', 'FoU i Väst', 'GR', 'Stockholms universitet']);
  });
});

describe('participation groups', () => {
  it('tells which samverkansområde each municipality takes part in Mini-Maria with', async () => {
    const id = await searchId('Mini-Maria', 'Project');
    const data = await ask(`query($id: ID!) { projects(where: { id: { eq: $id } }) { participantsConnection { edges { node { name } properties { group } } } } }`, { id });
    const groups = new Map<number, string[]>();
    for (const edge of data.projects[0].participantsConnection.edges) {
      if (edge.properties.group === null) continue;
      groups.set(edge.properties.group, [...(groups.get(edge.properties.group) ?? []), edge.node.name].sort());
    }
    // 004: "samverkansområden identifierats (1: Ale och Lilla Edet, 2: Kungälv och Stenungsund, 3: Lerum, Partille och Alingsås, 4: Mölndal och Härryda, 5: Tjörn och Öckerö)".
    expect(Object.fromEntries(groups)).toEqual({
      1: ['Ale', 'Lilla Edet'], 2: ['Kungälv', 'Stenungsund'], 3: ['Alingsås', 'Lerum', 'Partille'], 4: ['Härryda', 'Mölndal'], 5: ['Tjörn', 'Öckerö'],
    });
  });
});

describe('names the vocabulary lacks', () => {
  it('lists them for review with the notes and sentences that name them', async () => {
    const data = await ask(`{ candidates(where: { kind: { eq: "project" } }, sort: [{ name: ASC }]) { name seenIn { filename } seenInConnection { edges { properties { excerpt lineStart } } } } }`);
    const byName = new Map<string, { seenIn: { filename: string }[]; seenInConnection: { edges: { properties: { excerpt: string; lineStart: number } }[] } }>(data.candidates.map((c: { name: string }) => [c.name, c]));
    // 002 names SAMLA, SIMBA and SPINK, none of them in seed/vocab/projects.json.
    for (const name of ['SAMLA', 'SIMBA', 'SPINK']) {
      const c = byName.get(name)!;
      expect(c.seenIn.map((d) => d.filename)).toEqual(['002_986e0332d67d3ee6.txt']);
      expect(c.seenInConnection.edges[0]!.properties.excerpt).toContain(name);
      expect(c.seenInConnection.edges[0]!.properties.lineStart).toBeGreaterThan(0);
    }
  });
});
