// A first start shows a populated explorer: the seed corpus is imported when the graph
// has no documents yet.
import type { Database } from '../db/database.js';
import type { Logger } from '../logger.js';
import { importDocuments } from './import-documents.js';
import { readInputs } from './read-inputs.js';

/** Imports `seedDir` if no Document exists; returns whether it did. */
export async function seedIfEmpty(db: Database, seedDir: string, logger: Logger): Promise<boolean> {
  const [row] = await db.read('ingest/count-documents');
  if (Number(row?.documents ?? 0) > 0) return false;
  const report = await importDocuments(db, await readInputs([seedDir]), { logger });
  logger.info({ imported: report.imported, rejected: report.rejected, people: report.newPeople, ms: report.durationMs }, `seed corpus imported from ${seedDir}`);
  return true;
}
