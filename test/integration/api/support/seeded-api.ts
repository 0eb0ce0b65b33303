// The API on the test Neo4j with the seed corpus imported, served over HTTP on a free port,
// so tests ask exactly what an analyst's client would.
import { readFileSync, readdirSync } from 'node:fs';
import { expect } from 'vitest';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Database } from '../../../../server/db/database.js';
import { readConfig } from '../../../../server/config/env.js';
import { createHttpApp } from '../../../../server/http/create-http-app.js';
import { importDocuments, type ImportReport } from '../../../../server/ingest/import-documents.js';
import { createLogger } from '../../../../server/logger.js';
import { openTestDatabase } from '../../support/test-database.js';

export const SEED_DIR = fileURLToPath(new URL('../../../../seed/corpus/', import.meta.url));
export const TEST_TOKEN = 'test-token-for-mutations';

/** The meetings of the five seed notes, by note number. */
export const SEED_MEETINGS = {
  M000: 'meeting:000_2370f44ae7f37e15.txt',
  M001: 'meeting:001_923e2f205b632986.txt',
  M002: 'meeting:002_986e0332d67d3ee6.txt',
  M003: 'meeting:003_69561f51bf03068f.txt',
  M004: 'meeting:004_d846e48eb771d8d4.txt',
} as const;

export interface GraphQLResponse<T = Record<string, any>> {
  status: number;
  /** Seconds since the answer was cached; null when it was computed for this request. */
  age: number | null;
  data?: T;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
}

export interface SeededApi {
  db: Database;
  url: string;
  importReport: ImportReport;
  /** POSTs a query; `token` adds the bearer header. */
  query<T = Record<string, any>>(query: string, variables?: Record<string, unknown>, token?: string): Promise<GraphQLResponse<T>>;
  close(): Promise<void>;
}

/** An emptied database with seed/corpus imported, and the HTTP app on it. */
export async function openSeededApi(): Promise<SeededApi> {
  const db = await openTestDatabase();
  const files = readdirSync(SEED_DIR).filter((f) => f.endsWith('.txt')).sort();
  const importReport = await importDocuments(db, files.map((filename) => ({ filename, content: readFileSync(path.join(SEED_DIR, filename), 'utf8') })));
  // The response cache as configured by default, so every API test also shows that no
  // answer outlives a change.
  const config = readConfig({});
  const responseCache = { maxMb: config.RESPONSE_CACHE_MB, ttlSeconds: config.RESPONSE_CACHE_TTL_S, checkSeconds: config.RESPONSE_CACHE_CHECK_S };
  const { handler, apollo } = await createHttpApp({ db, logger: createLogger('warn'), apiToken: TEST_TOKEN, queryTimeoutMs: 60_000, clientDir: '/nonexistent', responseCache });
  const server: Server = await new Promise((resolve) => {
    const s = createServer(handler).listen(0, '127.0.0.1', () => resolve(s));
  });
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    db,
    url,
    importReport,
    async query(query, variables = {}, token) {
      const headers: Record<string, string> = { 'content-type': 'application/json' };
      if (token) headers.authorization = `Bearer ${token}`;
      const response = await fetch(`${url}/graphql`, { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
      const age = response.headers.get('age');
      return { status: response.status, age: age === null ? null : Number(age), ...((await response.json()) as object) };
    },
    async close() {
      await apollo.stop();
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      await db.close();
    },
  };
}

/** The answer's data, the query having been answered without errors (the test fails otherwise). */
export async function answerOf(api: SeededApi, query: string, variables: Record<string, unknown> = {}): Promise<Record<string, any>> {
  const response = await api.query(query, variables);
  expect(response.errors).toBeUndefined();
  return response.data!;
}
