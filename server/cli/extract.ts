// Prints the extraction of one meeting note as JSON: `npx tsx server/cli/extract.ts <file>`.
// Only the JSON goes to stdout; problems go to stderr with a non-zero exit code.
import { readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import { DocumentRejectedError, extractDocument, loadVocabulary, MAX_DOCUMENT_BYTES, validateDocument } from '../ingest/parse/index';

function fail(message: string, code: number): never {
  process.stderr.write(`extract: ${message}\n`);
  process.exit(code);
}

const file = process.argv[2];
if (!file) fail('usage: npx tsx server/cli/extract.ts <note-file>', 2);
let size: number;
try {
  const st = statSync(file);
  if (!st.isFile()) fail(`${file} is not a file`, 2);
  size = st.size;
} catch {
  fail(`file not found: ${file}`, 2);
}
if (size > MAX_DOCUMENT_BYTES) fail(`${file}: ${size} bytes is over the ${MAX_DOCUMENT_BYTES}-byte limit`, 3);
try {
  const text = validateDocument(readFileSync(file), basename(file));
  const result = extractDocument(text, { filename: basename(file), vocabulary: loadVocabulary() });
  process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
} catch (err) {
  if (err instanceof DocumentRejectedError) fail(`${err.message} [${err.reason}]`, 3);
  fail((err as Error).stack ?? String(err), 1);
}
