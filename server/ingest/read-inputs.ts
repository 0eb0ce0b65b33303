// Files and folders named on the command line → documents to import. Folders are read
// recursively for notes (.txt, .md, .markdown); a named file is taken whatever its ending,
// so that a wrong file is rejected with a reason rather than skipped.
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { ImportInput } from './import-documents.js';

const NOTE_FILE = /\.(txt|md|markdown)$/i;

/** The documents under `paths`, sorted by path within each folder. */
export async function readInputs(paths: string[]): Promise<ImportInput[]> {
  const inputs: ImportInput[] = [];
  for (const target of paths) {
    const info = await stat(target).catch(() => {
      throw new Error(`${target}: no such file or folder`);
    });
    if (info.isDirectory()) {
      const entries = await readdir(target, { recursive: true, withFileTypes: true });
      const files = entries.filter((e) => e.isFile() && NOTE_FILE.test(e.name)).map((e) => path.join(e.parentPath, e.name)).sort();
      for (const file of files) inputs.push({ filename: path.basename(file), content: await readFile(file) });
    } else {
      inputs.push({ filename: path.basename(target), content: await readFile(target) });
    }
  }
  return inputs;
}
