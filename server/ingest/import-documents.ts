// Imports meeting notes: validate, extract, resolve people, write. Each document is atomic: it
// is written entirely or not at all. Consecutive documents share a write transaction (a few
// round trips and one commit for many notes); if that transaction fails, its documents are
// written again one transaction each, so a bad one is rejected alone while the rest go on.
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
  /** Documents per write transaction. */
  batchSize?: number;
  /** Called after each document, for progress display. */
  onDocument?: (report: DocumentReport, index: number, total: number) => void;
}

interface Prepared {
  filename: string;
  text: string;
  hash: string;
  extraction: Extraction;
}

const DEFAULT_BATCH_SIZE = 100;

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

  for (let start = 0; start < inputs.length; start += batchSize) {
    const prepared: Prepared[] = [];
    for (const input of inputs.slice(start, start + batchSize)) {
      try {
        prepared.push(prepare(input, vocabulary, resolver));
      } catch (error) {
        record(rejection(input.filename, error, options.logger));
      }
    }
    const commit = (batch: BatchOutcome): void => {
      addBatch(report, batch);
      batch.entries.forEach(record);
    };
    try {
      commit(await writeBatch(db, prepared, vocabulary, resolver));
    } catch (error) {
      if (prepared.length === 1) {
        record(rejection(prepared[0]!.filename, error, options.logger));
        resolver = await loadResolver(db, vocabulary);
        continue;
      }
      // The batch rolled back: forget what the resolver learnt from it, then isolate the culprit.
      options.logger?.warn({ err: error, documents: prepared.length }, 'batch failed; writing its documents one by one');
      resolver = await loadResolver(db, vocabulary);
      for (const doc of prepared) {
        try {
          commit(await writeBatch(db, [doc], vocabulary, resolver));
        } catch (single) {
          record(rejection(doc.filename, single, options.logger));
          resolver = await loadResolver(db, vocabulary);
        }
      }
    }
  }
  report.possibleDuplicates = resolver.possibleDuplicates();
  report.durationMs = Date.now() - started;
  return report;
}

function prepare(input: ImportInput, vocabulary: Vocabulary, resolver: PersonResolver): Prepared {
  const text = validateDocument(input.content, input.filename).normalize('NFC');
  const extraction = extractDocument(text, { filename: input.filename, vocabulary, knownNames: resolver.knownNames() });
  if (extraction.attendees.length === 0 && extraction.agendaItems.length === 0) {
    throw new DocumentRejectedError('no-structure', `${input.filename}: no attendance list and no agenda items were found; is this a meeting note?`);
  }
  return { filename: input.filename, text, hash: contentHash(text), extraction };
}

// One transaction for the documents; resolution happens inside it, after replaced documents
// have given back the name forms they contributed. Totals are returned, not recorded, so that a
// transaction that fails at commit leaves the report untouched.
async function writeBatch(db: Database, docs: Prepared[], vocabulary: Vocabulary, resolver: PersonResolver): Promise<BatchOutcome> {
  const outcome: BatchOutcome = { entries: [], newPeople: 0, mergedMentions: [], candidates: [], relationshipsCreated: 0 };
  if (docs.length === 0) return outcome;
  return db.writeTx(async (tx) => {
    const known = new Map((await tx.run('ingest/document-hashes', { docIds: docs.map((d) => documentId(d.filename)) })).map((r) => [r.id, r.contentHash]));
    const written: DocumentRows[] = [];
    const before = new Set(resolver.ids());
    for (const doc of docs) {
      const existing = known.get(documentId(doc.filename));
      const status = existing === undefined ? 'imported' : existing === doc.hash ? 'unchanged' : 'replaced';
      outcome.entries.push({ filename: doc.filename, status, meetingDate: doc.extraction.meeting.date, dateInferred: doc.extraction.meeting.dateInferred, warnings: doc.extraction.warnings });
      if (status === 'unchanged') continue;
      if (status === 'replaced') {
        resolver.forget(await tx.run('ingest/document-people', { meetingId: meetingId(doc.filename) }));
        await tx.run('ingest/delete-document', { docId: documentId(doc.filename) });
      }
      written.push(documentRows({ filename: doc.filename, text: doc.text, extraction: doc.extraction, vocabulary, resolver }));
      outcome.mergedMentions.push(...resolver.drainMerges().map((m) => ({ ...m, document: doc.filename })));
      outcome.candidates.push(...doc.extraction.candidates.map((c) => ({ name: c.name, kind: c.kind, document: doc.filename })));
    }
    if (written.length === 0) return outcome;
    const personIds = [...new Set(written.flatMap((d) => d.personIds))];
    outcome.relationshipsCreated = await writeDocuments(tx, { documents: written, people: personRows(resolver, personIds), duplicates: duplicatesOf(resolver, personIds) });
    if (outcome.entries.some((e) => e.status === 'replaced')) await tx.run('ingest/delete-orphans', { personIds: resolver.forgottenIds() });
    outcome.newPeople = personIds.filter((id) => !before.has(id)).length;
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
