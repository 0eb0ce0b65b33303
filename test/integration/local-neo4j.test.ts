// The launcher behind `npm start`: reuse, persistence and clear failures.
import { mkdtemp, rm } from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import neo4j from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LocalNeo4jError, startLocalNeo4j } from '../../neo4j/local-neo4j.js';
import { freePort } from '../../neo4j/ports.js';

async function query(uri: string, cypher: string): Promise<unknown[]> {
  const driver = neo4j.driver(uri);
  try {
    const { records } = await driver.executeQuery(cypher, {}, { database: 'neo4j' });
    return records.map((r) => r.get(0));
  } finally {
    await driver.close();
  }
}

describe('local Neo4j launcher', () => {
  let dataDir: string;
  let port: number;
  beforeAll(async () => {
    dataDir = await mkdtemp(path.join(os.tmpdir(), 'gr-explorer-launcher-'));
    port = await freePort();
  });
  afterAll(async () => {
    await rm(dataDir, { recursive: true, force: true });
  });

  it('reuses a database already running on the folder and keeps data across restarts', async () => {
    const options = { dataDir, boltPort: port, heap: '512m', pageCache: '64m' };
    const first = await startLocalNeo4j(options);
    expect(first.reused).toBe(false);
    await query(first.uri, "CREATE (:Probe {note: 'kept'})");

    const second = await startLocalNeo4j(options);
    expect(second.reused).toBe(true);
    expect(second.pid).toBe(first.pid);
    await second.stop(); // a reused database is not stopped by the second caller
    expect(await query(first.uri, 'MATCH (p:Probe) RETURN p.note')).toEqual(['kept']);

    await first.stop();
    const third = await startLocalNeo4j(options);
    try {
      expect(third.reused).toBe(false);
      expect(await query(third.uri, 'MATCH (p:Probe) RETURN p.note')).toEqual(['kept']);
    } finally {
      await third.stop();
    }
    // Three starts of a JVM on a shared two-core machine: generous, not a speed test.
  }, 300_000);

  it('says which port is taken instead of starting', async () => {
    const blocker = net.createServer();
    const taken = await freePort();
    await new Promise<void>((resolve) => blocker.listen(taken, '127.0.0.1', resolve));
    try {
      const other = await mkdtemp(path.join(os.tmpdir(), 'gr-explorer-launcher-'));
      await expect(startLocalNeo4j({ dataDir: other, boltPort: taken, heap: '512m', pageCache: '64m' })).rejects.toThrow(
        new LocalNeo4jError(`port ${taken} is taken by another program; stop it or set NEO4J_BOLT_PORT to a free port.`),
      );
      await rm(other, { recursive: true, force: true });
    } finally {
      blocker.close();
    }
  });
});
