// The response cache: a repeated question is answered from memory, a change made through
// this process shows at once, a change made by another process at the next look for changes
// (or, with that off, once the TTL has passed), large answers go gzipped, and the health check
// always asks the database.
import { createServer, request, type Server } from 'node:http';
import { gunzipSync } from 'node:zlib';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { Database } from '../../../server/db/database.js';
import { createHttpApp } from '../../../server/http/create-http-app.js';
import { COMPRESS_MIN_BYTES, type ResponseCacheOptions } from '../../../server/http/response-cache.js';
import { addAlias } from '../../../server/ingest/curation.js';
import { importDocuments } from '../../../server/ingest/import-documents.js';
import { createLogger } from '../../../server/logger.js';
import { openSeededApi, type SeededApi } from './support/seeded-api.js';

let api: SeededApi;
beforeAll(async () => {
  api = await openSeededApi();
});
afterAll(async () => {
  await api?.close();
});

const MEETINGS = `query($id: ID!) { person(id: $id) { meetingCount } }`;
const ALIASES = `query($id: ID!) { person(id: $id) { aliases } }`;
const LARZON = { id: 'person:jorgen-larzon' };
const note = (date: string) => `Anteckningar möte ${date}\n\nNärvarande:\n\nJörgen Larzon, Göteborg\nMaria Enbuske, Lerum\n\n1. Yrkesresan\n\nKort lägesrapport om Yrkesresan.\n`;

describe('the response cache', () => {
  it('answers a repeated question from memory with the same data', async () => {
    const first = await api.query(MEETINGS, LARZON);
    const second = await api.query(MEETINGS, LARZON);
    expect(first.age).toBeNull();
    expect(second.age).not.toBeNull();
    expect(second.data).toEqual(first.data);
    // Other variables are another question.
    expect((await api.query(MEETINGS, { id: 'person:maria-enbuske' })).age).toBeNull();
  });

  it('answers identical questions asked at the same time once', async () => {
    const ask = () => api.query(MEETINGS, { id: 'person:peter-aimgren' });
    const answers = await Promise.all([ask(), ask(), ask(), ask(), ask()]);
    expect(answers.filter((a) => a.age === null)).toHaveLength(1);
    for (const answer of answers) expect(answer.data).toEqual(answers[0]!.data);
  });

  it('shows a change committed through this process at once', async () => {
    const before = (await api.query(MEETINGS, LARZON)).data!.person.meetingCount as number;
    await importDocuments(api.db, [{ filename: 'cache-2024-03.md', content: note('2024-03-05') }]);
    const after = await api.query(MEETINGS, LARZON);
    expect(after.age).toBeNull();
    expect(after.data!.person.meetingCount).toBe(before + 1);
  });

  it('sends large answers gzipped to clients that accept it, as they are to others, and small ones as they are', async () => {
    // node:http, unlike fetch, shows the bytes on the wire.
    const post = (query: string, acceptEncoding: string | null) =>
      new Promise<{ encoding: string | undefined; age: string | undefined; body: Buffer }>((resolve, reject) => {
        const headers: Record<string, string> = { 'content-type': 'application/json', ...(acceptEncoding ? { 'accept-encoding': acceptEncoding } : {}) };
        const req = request(`${api.url}/graphql`, { method: 'POST', headers }, (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (chunk: Buffer) => chunks.push(chunk));
          res.on('end', () => resolve({ encoding: res.headers['content-encoding'], age: res.headers.age, body: Buffer.concat(chunks) }));
        });
        req.on('error', reject);
        req.end(JSON.stringify({ query }));
      });
    const canvas = `{ neighborhood(ids: ["project:yrkesresan"], depth: 2) { nodes { id label properties } edges { id excerpt } } }`;
    const first = await post(canvas, 'gzip, deflate, br');
    const again = await post(canvas, 'gzip');
    const plain = await post(canvas, null);
    expect(first.encoding).toBe('gzip');
    expect(again).toMatchObject({ encoding: 'gzip', age: expect.any(String) });
    expect(plain).toMatchObject({ encoding: undefined, age: expect.any(String) });
    expect(plain.body.length).toBeGreaterThanOrEqual(COMPRESS_MIN_BYTES);
    const data = JSON.parse(plain.body.toString('utf8')).data;
    expect(data.neighborhood.nodes.map((n: { id: string }) => n.id)).toContain('project:yrkesresan');
    expect(JSON.parse(gunzipSync(first.body).toString('utf8')).data).toEqual(data);
    expect(JSON.parse(gunzipSync(again.body).toString('utf8')).data).toEqual(data);
    expect(again.body.length).toBeLessThan(plain.body.length / 3);
    // A few hundred bytes are not worth compressing.
    const small = await post(`{ person(id: "person:irene-blomqvist") { name } }`, 'gzip');
    expect(small.encoding).toBeUndefined();
    expect(JSON.parse(small.body.toString('utf8')).data.person.name).toBe('Iréne Blomqvist');
  });

  it('never answers the health check from memory', async () => {
    const health = `{ health { status nodes } }`;
    await api.query(health);
    const again = await api.query(health);
    expect(again.age).toBeNull();
    expect(again.data!.health.status).toBe('ok');
  });

  // A second app on the same graph with cache options of its own; `other` writes as `npm run
  // ingest` or another API instance would, through a Database this app does not hear from.
  async function withSecondApp(responseCache: ResponseCacheOptions, test: (ask: () => Promise<string[]>, other: Database) => Promise<void>): Promise<void> {
    const other = await Database.connect({ ...inject('neo4j'), queryTimeoutMs: 60_000, logger: createLogger('warn') });
    const { handler, apollo } = await createHttpApp({ db: api.db, logger: createLogger('warn'), clientDir: '/nonexistent', responseCache });
    const server: Server = await new Promise((resolve) => {
      const s = createServer(handler).listen(0, '127.0.0.1', () => resolve(s));
    });
    const ask = async (): Promise<string[]> => {
      const response = await fetch(`http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: ALIASES, variables: LARZON }) });
      return ((await response.json()) as { data: { person: { aliases: string[] } } }).data.person.aliases;
    };
    try {
      await test(ask, other);
    } finally {
      await apollo.stop();
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      await other.close();
    }
  }

  it('shows a change made by another process at the next look for changes', async () => {
    await withSecondApp({ maxMb: 8, ttlSeconds: 3_600, checkSeconds: 0.2 }, async (ask, other) => {
      expect(await ask()).not.toContain('L. Larzon');
      await addAlias(other, LARZON.id, 'L. Larzon');
      const changed = performance.now();
      let aliases = await ask();
      while (!aliases.includes('L. Larzon') && performance.now() - changed < 10_000) {
        await new Promise((resolve) => setTimeout(resolve, 50));
        aliases = await ask();
      }
      expect(aliases).toContain('L. Larzon');
      // Within a few intervals, nowhere near the hour-long TTL (slack for a busy machine).
      expect(performance.now() - changed).toBeLessThan(5_000);
    });
  });

  it('without the look for changes, shows a change made by another process once the TTL has passed', async () => {
    const ttlSeconds = 30;
    const clock = { ms: 1_000, now: () => clock.ms };
    await withSecondApp({ maxMb: 8, ttlSeconds, checkSeconds: 0, clock }, async (ask, other) => {
      expect(await ask()).not.toContain('J. Larzon');
      await addAlias(other, LARZON.id, 'J. Larzon');
      expect(await ask()).not.toContain('J. Larzon');
      clock.ms += ttlSeconds * 1000 - 1;
      expect(await ask()).not.toContain('J. Larzon');
      clock.ms += 2;
      expect(await ask()).toContain('J. Larzon');
    });
  });
});
