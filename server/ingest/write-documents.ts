// Writes the rows of several documents in the caller's transaction: each statement runs
// once over the rows of all of them (UNWIND), so a batch costs a few round trips and one
// commit rather than twenty of each per document. Statements are issued without waiting
// for each other; the driver pipelines them and Neo4j runs them in order. Rows travel as
// JSON text (server/db/json-rows.ts).
import type { Tx } from '../db/database.js';
import { jsonRows } from '../db/json-rows.js';
import type { DocumentRows, Row } from './document-rows.js';

/** Statement name → the rows it takes, in dependency order (documents and people first). */
const FACT_STATEMENTS: [string, keyof DocumentRows][] = [
  ['ingest/create-agenda-items', 'items'],
  ['ingest/create-attendance', 'attendance'],
  ['ingest/create-note-takers', 'noteTakers'],
  ['ingest/create-represents-municipality', 'representsMunicipality'],
  ['ingest/create-represents-organization', 'representsOrganization'],
  ['ingest/create-represented-at', 'representedAt'],
  ['ingest/create-presenters', 'presenters'],
  ['ingest/create-item-about-project', 'itemAboutProject'],
  ['ingest/create-item-about-theme', 'itemAboutTheme'],
  ['ingest/create-item-mentions-person', 'itemMentionsPerson'],
  ['ingest/create-item-mentions-municipality', 'itemMentionsMunicipality'],
  ['ingest/create-item-mentions-organization', 'itemMentionsOrganization'],
  ['ingest/create-meeting-about-project', 'meetingAboutProject'],
  ['ingest/create-meeting-about-theme', 'meetingAboutTheme'],
  ['ingest/create-participation', 'participation'],
  ['ingest/create-project-themes', 'projectThemes'],
  ['ingest/create-candidates', 'candidates'],
];

export interface WriteInput {
  documents: DocumentRows[];
  /** The final state of every person the documents refer to. */
  people: Row[];
  duplicates: Row[];
}

/**
 * Creates the documents, their meetings and every fact, and adds the documents' years to the
 * entities the facts touch; returns how many relationships that made.
 */
export async function writeDocuments(tx: Tx, { documents, people, duplicates }: WriteInput): Promise<number> {
  const pending: Promise<Row[]>[] = [
    tx.run('ingest/create-documents', { documents: jsonRows(documents.map((d) => ({ document: d.document, meeting: d.meeting, networks: d.networks }))) }),
    tx.run('ingest/upsert-people', { people: jsonRows(people) }),
  ];
  for (const [statement, key] of FACT_STATEMENTS) {
    const rows = documents.flatMap((d) => d[key] as Row[]);
    if (rows.length > 0) pending.push(tx.run(statement, { rows: jsonRows(rows) }));
  }
  if (duplicates.length > 0) pending.push(tx.run('ingest/upsert-possible-duplicates', { rows: jsonRows(duplicates) }));
  // Last: it reads the facts written above to give the entities they touch their years.
  const years = tx.run('ingest/update-fact-years', { docIds: documents.map((d) => d.docId), recompute: [] });
  const [results] = await Promise.all([Promise.all(pending), years]);
  const facts = results.slice(2).reduce((sum, result) => sum + Number(result[0]?.created ?? 0), 0);
  // RECORDED_IN and OF_NETWORK come with each document.
  return facts + documents.reduce((sum, d) => sum + 1 + d.networks.length, 0);
}
