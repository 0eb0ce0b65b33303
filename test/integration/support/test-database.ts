// Connects a suite to the run's Neo4j (see global-setup.ts) with the schema applied and the
// graph emptied, so every suite starts from the same state.
import { inject } from 'vitest';
import { Database } from '../../../server/db/database.js';
import { createLogger } from '../../../server/logger.js';

/** A Database on the test Neo4j, emptied; close it in afterAll. */
export async function openTestDatabase(): Promise<Database> {
  const target = inject('neo4j');
  const db = await Database.connect({ ...target, queryTimeoutMs: 60_000, logger: createLogger('warn') });
  await db.applySchema();
  await db.write('admin/delete-all');
  return db;
}
