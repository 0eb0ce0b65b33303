// Imports meeting notes: validate, extract, resolve people, write — one transaction per
// document. An unchanged document is skipped, a changed one replaces only its own facts, and
// a document that cannot be read is rejected with a reason while the rest of the batch goes on.
import type { Database } from '../db/database.js';
import type { Logger } from '../logger.js';
import { documentRows, contentHash, type Row } from './document-rows.js';
import { DocumentRejectedError, extractDocument, loadVocabulary, validateDocument, type Vocabulary } from './parse/index.js';
import { loadResolver, personRows } from './people-store.js';
import type { PersonResolver } from './person-resolver.js';
import { writeVocabulary } from './vocabulary-nodes.js';
import { writeDocument } from './write-document.js';

export interface ImportInput {
  filename: string;
  /** The file's bytes (binary files are detected) or its text. */
  content: Uint8Array | string;
}

export type DocumentStatus = 'imported' | 'replaced' | 'unchanged' | 'rejected';

export interface DocumentReport {
  filename: string;
  status: DocumentStatus;
  /** Why a document was rejected: empty, too-large, binary, no-structure, or write-failed. */
  reason?: string;
  message?: string;
  meetingDate?: string | null;
  dateInferred?: boolean;
  warnings: string[];
}

export interface ImportReport {
  documents: DocumentReport[];
  imported: number;
  replaced: number;
  unchanged: number;
  rejected: number;
  newPeople: number;
  /** Mentions matched to an existing person by a middle name or a spelling difference. */
  mergedMentions: { name: string; into: string; by: string; document: string }[];
  possibleDuplicates: { a: string; b: string; score: number; reasons: string[] }[];
  candidates: { name: string; kind: string; document: string }[];
  relationshipsCreated: number;
  durationMs: number;
}

export interface ImportOptions {
  logger?: Logger;
  vocabulary?: Vocabulary;
  /** Called after each document, for progress display. */
  onDocument?: (report: DocumentReport, index: number, total: number) => void;
}

/** Imports `inputs` in order and reports what happened to each. */
export async function importDocuments(db: Database, inputs: ImportInput[], options: ImportOptions = {}): Promise<ImportReport> {
  const started = Date.now();
  const vocabulary = options.vocabulary ?? loadVocabulary();
  await writeVocabulary(db, vocabulary);
  let resolver = await loadResolver(db, vocabulary);
  const report: ImportReport = { documents: [], imported: 0, replaced: 0, unchanged: 0, rejected: 0, newPeople: 0, mergedMentions: [], possibleDuplicates: [], candidates: [], relationshipsCreated: 0, durationMs: 0 };

  for (const [index, input] of inputs.entries()) {
    const filename = input.filename;
    let entry: DocumentReport;
    try {
      const text = validateDocument(input.content, filename).normalize('NFC');
      const extraction = extractDocument(text, { filename, vocabulary, knownNames: resolver.knownNames() });
      if (extraction.attendees.length === 0 && extraction.agendaItems.length === 0) {
        throw new DocumentRejectedError('no-structure', `${filename}: no attendance list and no agenda items were found; is this a meeting note?`);
      }
      const docId = `doc:${filename}`;
      const outcome = await db.writeTx(async (tx) => {
        const [existing] = await tx.run('ingest/document-hash', { docId });
        if (existing?.contentHash === contentHash(text)) return { status: 'unchanged' as const, created: 0 };
        if (existing) {
          resolver.forget(await tx.run('ingest/document-people', { meetingId: `meeting:${filename}` }));
          await tx.run('ingest/delete-document', { docId });
        }
        const before = new Set(resolver.ids());
        const rows = documentRows({ filename, text, extraction, vocabulary, resolver });
        const created = await writeDocument(tx, { rows, people: personRows(resolver, rows.personIds), duplicates: duplicatesOf(resolver, rows.personIds) });
        if (existing) await tx.run('ingest/delete-orphans', { personIds: resolver.forgottenIds() });
        report.newPeople += rows.personIds.filter((id) => !before.has(id)).length;
        return { status: existing ? ('replaced' as const) : ('imported' as const), created };
      });
      report.relationshipsCreated += outcome.created;
      entry = { filename, status: outcome.status, meetingDate: extraction.meeting.date, dateInferred: extraction.meeting.dateInferred, warnings: extraction.warnings };
      if (outcome.status !== 'unchanged') {
        report.mergedMentions.push(...resolver.drainMerges().map((m) => ({ ...m, document: filename })));
        report.candidates.push(...extraction.candidates.map((c) => ({ name: c.name, kind: c.kind, document: filename })));
      }
    } catch (error) {
      entry = rejection(filename, error, options.logger);
      // The transaction rolled back; the resolver must forget what it learnt from this document.
      resolver = await loadResolver(db, vocabulary);
    }
    report[entry.status] += 1;
    report.documents.push(entry);
    options.onDocument?.(entry, index, inputs.length);
  }
  report.possibleDuplicates = resolver.possibleDuplicates();
  report.durationMs = Date.now() - started;
  return report;
}

// Only pairs that involve this document's people: older pairs are already in the graph.
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
