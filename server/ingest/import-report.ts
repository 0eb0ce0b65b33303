// What an import tells the person who ran it, document by document and in total.

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

/** What one committed write transaction adds to the report. */
export type BatchOutcome = Pick<ImportReport, 'newPeople' | 'mergedMentions' | 'candidates' | 'relationshipsCreated'> & { entries: DocumentReport[] };

export function emptyReport(): ImportReport {
  return { documents: [], imported: 0, replaced: 0, unchanged: 0, rejected: 0, newPeople: 0, mergedMentions: [], possibleDuplicates: [], candidates: [], relationshipsCreated: 0, durationMs: 0 };
}

/** Adds a committed batch's totals (its documents are recorded one by one by the caller). */
export function addBatch(report: ImportReport, batch: BatchOutcome): void {
  report.newPeople += batch.newPeople;
  report.relationshipsCreated += batch.relationshipsCreated;
  report.mergedMentions.push(...batch.mergedMentions);
  report.candidates.push(...batch.candidates);
}
