// Importing the seed corpus into the real Neo4j: one person per human despite OCR damage and
// middle names, idempotent re-imports, bad documents that change nothing.
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { CypherCatalog } from '../../../server/db/cypher.js';
import { Database } from '../../../server/db/database.js';
import { createLogger } from '../../../server/logger.js';
import { importDocuments, type ImportReport } from '../../../server/ingest/import-documents.js';
import { openTestDatabase } from '../support/test-database.js';
import { seedCorpus } from '../support/seed-corpus.js';

const counts = async (db: Database) => (await db.read('admin/count-graph'))[0];
const person = async (db: Database, name: string) => db.read('ingest/person-by-name', { name });

describe('importing the seed corpus', () => {
  let db: Database;
  let report: ImportReport;
  beforeAll(async () => {
    db = await openTestDatabase();
    report = await importDocuments(db, seedCorpus());
  });
  afterAll(async () => {
    await db.close();
  });

  it('imports all five notes, each meeting dated and inferred dates marked', () => {
    expect(report.imported).toBe(5);
    expect(report.rejected).toBe(0);
    for (const doc of report.documents) expect(doc.meetingDate, doc.filename).toMatch(/^\d{4}-\d{2}(-\d{2})?$/);
    const inferred = report.documents.filter((d) => d.dateInferred).map((d) => d.filename.slice(0, 3));
    expect(inferred.sort()).toEqual(['002', '003', '004']);
  });

  it.each([
    // "Irene Blomqvist" is how the text of 001 writes her (line 86), though its list has "Iréne".
    ['Iréne Blomqvist', ['Irène Blomqvist', 'Irene Blomqvist']],
    ['Peter Almgren', ['Peter Aimgren']],
    ['Carina Keithsdotter Winkler', ['Carina Winkler']],
    ['Taija Holmberg', ['Taija Tuomilehto Holmberg']],
    ['Nicholas Singleton', ['Nicholas Singelton']],
  ])('keeps %s as one person with the other spellings as aliases', async (name, aliases) => {
    const found = await person(db, name);
    expect(found).toHaveLength(1);
    expect(found[0]?.name).toBe(name);
    expect(found[0]?.aliases).toEqual(expect.arrayContaining(aliases));
    for (const alias of aliases) expect((await person(db, alias)).map((p) => p.id)).toEqual([found[0]?.id]);
  });

  it('restores Swedish letters in names damaged by OCR', async () => {
    expect((await person(db, 'Jörgen Larzon'))[0]?.aliases).toContain('Jorgen Larzon');
    expect((await person(db, 'Göran Hjertstrand'))[0]?.affiliations).toEqual(['Mölndal']);
  });

  it('keeps same-named people with conflicting affiliations apart and reports them', async () => {
    const svanstrom = await person(db, 'Jessica Svanström');
    expect(svanstrom).toHaveLength(2);
    const pair = report.possibleDuplicates.find((d) => d.a.startsWith('person:jessica-svanstrom'));
    expect(pair?.score).toBeGreaterThan(0.5);
    expect(pair?.reasons.join(' ')).toMatch(/Partille/);
  });

  it('gives every fact the integer year of its meeting', async () => {
    const rows = await db.read('ingest/fact-years');
    const types = rows.map((r) => r.type);
    expect(types).toEqual(expect.arrayContaining(['ATTENDED', 'REPRESENTS', 'PRESENTED', 'ABOUT', 'MENTIONS', 'PARTICIPATES_IN', 'PART_OF', 'RECORDED_IN', 'OF_NETWORK']));
    for (const row of rows) expect(row.wrongYear, String(row.type)).toBe(0);
  });

  it('stores with every entity the years of its facts, and keeps them when a note moves to another year', async () => {
    expect(await db.read('admin/stale-fact-years')).toEqual([]);
    const note = (date: string) => ['Möte i IFO-chefsnätverket', date, '', 'Närvarande:', 'Vera Ödling, Lerum', 'Bo Ek, GR', '', '## 1. Lägesrapporter', 'Kort runda.'].join('\n');
    const filename = 'ifo-moved.md';
    const yearsOf = async () => (await person(db, 'Vera Ödling'))[0]?.factYears;
    await importDocuments(db, [{ filename, content: note('2017-05-14') }]);
    expect(await yearsOf()).toEqual([2017]);
    await importDocuments(db, [{ filename, content: note('2018-03-20') }]);
    expect(await yearsOf()).toEqual([2018]);
    expect(await db.read('admin/stale-fact-years')).toEqual([]);
  });

  it('fills in the stored years of a graph imported before they were kept, when the schema is applied', async () => {
    const catalog = CypherCatalog.load(fileURLToPath(new URL('../fixtures/cypher/', import.meta.url)));
    const legacy = await Database.connect({ ...inject('neo4j'), queryTimeoutMs: 60_000, logger: createLogger('silent'), catalog });
    try {
      const [row] = await legacy.write('forget-fact-years');
      expect(Number(row?.forgotten)).toBeGreaterThan(50);
    } finally {
      await legacy.close();
    }
    expect((await db.read('admin/stale-fact-years')).length).toBeGreaterThan(50);
    await db.applySchema();
    expect(await db.read('admin/stale-fact-years')).toEqual([]);
  });

  it('stores provenance with its Cypher types: whole numbers as integers, lists as lists', async () => {
    const rows = await db.read('admin/fact-property-types');
    const typesOf = (type: string, property: string) => rows.find((r) => r.type === type && r.property === property)?.valueTypes as string[] | undefined;
    for (const type of ['ATTENDED', 'REPRESENTS', 'MENTIONS', 'PARTICIPATES_IN']) {
      expect(typesOf(type, 'year'), type).toEqual(['INTEGER NOT NULL']);
      expect(typesOf(type, 'lineStart'), type).toEqual(['INTEGER NOT NULL']);
      expect(typesOf(type, 'excerpt'), type).toEqual(['STRING NOT NULL']);
    }
    // An empty list has no element type: Cypher reports it as LIST<NOTHING>.
    expect(typesOf('ATTENDED', 'groups')?.filter((t) => t !== 'LIST<NOTHING> NOT NULL')).toEqual(['LIST<STRING NOT NULL> NOT NULL']);
    expect(typesOf('PARTICIPATES_IN', 'group')).toEqual(['INTEGER NOT NULL']);
  });

  it('changes nothing when the same notes are imported again', async () => {
    const before = await counts(db);
    const again = await importDocuments(db, seedCorpus());
    expect(again.unchanged).toBe(5);
    expect(await counts(db)).toEqual(before);
  });

  it('rejects unreadable documents with a specific reason and leaves the graph exactly as it was', async () => {
    const before = await counts(db);
    const result = await importDocuments(db, [
      { filename: 'empty.txt', content: Buffer.from('   \n') },
      { filename: 'image.png', content: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x0d, 0x0a]) },
      { filename: 'huge.txt', content: Buffer.alloc(5 * 1024 * 1024 + 1, 'a') },
      { filename: 'shopping.txt', content: Buffer.from('mjölk, smör, ägg och bröd till helgen\nglöm inte kaffet') },
    ]);
    expect(result.documents.map((d) => [d.filename, d.reason])).toEqual([
      ['empty.txt', 'empty'],
      ['image.png', 'binary'],
      ['huge.txt', 'too-large'],
      ['shopping.txt', 'no-structure'],
    ]);
    expect(await counts(db)).toEqual(before);
  });

  it('isolates a failing batch: the same new note twice in one batch is written, then replaced', async () => {
    const [a, b] = seedCorpus().filter((d) => d.filename.startsWith('003') || d.filename.startsWith('004'));
    const copy = { filename: `copy-${a!.filename}`, content: a!.content };
    const changed = { filename: copy.filename, content: `${String(a!.content)}\n` };
    // Both copies look new when the batch starts, so the batch fails on the unique document id.
    const result = await importDocuments(db, [copy, b!, changed], { batchSize: 3 });
    expect(result.documents.map((d) => [d.filename, d.status])).toEqual([
      [copy.filename, 'imported'],
      [b!.filename, 'unchanged'],
      [copy.filename, 'replaced'],
    ]);
    // The copy now holds the changed text: its hash differs from the original's.
    const hashes = new Map((await db.read('ingest/document-hashes', { docIds: [`doc:${copy.filename}`, `doc:${a!.filename}`] })).map((r) => [r.id, r.contentHash]));
    expect(hashes.get(`doc:${copy.filename}`)).toBeDefined();
    expect(hashes.get(`doc:${copy.filename}`)).not.toBe(hashes.get(`doc:${a!.filename}`));
  });

  it('replaces only the facts of a document whose text changed', async () => {
    const [original] = seedCorpus().filter((d) => d.filename.startsWith('002'));
    const text = String(original!.content).replace('Robert Rydquist, Stenungsund', 'Robin Rydqvist, Stenungsund');
    const result = await importDocuments(db, [{ filename: original!.filename, content: text }]);
    expect(result.replaced).toBe(1);
    expect(await person(db, 'Robert Rydquist')).toHaveLength(0);
    expect(await person(db, 'Robin Rydqvist')).toHaveLength(1);
    expect(await person(db, 'Juan Navas')).toHaveLength(1);
    // Putting the original back restores the original graph.
    await importDocuments(db, [original!]);
    expect(await person(db, 'Robert Rydquist')).toHaveLength(1);
    expect(await person(db, 'Robin Rydqvist')).toHaveLength(0);
    expect(await db.read('admin/stale-fact-years')).toEqual([]);
  });

  it('gives a meeting of a network the vocabulary lacks that network, as a candidate, until no note names it', async () => {
    const note = (title: string) => [title, '2024-05-14', '', 'Närvarande:', 'Anna Berg, Lerum', 'Bo Ek, GR', '', '## 1. Lägesrapporter', 'Kort runda.'].join('\n');
    const filename = 'aldreomsorg-2024-05-14.md';
    const networksOf = async () => (await db.read('admin/meeting-networks', { meetingId: `meeting:${filename}` }))[0];
    await importDocuments(db, [{ filename, content: note('Äldreomsorgsnätverket') }]);
    expect(await networksOf()).toEqual({ networks: [{ name: 'Äldreomsorgsnätverket', candidate: true }], candidates: ['Äldreomsorgsnätverket'] });
    // The note renamed: the candidate network goes with the last meeting that named it.
    await importDocuments(db, [{ filename, content: note('Möte i IFO-chefsnätverket') }]);
    expect(await networksOf()).toEqual({ networks: [{ name: 'IFO-chefsnätverket', candidate: false }], candidates: [] });
  });
});
