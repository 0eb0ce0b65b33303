// Runs EXPLAIN on each catalog statement; the server plans it without executing it.
import type { Database } from '../../../server/db/database.js';

/** Names and errors of the statements the server refuses to plan. */
export async function explainAll(db: Database): Promise<string[]> {
  const failures: string[] = [];
  const session = db.driver.session({ database: db.databaseName });
  try {
    for (const name of db.catalog.names()) {
      const statements = name === 'schema' ? [] : [db.catalog.get(name)];
      for (const statement of statements) {
        // Parameters must exist for EXPLAIN to plan; null is a value of every type.
        const params = Object.fromEntries(statement.params.map((p) => [p, null]));
        try {
          await session.run(`EXPLAIN ${statement.text}`, params);
        } catch (error) {
          failures.push(`${name}: ${(error as Error).message}`);
        }
      }
    }
  } finally {
    await session.close();
  }
  return failures;
}
