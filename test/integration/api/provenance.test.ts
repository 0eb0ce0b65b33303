// Provenance an analyst cites: each fact's line span must hold its excerpt, and the written
// form of a name must be the note's, on the seed corpus over HTTP.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answerOf, openSeededApi, type SeededApi } from './support/seeded-api.js';

let api: SeededApi;
let texts: Map<string, string[]>;
beforeAll(async () => {
  api = await openSeededApi();
  const docs = await ask('{ documents { id text } }');
  texts = new Map(docs.documents.map((d: { id: string; text: string }) => [d.id, d.text.split('\n')]));
});
afterAll(async () => {
  await api?.close();
});

const ask = (query: string, variables: Record<string, unknown> = {}) => answerOf(api, query, variables);

interface Span { docId: string; lineStart: number; lineEnd: number; excerpt: string; surface?: string | null }

/** The lines a fact cites, joined as one text, without the markup around words. */
const cited = (p: Span) => (texts.get(p.docId) ?? []).slice(p.lineStart - 1, p.lineEnd).join(' ').replace(/[*_#|]/g, '').replace(/\s+/g, ' ');
const words = (s: string) => s.replace(/[*_#|]/g, '').replace(/\s+/g, ' ').trim();

describe('provenance of facts on the seed corpus', () => {
  it('every participation fact cites the lines of the sentence that states it, not the project heading', async () => {
    const data = await ask('{ projects { name participantsConnection { edges { node { name } properties { docId lineStart lineEnd excerpt } } } } }');
    const facts: Span[] = data.projects.flatMap((p: { participantsConnection: { edges: { properties: Span }[] } }) => p.participantsConnection.edges.map((e) => e.properties));
    expect(facts.length).toBeGreaterThan(20);
    for (const f of facts) expect(cited(f), `${f.docId} ${f.lineStart}–${f.lineEnd}`).toContain(words(f.excerpt).slice(0, 40));
  });

  it('note-taker facts cite the note-taker line, with the name as it is written there', async () => {
    const data = await ask('{ meetings { noteTakersConnection { edges { node { name } properties { docId lineStart lineEnd excerpt surface } } } } }');
    const facts: (Span & { name: string })[] = data.meetings.flatMap((m: { noteTakersConnection: { edges: { node: { name: string }; properties: Span }[] } }) =>
      m.noteTakersConnection.edges.map((e) => ({ ...e.properties, name: e.node.name })));
    expect(facts.length).toBeGreaterThanOrEqual(4);
    for (const f of facts) {
      expect(f.lineStart, f.name).not.toBeNull();
      expect(cited(f), f.name).toMatch(/anteckn|vid pennan|sekreterare|protokoll/i);
      expect(cited(f), f.name).toContain(f.surface);
    }
  });

  it('presenters and mentioned people carry the written form of the sentence cited', async () => {
    const data = await ask('{ agendaItems { presentersConnection { edges { properties { docId lineStart lineEnd excerpt surface } } } mentionsConnection { edges { properties { docId lineStart lineEnd excerpt surface } } } } }');
    const facts: Span[] = data.agendaItems.flatMap((i: { presentersConnection: { edges: { properties: Span }[] }; mentionsConnection: { edges: { properties: Span }[] } }) =>
      [...i.presentersConnection.edges, ...i.mentionsConnection.edges].map((e) => e.properties));
    expect(facts.length).toBeGreaterThan(50);
    for (const f of facts) expect(cited(f), `${f.docId} ${f.lineStart}`).toContain(f.surface);
  });
});
