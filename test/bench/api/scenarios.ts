// The four measured requests: each as a GraphQL body (varied per request) and as the same
// Cypher run straight through the driver with the same parameters, for the API/raw ratio.
import type { Database, Tx } from '../../../server/db/database.js';
import { canvasNodes, collapseEdges } from '../../../server/graphql/resolvers/canvas.js';
import { searchTerms } from '../../../server/graphql/resolvers/lucene-query.js';
import { searchPasses } from '../../../server/graphql/resolvers/search.js';
import { walkNeighborhood } from '../../../server/graphql/resolvers/neighborhood.js';
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

// The search resolver's statements: exact and prefix first, then fuzzy, then any term.
async function rawSearch(db: Database, text: string): Promise<unknown> {
  return db.readTx((tx) => searchPasses(tx, searchTerms(text), [], defaults.searchFirst));
}

// The neighbourhood resolver's statements in its order, one transaction, with the frontier
// computed by the same walk, so the database does the same work the API asks of it.
async function rawNeighborhood(db: Database, id: string): Promise<unknown> {
  return db.readTx(async (tx: Tx) => {
    const starts = await tx.run('api/nodes-by-ids', { ids: [id] });
    const walk = await walkNeighborhood(tx, starts.map((s) => String(s.eid)), { depth: defaults.depth, limit: defaults.limit, types: [], from: null, to: null });
    const nodes = await canvasNodes(tx, walk.eids);
    return collapseEdges(walk.facts, nodes);
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
        // The field's default page (first: 1000, offset: 0), as the API applies it.
        return db.driver.executeQuery(historyCypher, { id: at(inputs.themeIds, i), first: 1000, offset: 0 }, { database: db.databaseName, routing: 'READ' });
      },
    },
    {
      name: 'participation',
      bodies: [body(PARTICIPATION, {})],
      raw: (db) => db.read('api/participation', { projectIds: [], municipalityIds: [], first: 1000 }),
    },
  ];
}
