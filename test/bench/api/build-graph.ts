// Fills an empty database with synthetic notes through the real import (one importDocuments
// call, as `npm run ingest` does), reporting progress, and returns how big the graph became.
import type { Database } from '../../../server/db/database.js';
import { importDocuments } from '../../../server/ingest/import-documents.js';
import { iterateNotes } from '../synthetic/generate-notes.js';

export interface GraphSize {
  notes: number;
  imported: number;
  rejected: number;
  seconds: number;
  nodes: number;
  relationships: number;
}

/** Imports `count` synthetic notes (seed `seed`) into `db`. */
export async function buildGraph(db: Database, options: { count: number; seed: number; say: (message: string) => void }): Promise<GraphSize> {
  const { count, seed, say } = options;
  const inputs = Array.from(iterateNotes({ count, seed }), (note) => ({ filename: note.filename, content: note.text }));
  const step = Math.max(1, Math.round(count / 10));
  const started = performance.now();
  say(`importing ${count} synthetic notes (seed ${seed})`);
  const report = await importDocuments(db, inputs, {
    onDocument: (_entry, index, total) => {
      if ((index + 1) % step !== 0) return;
      const sec = (performance.now() - started) / 1000;
      say(`  ${index + 1}/${total} notes in ${sec.toFixed(0)} s (${((index + 1) / sec).toFixed(0)} notes/s)`);
    },
  });
  const [row] = await db.read('admin/count-graph');
  return {
    notes: count,
    imported: report.imported,
    rejected: report.rejected,
    seconds: (performance.now() - started) / 1000,
    nodes: Number(row?.nodes ?? 0),
    relationships: Number(row?.relationships ?? 0),
  };
}
