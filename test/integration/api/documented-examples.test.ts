// The example queries the console opens on and the README shows must keep working: they are
// an analyst's first contact with the API.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exampleTabs } from '../../../server/http/graphiql/example-tabs.js';
import { openSeededApi, TEST_TOKEN, type SeededApi } from './support/seeded-api.js';

const readmeExamples = (): string[] => {
  const readme = readFileSync(new URL('../../../README.md', import.meta.url), 'utf8');
  const block = /```graphql\n([\s\S]*?)```/.exec(readme)?.[1] ?? '';
  // Each example is a comment line followed by one query that may span lines.
  return block.split(/\n(?=#)/).map((example) => example.replace(/^#.*\n/, '').trim()).filter(Boolean);
};

describe('documented example queries', () => {
  let api: SeededApi;
  beforeAll(async () => {
    api = await openSeededApi();
  });
  afterAll(async () => {
    await api.close();
  });

  it.each(exampleTabs.map((tab, i) => [i, tab.query]))('console tab %i runs without errors and returns data', async (_i, query) => {
    const response = await api.query(query, {}, TEST_TOKEN);
    expect(response.errors).toBeUndefined();
    expect(Object.values(response.data ?? {}).some((v) => v !== null && (!Array.isArray(v) || v.length > 0))).toBe(true);
  });

  it('README examples run without errors and return data', async () => {
    const examples = readmeExamples();
    expect(examples.length).toBeGreaterThanOrEqual(5);
    for (const query of examples) {
      const response = await api.query(query);
      expect(response.errors, query).toBeUndefined();
      expect(Object.values(response.data ?? {}).every((v) => v !== null && (!Array.isArray(v) || v.length > 0)), query).toBe(true);
    }
  });
});
