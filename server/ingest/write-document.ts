// Writes one document's rows in the caller's transaction. The statements are issued without
// waiting for each other: the driver pipelines them over one connection and Neo4j runs them
// in order, so a document costs about one round trip instead of twenty.
import type { Tx } from '../db/database.js';
import type { DocumentRows, Row } from './document-rows.js';

/** Statement name → the rows it takes, for the facts that hang off people, items and meetings. */
const FACT_STATEMENTS: [string, keyof DocumentRows][] = [
  ['ingest/create-attendance', 'attendance'],
  ['ingest/create-note-takers', 'noteTakers'],
  ['ingest/create-represents-municipality', 'representsMunicipality'],
  ['ingest/create-represents-organization', 'representsOrganization'],
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
];

export interface WriteInput {
  rows: DocumentRows;
  people: Row[];
  duplicates: Row[];
}

/** Creates the document, its meeting and every fact; returns how many relationships it created. */
export async function writeDocument(tx: Tx, { rows, people, duplicates }: WriteInput): Promise<number> {
  const { meetingId, docId } = rows;
  const pending: Promise<Row[]>[] = [
    tx.run('ingest/create-document', { document: rows.document, meeting: rows.meeting, networks: rows.networks }),
    tx.run('ingest/upsert-people', { people }),
    tx.run('ingest/create-agenda-items', { meetingId, items: rows.items }),
  ];
  for (const [statement, key] of FACT_STATEMENTS) {
    const list = rows[key] as Row[];
    if (list.length > 0) pending.push(tx.run(statement, { meetingId, rows: list }).then((r) => r));
  }
  if (rows.candidates.length > 0) pending.push(tx.run('ingest/create-candidates', { docId, rows: rows.candidates }));
  if (duplicates.length > 0) pending.push(tx.run('ingest/upsert-possible-duplicates', { rows: duplicates }));
  const results = await Promise.all(pending);
  const created = results.slice(3).reduce((sum, result) => sum + Number(result[0]?.created ?? 0), 0);
  // RECORDED_IN, OF_NETWORK and PART_OF come with the document and its items.
  return created + 1 + rows.networks.length + rows.items.length;
}
