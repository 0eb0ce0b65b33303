// What the API refuses, and how it says so.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSeededApi, TEST_TOKEN, type SeededApi } from './support/seeded-api.js';

let api: SeededApi;
beforeAll(async () => {
  api = await openSeededApi();
});
afterAll(async () => {
  await api?.close();
});

const codes = (r: { errors?: { extensions?: Record<string, unknown> }[] }) => (r.errors ?? []).map((e) => e.extensions?.code);

describe('protection', () => {
  it('refuses a query nested ten levels deep', async () => {
    const deep = `{ people { attended { attendees { attended { attendees { attended { attendees { attended { attendees { name } } } } } } } } } }`;
    const r = await api.query(deep);
    expect(r.data).toBeUndefined();
    expect(r.errors![0]!.message).toMatch(/depth limit of 9 exceeded/);
    expect(codes(r)).toContain('LIMIT_EXCEEDED');
  });

  it('refuses a page size of 100,000, written or as a variable', async () => {
    const written = await api.query(`{ people(limit: 100000) { name } }`);
    expect(codes(written)).toEqual(['LIMIT_EXCEEDED']);
    expect(written.errors![0]!.message).toMatch(/maximum page size of 1000/);
    const variable = await api.query(`query($n: Int) { search(text: "ale", first: $n) { id } }`, { n: 100_000 });
    expect(codes(variable)).toEqual(['LIMIT_EXCEEDED']);
  });

  it('answers an unknown id with NOT_FOUND naming it', async () => {
    const r = await api.query(`{ neighborhood(ids: ["person:nobody-at-all"]) { nodes { id } } }`);
    expect(codes(r)).toEqual(['NOT_FOUND']);
    expect(r.errors![0]!.message).toContain('person:nobody-at-all');
    const byId = await api.query(`{ project(id: "project:nope") { name } }`);
    expect(codes(byId)).toEqual(['NOT_FOUND']);
    // An empty matrix would read as "takes part in nothing".
    const cells = await api.query(`{ participation(projectIds: ["project:minimaria"]) { evidenceCount } }`);
    expect(codes(cells)).toEqual(['NOT_FOUND']);
    expect(cells.errors![0]!.message).toContain('project:minimaria');
  });

  it('refuses an id of another kind where a project or municipality id belongs', async () => {
    const r = await api.query(`{ participation(projectIds: ["municipality:1482"]) { evidenceCount } }`);
    expect(codes(r)).toEqual(['BAD_USER_INPUT']);
    expect(r.errors![0]!.message).toMatch(/projectIds takes Project ids; 'municipality:1482' is a Municipality/);
  });

  it('refuses a reversed year range with BAD_USER_INPUT', async () => {
    const r = await api.query(`{ neighborhood(ids: ["person:jorgen-larzon"], from: 2023, to: 2019) { nodes { id } } }`);
    expect(codes(r)).toEqual(['BAD_USER_INPUT']);
    expect(r.errors![0]!.message).toMatch(/reversed/);
  });

  it('refuses a mutation without the token', async () => {
    const r = await api.query(`mutation { addAlias(personId: "person:jorgen-larzon", alias: "J. Larzon") { person { aliases } } }`);
    expect(codes(r)).toEqual(['UNAUTHENTICATED']);
    const wrong = await api.query(`mutation { addAlias(personId: "person:jorgen-larzon", alias: "J. Larzon") { person { aliases } } }`, {}, 'wrong');
    expect(codes(wrong)).toEqual(['UNAUTHENTICATED']);
  });

  it('offers no generated mutations', async () => {
    const r = await api.query(`mutation { deletePeople { nodesDeleted } }`, {}, TEST_TOKEN);
    expect(r.errors![0]!.message).toMatch(/Cannot query field "deletePeople"/);
  });

  describe('requests that are not GraphQL', () => {
    const post = async (body: string, headers: Record<string, string>) => {
      const response = await fetch(`${api.url}/graphql`, { method: 'POST', headers, body });
      return { status: response.status, body: (await response.json()) as { errors: { message: string; extensions?: { code?: string } }[] } };
    };

    it('refuses a body that is not valid JSON, saying why', async () => {
      const r = await post('{ "query": "{ health { status } }"', { 'content-type': 'application/json' });
      expect(r.status).toBe(400);
      expect(codes(r.body)).toEqual(['BAD_REQUEST']);
      expect(r.body.errors[0]!.message).toMatch(/^the request body is not valid JSON: /);
    });

    it('refuses a body over 6 MB before reading it as GraphQL', async () => {
      const r = await post(JSON.stringify({ query: '{ health { status } }', variables: { pad: 'x'.repeat(6 * 1024 * 1024) } }), { 'content-type': 'application/json' });
      expect(r.status).toBe(413);
      expect(codes(r.body)).toEqual(['PAYLOAD_TOO_LARGE']);
      expect(r.body.errors[0]!.message).toBe('the request body is larger than 6 MB');
    });

    it('refuses a body that is not JSON by its content type', async () => {
      const r = await post('query=%7B%20health%20%7B%20status%20%7D%20%7D', { 'content-type': 'application/x-www-form-urlencoded', 'apollo-require-preflight': 'true' });
      expect(r.status).toBe(400);
      expect(r.body.errors[0]!.message).toMatch(/invalid Content-Type/);
    });

    it('answers a query sent with GET', async () => {
      const response = await fetch(`${api.url}/graphql?query=${encodeURIComponent('{ project(id: "project:yrkesresan") { name } }')}`, { headers: { 'apollo-require-preflight': 'true' } });
      expect(response.status).toBe(200);
      expect(((await response.json()) as { data: { project: { name: string } } }).data.project.name).toBe('Yrkesresan');
    });
  });
});
