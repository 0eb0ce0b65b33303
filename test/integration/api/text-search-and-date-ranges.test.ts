// Questions about what the notes say and when: search in agenda items and whole notes, and
// ranges of dates, over HTTP on the seed corpus.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answerOf, openSeededApi, SEED_MEETINGS, type SeededApi } from './support/seeded-api.js';

let api: SeededApi;
beforeAll(async () => {
  api = await openSeededApi();
});
afterAll(async () => {
  await api?.close();
});

const ask = (query: string, variables: Record<string, unknown> = {}) => answerOf(api, query, variables);

describe('search hits of one name', () => {
  it('tell the two Jessica Svanström apart by affiliation, and meetings and items by date and meeting', async () => {
    const people = await ask('{ search(text: "Jessica Svanström", types: [Person]) { name detail } }');
    expect(people.search.map((h: { detail: string }) => h.detail).sort()).toEqual(['Alingsås', 'Partille']);
    const items = await ask('{ search(text: "mocking bird", types: [AgendaItem]) { detail } }');
    expect(items.search.every((h: { detail: string | null }) => typeof h.detail === 'string' && /\d{4}/.test(h.detail))).toBe(true);
  });
});

describe('search in what the notes say', () => {
  it('finds agenda items by title and opening, OCR-tolerant, only when asked for', async () => {
    const items = await ask('{ search(text: "mocking bird", types: [AgendaItem]) { id type name } }');
    expect(items.search.length).toBeGreaterThan(0);
    expect(items.search.every((h: { type: string }) => h.type === 'AgendaItem')).toBe(true);
    expect(items.search.map((h: { name: string }) => h.name)).toContain('Mocking bird');
    const all = await ask('{ search(text: "mocking bird") { type } }');
    expect(all.search.some((h: { type: string }) => h.type === 'AgendaItem')).toBe(false);
  });

  it('finds documents by words of their text that no vocabulary knows ("Villa Belparc")', async () => {
    const docs = await ask('{ search(text: "Villa Belparc", types: [Document]) { id type name } }');
    expect(docs.search.map((h: { id: string }) => h.id)).toEqual(['doc:002_986e0332d67d3ee6.txt']);
  });
});

describe('date ranges', () => {
  it('keep meetings dated only to the month when asked by the first and last day a date stands for', async () => {
    // 003 is dated 2023-01 (inferred), 000 2023-03-24; "2023-01" sorts before "2023-01-01".
    const data = await ask('{ byDate: meetings(where: { date: { gte: "2023-01-01", lt: "2023-04-01" } }) { id } byBounds: meetings(where: { dateTo: { gte: "2023-01-01" }, dateFrom: { lt: "2023-04-01" } }, sort: [{ date: ASC }]) { id date dateFrom dateTo } }');
    expect(data.byDate.map((m: { id: string }) => m.id)).toEqual([SEED_MEETINGS.M000]);
    expect(data.byBounds).toEqual([
      { id: SEED_MEETINGS.M003, date: '2023-01', dateFrom: '2023-01-01', dateTo: '2023-01-31' },
      { id: SEED_MEETINGS.M000, date: '2023-03-24', dateFrom: '2023-03-24', dateTo: '2023-03-24' },
    ]);
  });

  it('meetings and agenda items filter by a range of ISO dates', async () => {
    const data = await ask('{ meetings(where: { date: { gte: "2022-01-01", lt: "2023-06-01" } }, sort: [{ date: ASC }]) { date } all: meetings { date } }');
    const inRange = data.all.map((m: { date: string | null }) => m.date).filter((d: string | null) => d !== null && d >= '2022-01-01' && d < '2023-06-01').sort();
    expect(inRange.length).toBeGreaterThan(0);
    expect(data.meetings.map((m: { date: string }) => m.date)).toEqual(inRange);
    const items = await ask('{ agendaItems(where: { date: { lt: "2020-01-01" } }) { date } }');
    expect(items.agendaItems.length).toBeGreaterThan(0);
    expect(items.agendaItems.every((i: { date: string }) => i.date < '2020-01-01')).toBe(true);
  });
});
