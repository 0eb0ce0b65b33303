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
