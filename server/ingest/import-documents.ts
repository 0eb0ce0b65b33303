// Imports meeting notes: validate, extract, resolve people, write. Each document is atomic: it
// is written entirely or not at all. Consecutive documents share a write transaction (a few
// round trips and one commit for many notes); if that transaction fails, its documents are
// written again in halves down to one transaction each, so a bad one is rejected alone while
// the rest go on. An unchanged document is skipped, and a changed one replaces only its own facts.
//
// Node and Neo4j work at the same time: the notes of a batch are extracted while Neo4j writes
// and commits the batch before (a commit is about half of Neo4j's work for a batch), and the
// batch's rows are sent in chunks, so Neo4j starts writing before the last rows are made.
import { setImmediate as yieldToEventLoop } from 'node:timers/promises';
import type { Database } from '../db/database.js';
import type { Logger } from '../logger.js';
import { contentHash, documentRows, type DocumentRows, type Row } from './document-rows.js';
import { documentId, meetingId } from './graph-ids.js';
import { DocumentRejectedError, extractDocument, loadVocabulary, validateDocument, type Extraction, type Vocabulary } from './parse/index.js';
import { loadResolver, personRows } from './people-store.js';
import type { PersonResolver } from './person-resolver.js';
import { addBatch, emptyReport, type BatchOutcome, type DocumentReport, type ImportReport } from './import-report.js';
import { writeVocabulary } from './vocabulary-nodes.js';
import { writeDocuments } from './write-documents.js';

export type { DocumentReport, ImportReport } from './import-report.js';

export interface ImportInput {
  filename: string;
  /** The file's bytes (binary files are detected) or its text. */
  content: Uint8Array | string;
}

export interface ImportOptions {
  logger?: Logger;
  vocabulary?: Vocabulary;
  /** Documents per write transaction. */
  batchSize?: number;
  /** Called after each document, for progress display. */
  onDocument?: (report: DocumentReport, index: number, total: number) => void;
}

interface PreparedBatch {
  prepared: Prepared[];
  /** Documents that failed validation or extraction, in input order. */
  rejected: DocumentReport[];
}

interface Prepared {
  filename: string;
  text: string;
  hash: string;
  extraction: Extraction;
}

const DEFAULT_BATCH_SIZE = 500;
/** Documents whose rows are sent together; Neo4j writes one chunk while Node makes the next. */
const WRITE_CHUNK = 100;

/** Imports `inputs` in order and reports what happened to each. */
export async function importDocuments(db: Database, inputs: ImportInput[], options: ImportOptions = {}): Promise<ImportReport> {
  const started = Date.now();
  const vocabulary = options.vocabulary ?? loadVocabulary();
  const batchSize = Math.max(1, options.batchSize ?? DEFAULT_BATCH_SIZE);
  await writeVocabulary(db, vocabulary);
  let resolver = await loadResolver(db, vocabulary);
  const report = emptyReport();
  let done = 0;
  const record = (entry: DocumentReport): void => {
    report[entry.status] += 1;
    report.documents.push(entry);
    options.onDocument?.(entry, done++, inputs.length);
  };
  const commit = (batch: BatchOutcome): void => {
    addBatch(report, batch);
    batch.entries.forEach(record);
  };
  // A batch's notes are all extracted with the names the resolver knew once the batch before
  // was resolved, whatever the timing, so an import gives the same graph on every run.
  const prepareBatch = async (start: number): Promise<PreparedBatch> => {
    const batch: PreparedBatch = { prepared: [], rejected: [] };
    const knownNames = resolver.knownNames();
    const end = Math.min(start + batchSize, inputs.length);
    for (let i = start; i < end; i++) {
      const input = inputs[i]!;
      try {
        batch.prepared.push(prepare(input, vocabulary, knownNames));
      } catch (error) {
        batch.rejected.push(rejection(input.filename, error, options.logger));
      }
      // Let the driver read Neo4j's answers and send the commit as soon as the writes are done.
      if ((i - start) % WRITE_CHUNK === WRITE_CHUNK - 1) await yieldToEventLoop();
    }
    return batch;
  };
  // Writes documents in one transaction; if that fails, again in halves, so a bad one is rejected alone.
  const writeIsolated = async (docs: Prepared[]): Promise<void> => {
    try {
      commit(await writeBatch(db, docs, vocabulary, resolver));
    } catch (error) {
      // The transaction rolled back: forget what the resolver learnt from it.
      resolver = await loadResolver(db, vocabulary);
      if (docs.length === 1) {
        record(rejection(docs[0]!.filename, error, options.logger));
        return;
      }
      const half = Math.ceil(docs.length / 2);
      await writeIsolated(docs.slice(0, half));
      await writeIsolated(docs.slice(half));
    }
  };

  let next: Promise<PreparedBatch> | undefined = inputs.length > 0 ? prepareBatch(0) : undefined;
  for (let start = 0; next; start += batchSize) {
    const batch = await next;
    next = undefined;
    const following = start + batchSize < inputs.length ? start + batchSize : undefined;
    // Once this batch is resolved, the next one is extracted while Neo4j writes and commits.
    const written = writeBatch(db, batch.prepared, vocabulary, resolver, () => {
      if (following !== undefined) next = prepareBatch(following);
    });
    batch.rejected.forEach(record);
    try {
      commit(await written);
    } catch (error) {
      options.logger?.warn({ err: error, documents: batch.prepared.length }, 'batch failed; writing its documents in smaller batches');
      // The next batch was extracted with names learnt from the failed one: extract it again.
      const discarded = next;
      next = undefined;
      await discarded;
      resolver = await loadResolver(db, vocabulary);
      if (batch.prepared.length > 0) await writeIsolated(batch.prepared);
      if (following !== undefined) next = prepareBatch(following);
    }
  }
  report.possibleDuplicates = resolver.possibleDuplicates();
  report.durationMs = Date.now() - started;
  return report;
}

function prepare(input: ImportInput, vocabulary: Vocabulary, knownNames: string[]): Prepared {
  // validateDocument returns NFC text.
  const text = validateDocument(input.content, input.filename);
  const extraction = extractDocument(text, { filename: input.filename, vocabulary, knownNames });
  if (extraction.attendees.length === 0 && extraction.agendaItems.length === 0) {
    throw new DocumentRejectedError('no-structure', `${input.filename}: no attendance list and no agenda items were found; is this a meeting note?`);
  }
  return { filename: input.filename, text, hash: contentHash(text), extraction };
}

// One transaction for the documents. Resolution happens inside it, after replaced documents
// have given back the name forms they contributed; `resolved` is called once every document
// is resolved. The content hashes are read once, before the first write: a read between
// chunks would wait for Neo4j to finish the chunk before. Totals are returned, not recorded,
// so that a transaction that fails at commit leaves the report untouched.
async function writeBatch(db: Database, docs: Prepared[], vocabulary: Vocabulary, resolver: PersonResolver, resolved?: () => void): Promise<BatchOutcome> {
  const outcome: BatchOutcome = { entries: [], newPeople: 0, mergedMentions: [], candidates: [], relationshipsCreated: 0 };
  if (docs.length === 0) {
    resolved?.();
    return outcome;
  }
  return db.writeTx(async (tx) => {
    // From scratch each time: the driver runs this function again after a transient failure.
    outcome.entries = [];
    outcome.mergedMentions = [];
    outcome.candidates = [];
    const writes: Promise<number>[] = [];
    let replaced = false;
    // Kept current as documents are written, so a file given twice is seen as already imported.
    const known = new Map((await tx.run('ingest/document-hashes', { docIds: [...new Set(docs.map((d) => documentId(d.filename)))] })).map((r) => [r.id as string, r.contentHash]));
    const before = new Set(resolver.ids());
    const personIds = new Set<string>();
    /** Entities that lost facts with a replaced document. */
    const lostFacts = new Set<string>();
    for (let from = 0; from < docs.length; from += WRITE_CHUNK) {
      const written: DocumentRows[] = [];
      for (const doc of docs.slice(from, from + WRITE_CHUNK)) {
        const existing = known.get(documentId(doc.filename));
        const status = existing === undefined ? 'imported' : existing === doc.hash ? 'unchanged' : 'replaced';
        known.set(documentId(doc.filename), doc.hash);
        outcome.entries.push({ filename: doc.filename, status, meetingDate: doc.extraction.meeting.date, dateInferred: doc.extraction.meeting.dateInferred, warnings: doc.extraction.warnings });
        if (status === 'unchanged') continue;
        if (status === 'replaced') {
          replaced = true;
          resolver.forget(await tx.run('ingest/document-people', { meetingId: meetingId(doc.filename) }));
          const [deleted] = await tx.run('ingest/delete-document', { docId: documentId(doc.filename) });
          for (const eid of (deleted?.touched as string[] | undefined) ?? []) lostFacts.add(eid);
        }
        written.push(documentRows({ filename: doc.filename, text: doc.text, hash: doc.hash, extraction: doc.extraction, vocabulary, resolver }));
        outcome.mergedMentions.push(...resolver.drainMerges().map((m) => ({ ...m, document: doc.filename })));
        outcome.candidates.push(...doc.extraction.candidates.map((c) => ({ name: c.name, kind: c.kind, document: doc.filename })));
      }
      if (written.length === 0) continue;
      const chunkPeople = [...new Set(written.flatMap((d) => d.personIds))];
      chunkPeople.forEach((id) => personIds.add(id));
      const sent = writeDocuments(tx, { documents: written, people: personRows(resolver, chunkPeople), duplicates: duplicatesOf(resolver, chunkPeople) });
      sent.catch(() => {}); // a failure is reported when the writes are awaited below
      writes.push(sent);
      // Let the driver hand the queued messages to the socket before Node goes on working.
      await yieldToEventLoop();
    }
    outcome.newPeople = [...personIds].filter((id) => !before.has(id)).length;
    resolved?.();
    resolved = undefined; // a retried transaction function must not start a second extraction
    outcome.relationshipsCreated = (await Promise.all(writes)).reduce((sum, n) => sum + n, 0);
    if (replaced) await tx.run('ingest/delete-orphans', { personIds: resolver.forgottenIds() });
    if (lostFacts.size > 0) await tx.run('ingest/update-fact-years', { docIds: [], recompute: [...lostFacts] });
    return outcome;
  });
}

// Only pairs that involve these documents' people: older pairs are already in the graph.
function duplicatesOf(resolver: PersonResolver, personIds: string[]): Row[] {
  const mine = new Set(personIds);
  return resolver.possibleDuplicates().filter((d) => mine.has(d.a) || mine.has(d.b)) as unknown as Row[];
}

function rejection(filename: string, error: unknown, logger?: Logger): DocumentReport {
  if (error instanceof DocumentRejectedError) return { filename, status: 'rejected', reason: error.reason, message: error.message, warnings: [] };
  logger?.error({ err: error, filename }, 'document could not be written');
  const message = error instanceof Error ? error.message : String(error);
  return { filename, status: 'rejected', reason: 'write-failed', message: `${filename}: ${message}`, warnings: [] };
}
