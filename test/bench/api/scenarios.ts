// The four measured requests: each as a GraphQL body (varied per request) and as the same
// Cypher run straight through the driver with the same parameters, for the API/raw ratio.
import type { Database, Tx } from '../../../server/db/database.js';
import { luceneQuery, searchTerms } from '../../../server/graphql/resolvers/lucene-query.js';
import type { BenchInputs } from './pick-inputs.js';

export interface Scenario {
  name: 'search' | 'neighborhood' | 'themeHistory' | 'participation';
  /** The GraphQL request bodies, used in turn. */
  bodies: string[];
  /** The same statements straight through `db`, for input `i` (taken modulo the inputs). */
  raw: (db: Database, i: number) => Promise<unknown>;
}

const defaults = {
  /** The neighbourhood: two steps, at most 500 nodes. */
  depth: 2,
  limit: 500,
  searchFirst: 20,
};

const SEARCH = `query Search($text: String!, $first: Int) { search(text: $text, first: $first) { id type name score aliases } }`;
const NEIGHBORHOOD = `query Neighborhood($ids: [ID!]!, $depth: Int, $limit: Int) {
  neighborhood(ids: $ids, depth: $depth, limit: $limit) {
    nodes { id type label properties years }
    edges { id source target type years excerpt docId count }
    truncated
  }
}`;
const THEME_HISTORY = `query ThemeHistory($id: ID!) {
  theme(id: $id) { id name history { meetingId meetingTitle date year dateInferred networks itemId itemTitle excerpt docId lineStart lineEnd } }
}`;
const PARTICIPATION = `query Participation { participation { municipality { id name } project { id name } firstYear lastYear evidenceCount } }`;

const body = (query: string, variables: Record<string, unknown>): string => JSON.stringify({ query, variables });
const at = <T>(list: T[], i: number): T => list[i % list.length]!;

// The search resolver's statements: all terms required, then any term when that found nothing.
async function rawSearch(db: Database, text: string): Promise<unknown> {
  const terms = searchTerms(text);
  return db.readTx(async (tx) => {
    const params = { types: [], first: defaults.searchFirst };
    const hits = await tx.run('api/search-entities', { ...params, query: luceneQuery(terms, 'all') });
    if (hits.length > 0 || terms.length === 1) return hits;
    return tx.run('api/search-entities', { ...params, query: luceneQuery(terms, 'any') });
  });
}

// The neighbourhood resolver's statements in its order, one transaction, with the frontier
// computed the same way, so the database does the same work the API asks of it.
async function rawNeighborhood(db: Database, id: string): Promise<unknown> {
  return db.readTx(async (tx: Tx) => {
    const starts = await tx.run('api/nodes-by-ids', { ids: [id] });
    const seen = new Set(starts.map((s) => String(s.eid)));
    let frontier = [...seen];
    let truncated = false;
    const cap = defaults.limit * 20;
    for (let step = 0; step < defaults.depth && frontier.length > 0 && !truncated; step++) {
      const rows = await tx.run('api/neighborhood-step', { frontier, types: [], from: null, to: null, cap });
      if (rows.length >= cap) truncated = true;
      const next: string[] = [];
      for (const row of rows) {
        const eid = String(row.neighborEid);
        if (seen.has(eid)) continue;
        if (seen.size >= defaults.limit) {
          truncated = true;
          continue;
        }
        seen.add(eid);
        next.push(eid);
      }
      frontier = next;
    }
    return tx.run('api/canvas-nodes', { eids: [...seen] });
  });
}

// theme(id:) { history } is @cypher on @neo4j/graphql: by-id/theme, then the field's
// statement with `this` bound. Raw, that is the field statement in a CALL under the match.
function themeHistoryCypher(db: Database): string {
  return `MATCH (this:Theme {id: $id})
CALL (this) {
${db.catalog.get('api/fields/subject-history').text}
}
RETURN this.id AS id, this.name AS name, collect(row) AS history`;
}

/** The scenarios for these inputs. */
export function scenarios(inputs: BenchInputs): Scenario[] {
  let historyCypher: string | undefined;
  return [
    {
      name: 'search',
      bodies: inputs.searchTexts.map((text) => body(SEARCH, { text, first: defaults.searchFirst })),
      raw: (db, i) => rawSearch(db, at(inputs.searchTexts, i)),
    },
    {
      name: 'neighborhood',
      bodies: inputs.neighborhoodIds.map((id) => body(NEIGHBORHOOD, { ids: [id], depth: defaults.depth, limit: defaults.limit })),
      raw: (db, i) => rawNeighborhood(db, at(inputs.neighborhoodIds, i)),
    },
    {
      name: 'themeHistory',
      bodies: inputs.themeIds.map((id) => body(THEME_HISTORY, { id })),
      raw: (db, i) => {
        historyCypher ??= themeHistoryCypher(db);
        return db.driver.executeQuery(historyCypher, { id: at(inputs.themeIds, i) }, { database: db.databaseName, routing: 'READ' });
      },
    },
    {
      name: 'participation',
      bodies: [body(PARTICIPATION, {})],
      raw: (db) => db.read('api/participation', { projectIds: [], municipalityIds: [], first: 1000 }),
    },
  ];
}
