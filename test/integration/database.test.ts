import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { fileURLToPath } from 'node:url';
import { CypherCatalog } from '../../server/db/cypher.js';
import { Database, DatabaseUnreachableError } from '../../server/db/database.js';
import { createLogger } from '../../server/logger.js';
import { ErrorCode } from '../../server/errors/error-codes.js';
import { openTestDatabase } from './support/test-database.js';

describe('database module against the real Neo4j', () => {
  let db: Database;
  beforeAll(async () => {
    db = await openTestDatabase();
  });
  afterAll(async () => {
    await db.close();
  });

  it('talks to a Neo4j 5.26 Community server with APOC loaded', async () => {
    const [info] = await db.read('health/server-info');
    expect(info?.name).toBe('Neo4j Kernel');
    expect(String(info?.version)).toMatch(/^5\.26\./);
    expect(info?.edition).toBe('community');
  });

  it('applies the schema idempotently', async () => {
    await db.applySchema();
    await db.applySchema();
    const [counts] = await db.read('admin/count-graph');
    expect(counts).toEqual({ nodes: 0, relationships: 0 });
  });

  it('rolls back every write of a failed transaction', async () => {
    await expect(
      db.writeTx(async (tx) => {
        await tx.run('admin/delete-all');
        throw new Error('stop half-way');
      }),
    ).rejects.toThrow();
    const [counts] = await db.read('admin/count-graph');
    expect(counts?.nodes).toBe(0);
  });

  it('answers an unknown statement name with the closest known one', async () => {
    await expect(db.read('admin/count-grph')).rejects.toThrow(/did you mean 'admin\/count-graph'/);
  });

  it('fails within the timeout, naming the URI, when no server answers', async () => {
    const started = Date.now();
    const attempt = Database.connect({
      uri: 'bolt://127.0.0.1:1',
      username: 'neo4j',
      database: 'neo4j',
      queryTimeoutMs: 1000,
      logger: createLogger('silent'),
      connectTimeoutMs: 3000,
    });
    await expect(attempt).rejects.toBeInstanceOf(DatabaseUnreachableError);
    await expect(attempt).rejects.toThrow(/bolt:\/\/127\.0\.0\.1:1/);
    expect(Date.now() - started).toBeLessThan(10_000);
  });

  it('translates a query the server stops for taking too long into TIMEOUT', async () => {
    const target = inject('neo4j');
    const catalog = CypherCatalog.load(fileURLToPath(new URL('./fixtures/cypher/', import.meta.url)));
    const slow = await Database.connect({ ...target, queryTimeoutMs: 200, logger: createLogger('silent'), catalog });
    try {
      await expect(slow.read('slow-count', { upTo: 2_000_000_000 })).rejects.toMatchObject({ code: ErrorCode.TIMEOUT });
    } finally {
      await slow.close();
    }
  });

  it('gives writes their own limit, so an import on a busy machine is not held to a read timeout', async () => {
    const target = inject('neo4j');
    const catalog = CypherCatalog.load(fileURLToPath(new URL('./fixtures/cypher/', import.meta.url)));
    const lenient = await Database.connect({ ...target, queryTimeoutMs: 200, writeTimeoutMs: 120_000, logger: createLogger('silent'), catalog });
    const strict = await Database.connect({ ...target, queryTimeoutMs: 120_000, writeTimeoutMs: 200, logger: createLogger('silent'), catalog });
    try {
      // The read runs far past 200 ms on any machine (30 million rows once took less on a warm
      // JVM); the write is short enough to finish well inside 120 s.
      await expect(lenient.read('slow-count', { upTo: 2_000_000_000 })).rejects.toMatchObject({ code: ErrorCode.TIMEOUT });
      await expect(lenient.write('slow-count', { upTo: 30_000_000 })).resolves.toEqual([{ n: 0 }]);
      await expect(strict.write('slow-count', { upTo: 2_000_000_000 })).rejects.toMatchObject({ code: ErrorCode.TIMEOUT, message: expect.stringMatching(/rolled back/) });
    } finally {
      await Promise.all([lenient.close(), strict.close()]);
    }
  });
});
