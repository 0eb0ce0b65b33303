// Loads the seed notes once for the behaviour tests.
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { extractDocument, loadVocabulary, type Extraction } from '../../../server/ingest/parse/index';

const dir = fileURLToPath(new URL('../../../seed/corpus/', import.meta.url));
export const vocabulary = loadVocabulary();
const cache = new Map<string, Extraction>();

/** Extraction of the seed note whose file name starts with `prefix` ("000" ... "004"). */
export function note(prefix: string): Extraction {
  const file = readdirSync(dir).find((f) => f.startsWith(prefix));
  if (!file) throw new Error(`no seed note ${prefix}`);
  let hit = cache.get(file);
  if (!hit) {
    hit = extractDocument(readFileSync(dir + file, 'utf8'), { filename: file, vocabulary });
    cache.set(file, hit);
  }
  return hit;
}

/** Extraction of an inline snippet. */
export function snippet(text: string, knownNames?: string[]): Extraction {
  return extractDocument(text, { filename: 'snippet.md', vocabulary, knownNames });
}

export const attendee = (x: Extraction, name: string) => x.attendees.find((a) => a.name === name);
