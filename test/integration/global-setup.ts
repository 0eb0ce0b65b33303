// One real Neo4j for the whole integration run: NEO4J_TEST_URI if set (it will be wiped),
// otherwise the project's own launcher on a temporary data folder and a free port.
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { startLocalNeo4j } from '../../neo4j/local-neo4j.js';
import { freePort } from '../../neo4j/ports.js';

export interface TestNeo4j {
  uri: string;
  username: string;
  password: string | undefined;
  database: string;
}

declare module 'vitest' {
  export interface ProvidedContext {
    neo4j: TestNeo4j;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const external = process.env.NEO4J_TEST_URI;
  if (external) {
    project.provide('neo4j', {
      uri: external,
      username: process.env.NEO4J_TEST_USERNAME ?? 'neo4j',
      password: process.env.NEO4J_TEST_PASSWORD,
      database: process.env.NEO4J_TEST_DATABASE ?? 'neo4j',
    });
    return async () => {};
  }
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'gr-explorer-test-neo4j-'));
  const started = Date.now();
  const neo4j = await startLocalNeo4j({ dataDir, boltPort: await freePort(), heap: '1g', pageCache: '256m', onProgress: (m) => console.log(`[neo4j] ${m}`) });
  console.log(`[neo4j] integration tests use the real Neo4j at ${neo4j.uri} (started in ${Date.now() - started} ms)`);
  project.provide('neo4j', { uri: neo4j.uri, username: 'neo4j', password: undefined, database: 'neo4j' });
  return async () => {
    await neo4j.stop();
    await rm(dataDir, { recursive: true, force: true });
  };
}
