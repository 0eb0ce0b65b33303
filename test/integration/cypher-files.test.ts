// Every statement under cypher/ must compile on the real server, so a broken statement
// fails here before a user finds it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Database } from '../../server/db/database.js';
import { openTestDatabase } from './support/test-database.js';
import { explainAll } from './support/explain-all.js';

describe('cypher/ statements', () => {
  let db: Database;
  beforeAll(async () => {
    db = await openTestDatabase();
  });
  afterAll(async () => {
    await db.close();
  });

  it('all compile (EXPLAIN) against Neo4j with the schema applied', async () => {
    const failures = await explainAll(db);
    expect(failures).toEqual([]);
    expect(db.catalog.names().length).toBeGreaterThan(3);
    // Planning every statement cold takes a few seconds on a quiet machine, minutes on a loaded one.
  }, 300_000);
});
