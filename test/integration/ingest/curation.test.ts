// A curator undoes and redoes the importer's merges; later imports respect a split.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../../server/db/database.js';
import { addAlias, mergePeople, splitPerson } from '../../../server/ingest/curation.js';
import { importDocuments } from '../../../server/ingest/import-documents.js';
import { ErrorCode } from '../../../server/errors/error-codes.js';
import { openTestDatabase } from '../support/test-database.js';
import { seedCorpus } from '../support/seed-corpus.js';

const person = async (db: Database, name: string) => db.read('ingest/person-by-name', { name });

describe('curating people', () => {
  let db: Database;
  beforeAll(async () => {
    db = await openTestDatabase();
    await importDocuments(db, seedCorpus());
  });
  afterAll(async () => {
    await db.close();
  });

  it('splits a merge by alias, keeps the split on re-import, and merges back', async () => {
    const [winkler] = await person(db, 'Carina Keithsdotter Winkler');
    const { kept, split } = await splitPerson(db, String(winkler!.id), 'Carina Winkler');
    expect(kept.name).toBe('Carina Keithsdotter Winkler');
    expect(kept.aliases).not.toContain('Carina Winkler');
    expect(split.name).toBe('Carina Winkler');
    expect((await person(db, 'Carina Winkler'))[0]?.meetings).toBe(1);

    // A changed note that mentions her again must not undo the curator's split.
    const [note] = seedCorpus().filter((d) => d.filename.startsWith('001'));
    await importDocuments(db, [{ filename: note!.filename, content: `${String(note!.content)}\n` }]);
    expect(await person(db, 'Carina Winkler')).toHaveLength(1);
    expect(await person(db, 'Carina Keithsdotter Winkler')).toHaveLength(1);

    const [again] = await person(db, 'Carina Winkler');
    const merged = await mergePeople(db, String(winkler!.id), [String(again!.id)]);
    expect(merged.aliases).toContain('Carina Winkler');
    expect((await person(db, 'Carina Keithsdotter Winkler'))[0]?.meetings).toBe(2);
    // Facts moved by the split and the merge keep their year.
    for (const row of await db.read('ingest/fact-years')) expect(row.wrongYear, String(row.type)).toBe(0);
    expect(await db.read('admin/stale-fact-years')).toEqual([]);
  });

  it('adds an alias that search and later imports use', async () => {
    const [almgren] = await person(db, 'Peter Almgren');
    const updated = await addAlias(db, String(almgren!.id), 'P. Almgren');
    expect(updated.aliases).toContain('P. Almgren');
    expect((await person(db, 'P. Almgren'))[0]?.id).toBe(almgren!.id);
  });

  it('names the unknown id', async () => {
    await expect(mergePeople(db, 'person:nobody', ['person:nobody-else'])).rejects.toMatchObject({ code: ErrorCode.NOT_FOUND, message: expect.stringMatching(/person:nobody/) });
  });
});
