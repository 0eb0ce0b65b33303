// `npm start` in-process: the API answers over HTTP on the real database, and a server
// that is not there fails fast with its URI named.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { readConfig } from '../../server/config/env.js';
import { createLogger } from '../../server/logger.js';
import { startApp, type RunningApp } from '../../server/start-app.js';
import { openTestDatabase } from './support/test-database.js';

describe('the app on an external Neo4j (NEO4J_URI)', () => {
  let app: RunningApp;
  beforeAll(async () => {
    const target = inject('neo4j');
    await (await openTestDatabase()).close(); // an empty graph, so that the start loads the seed corpus
    const config = readConfig({}, { NEO4J_URI: target.uri, NEO4J_DATABASE: target.database, PORT: 0, ...(target.password ? { NEO4J_PASSWORD: target.password } : {}) });
    app = await startApp(config, createLogger('warn'));
  });
  afterAll(async () => {
    await app?.stop();
  });

  it('answers a GraphQL request at /graphql from the database', async () => {
    const response = await fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ health { status neo4jVersion neo4jEdition } }' }),
    });
    const body = (await response.json()) as { data: { health: { status: string; neo4jVersion: string; neo4jEdition: string } } };
    expect(response.status).toBe(200);
    expect(body.data.health.status).toBe('ok');
    expect(body.data.health.neo4jVersion).toMatch(/^5\.26\./);
  });

  it('loaded the seed corpus into the empty graph at start', async () => {
    const [row] = await app.db.read('ingest/count-documents');
    expect(row?.documents).toBe(5);
  });

  it('refuses to serve Apollo\'s CDN landing page', async () => {
    const response = await fetch(`${app.url}/graphql`, { headers: { accept: 'text/html' } });
    expect(await response.text()).not.toMatch(/cdn\.|apollographql\.com/);
  });
});

describe('the app when NEO4J_URI points at nothing', () => {
  it('fails within 10 s with an error naming the URI', async () => {
    const config = readConfig({}, { NEO4J_URI: 'bolt://127.0.0.1:7999', PORT: 0 });
    const started = Date.now();
    await expect(startApp(config, createLogger('silent'))).rejects.toThrow(/cannot reach Neo4j at bolt:\/\/127\.0\.0\.1:7999/);
    expect(Date.now() - started).toBeLessThan(10_000);
  });
});
