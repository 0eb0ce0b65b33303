// The seed corpus as import inputs, read once.
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { ImportInput } from '../../../server/ingest/import-documents.js';

export const CORPUS_DIR = fileURLToPath(new URL('../../../seed/corpus/', import.meta.url));

/** Every note in seed/corpus, sorted by file name. */
export function seedCorpus(): ImportInput[] {
  return readdirSync(CORPUS_DIR)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((filename) => ({ filename, content: readFileSync(`${CORPUS_DIR}${filename}`) }));
}
