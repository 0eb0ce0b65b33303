// Imports meeting notes: validate, extract, resolve people, write. Each document is atomic: it
// is written entirely or not at all. Consecutive documents share a write transaction (a few
// round trips and one commit for many notes); if that transaction fails, its documents are
// written again in halves down to one transaction each, so a bad one is rejected alone while
// the rest go on. The next chunk of notes is extracted while Neo4j writes the current one.
// An unchanged document is skipped, and a changed one replaces only its own facts.
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
  /** Documents per write transaction (extracted and sent in chunks of at most 100). */
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
/** Documents extracted with the same snapshot of known names (the resolver's state before them). */
const EXTRACTION_CHUNK = 100;

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

  // Notes are extracted in chunks of at most EXTRACTION_CHUNK, each with the names the resolver
  // knows once the chunks before it are resolved; a write transaction takes several chunks.
  // The next chunk is extracted while Neo4j writes the current one.
  const chunk = Math.min(batchSize, EXTRACTION_CHUNK);
  const prepareChunk = (start: number, end: number): PreparedBatch => {
    const batch: PreparedBatch = { prepared: [], rejected: [] };
    for (const input of inputs.slice(start, Math.min(start + chunk, end))) {
      try {
        batch.prepared.push(prepare(input, vocabulary, resolver));
      } catch (error) {
        batch.rejected.push(rejection(input.filename, error, options.logger));
      }
    }
    return batch;
  };
  const commit = (batch: BatchOutcome): void => {
    addBatch(report, batch);
    batch.entries.forEach(record);
  };
  // Writes one chunk; if that fails, its documents again in halves, so a bad one is rejected alone.
  const writeIsolated = async (docs: Prepared[]): Promise<void> => {
    try {
      commit(await writeBatch(db, [docs], vocabulary, resolver));
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

  let ahead: PreparedBatch | undefined;
  for (let start = 0; start < inputs.length; start += batchSize) {
    const end = Math.min(start + batchSize, inputs.length);
    const chunks: PreparedBatch[] = [ahead ?? prepareChunk(start, end)];
    ahead = undefined;
    let next: PreparedBatch | undefined;
    const moreChunks = (): Prepared[] | undefined => {
      const from = start + chunks.length * chunk;
      if (from >= end) return undefined;
      chunks.push(prepareChunk(from, end));
      return chunks[chunks.length - 1]!.prepared;
    };
    const prepareNext = (): void => {
      if (end < inputs.length) next ??= prepareChunk(end, inputs.length);
    };
    try {
      const outcomes = await writeBatch(db, [chunks[0]!.prepared], vocabulary, resolver, { moreChunks, whileWriting: prepareNext }, true);
      chunks.forEach((c, i) => {
        c.rejected.forEach(record);
        commit(outcomes[i]!);
      });
      ahead = next;
    } catch (error) {
      options.logger?.warn({ err: error, documents: end - start }, 'batch failed; writing its documents in smaller batches');
      resolver = await loadResolver(db, vocabulary);
      // As if each chunk had been its own transaction: chunks after the first are extracted again.
      for (let from = start; from < end; from += chunk) {
        const again = from === start ? chunks[0]! : prepareChunk(from, end);
        again.rejected.forEach(record);
        if (again.prepared.length > 0) await writeIsolated(again.prepared);
      }
    }
  }
  report.possibleDuplicates = resolver.possibleDuplicates();
  report.durationMs = Date.now() - started;
  return report;
}

function prepare(input: ImportInput, vocabulary: Vocabulary, resolver: PersonResolver): Prepared {
  // validateDocument returns NFC text.
  const text = validateDocument(input.content, input.filename);
  const extraction = extractDocument(text, { filename: input.filename, vocabulary, knownNames: resolver.knownNames() });
  if (extraction.attendees.length === 0 && extraction.agendaItems.length === 0) {
    throw new DocumentRejectedError('no-structure', `${input.filename}: no attendance list and no agenda items were found; is this a meeting note?`);
  }
  return { filename: input.filename, text, hash: contentHash(text), extraction };
}

// One transaction for the documents, chunk after chunk; resolution happens inside it, after
// replaced documents have given back the name forms they contributed. Each chunk's statements
// are sent without waiting, and `moreChunks` extracts the next chunk while Neo4j writes; so does
// `whileWriting` after the last. Totals are returned per chunk, not recorded, so that a
// transaction that fails at commit leaves the report untouched.
interface Overlap {
  moreChunks?: () => Prepared[] | undefined;
  whileWriting?: () => void;
}

async function writeBatch(db: Database, chunks: [Prepared[]], vocabulary: Vocabulary, resolver: PersonResolver, overlap?: Overlap): Promise<BatchOutcome>;
async function writeBatch(db: Database, chunks: [Prepared[]], vocabulary: Vocabulary, resolver: PersonResolver, overlap: Overlap, perChunk: true): Promise<BatchOutcome[]>;
async function writeBatch(db: Database, [first]: [Prepared[]], vocabulary: Vocabulary, resolver: PersonResolver, overlap: Overlap = {}, perChunk = false): Promise<BatchOutcome | BatchOutcome[]> {
  const outcomes = await db.writeTx(async (tx) => {
    const results: BatchOutcome[] = [];
    const writes: Promise<number>[] = [];
    let replaced = false;
    for (let docs: Prepared[] | undefined = first; docs; docs = overlap.moreChunks?.()) {
      const outcome: BatchOutcome = { entries: [], newPeople: 0, mergedMentions: [], candidates: [], relationshipsCreated: 0 };
      results.push(outcome);
      if (docs.length === 0) continue;
      const known = new Map((await tx.run('ingest/document-hashes', { docIds: docs.map((d) => documentId(d.filename)) })).map((r) => [r.id, r.contentHash]));
      const written: DocumentRows[] = [];
      const before = new Set(resolver.ids());
      for (const doc of docs) {
        const existing = known.get(documentId(doc.filename));
        const status = existing === undefined ? 'imported' : existing === doc.hash ? 'unchanged' : 'replaced';
        outcome.entries.push({ filename: doc.filename, status, meetingDate: doc.extraction.meeting.date, dateInferred: doc.extraction.meeting.dateInferred, warnings: doc.extraction.warnings });
        if (status === 'unchanged') continue;
        if (status === 'replaced') {
          replaced = true;
          resolver.forget(await tx.run('ingest/document-people', { meetingId: meetingId(doc.filename) }));
          await tx.run('ingest/delete-document', { docId: documentId(doc.filename) });
        }
        written.push(documentRows({ filename: doc.filename, text: doc.text, hash: doc.hash, extraction: doc.extraction, vocabulary, resolver }));
        outcome.mergedMentions.push(...resolver.drainMerges().map((m) => ({ ...m, document: doc.filename })));
        outcome.candidates.push(...doc.extraction.candidates.map((c) => ({ name: c.name, kind: c.kind, document: doc.filename })));
      }
      if (written.length === 0) continue;
      const personIds = [...new Set(written.flatMap((d) => d.personIds))];
      outcome.newPeople = personIds.filter((id) => !before.has(id)).length;
      const sent = writeDocuments(tx, { documents: written, people: personRows(resolver, personIds), duplicates: duplicatesOf(resolver, personIds) }).then((created) => {
        outcome.relationshipsCreated = created;
        return created;
      });
      sent.catch(() => {}); // a failure is reported when the writes are awaited below
      writes.push(sent);
      // Let the driver hand the queued messages to the socket before extraction keeps the event loop busy.
      await new Promise((resolve) => setImmediate(resolve));
      await new Promise((resolve) => setImmediate(resolve));
    }
    overlap.whileWriting?.();
    await Promise.all(writes);
    if (replaced) await tx.run('ingest/delete-orphans', { personIds: resolver.forgottenIds() });
    return results;
  });
  return perChunk ? outcomes : outcomes[0]!;
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
