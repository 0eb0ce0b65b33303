// /graphiql serves the bundled console: everything from this server, nothing from a CDN.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GRAPHIQL_DIR } from '../../../server/http/serve-graphiql.js';
import { openSeededApi, type SeededApi } from './support/seeded-api.js';

let api: SeededApi;
beforeAll(async () => {
  if (!existsSync(path.join(GRAPHIQL_DIR, 'index.html'))) {
    await build({ configFile: path.resolve('server/http/graphiql/vite.config.ts'), logLevel: 'warn' });
  }
  api = await openSeededApi();
});
afterAll(async () => {
  await api?.close();
});

describe('the GraphQL console', () => {
  it('serves GraphiQL and its example tabs from this server only', async () => {
    const html = await (await fetch(`${api.url}/graphiql/`)).text();
    expect(html).toContain('<div id="graphiql">');
    const scripts = [...html.matchAll(/src="([^"]+)"/g)].map((m) => m[1]!);
    expect(scripts.length).toBeGreaterThan(0);
    expect(scripts.every((src) => !/^https?:/.test(src))).toBe(true);
    const bundle = await (await fetch(new URL(scripts[0]!, `${api.url}/graphiql/`))).text();
    expect(bundle).toContain('HallbarSocialtjanst');
    expect(bundle).not.toMatch(/unpkg\.com|jsdelivr|cdnjs/);
  });
});

describe('an app that is not built yet', () => {
  it('answers its routes with 503 and how to build it, while the API keeps working', async () => {
    // openSeededApi serves the explorer from a folder that does not exist.
    const page = await fetch(`${api.url}/some/shared/link`);
    expect(page.status).toBe(503);
    expect(await page.text()).toMatch(/The explorer is not built yet: `npm start` builds it.*npm run build:client/);
    const answer = await fetch(`${api.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ __typename }' }) });
    expect(await answer.json()).toEqual({ data: { __typename: 'Query' } });
  });
});
