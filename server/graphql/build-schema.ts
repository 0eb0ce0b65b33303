// Puts the API's schema together: @neo4j/graphql generates the entity API from the `@node`
// types in schema.graphql (filters, sorting, cursor pages, aggregates; its mutations are
// switched off), and the domain queries and curation mutations come from resolvers/.
import { readFileSync } from 'node:fs';
import { Neo4jGraphQL } from '@neo4j/graphql';
import type { GraphQLSchema } from 'graphql';
import type { Database } from '../db/database.js';
import { inlineCypher } from './inline-cypher.js';
import { jsonScalar } from './json-scalar.js';
import { requireFound } from './require-found.js';
import { attendanceResolvers } from './resolvers/attendance.js';
import { connectionsResolvers } from './resolvers/connections.js';
import { curationResolvers } from './resolvers/curation.js';
import { duplicateResolvers } from './resolvers/duplicates.js';
import { entityResolvers } from './resolvers/entities-by-id.js';
import { healthResolvers } from './resolvers/health.js';
import { neighborhoodResolvers } from './resolvers/neighborhood.js';
import { participationResolvers } from './resolvers/participation.js';
import { recurrenceResolvers } from './resolvers/recurrence.js';
import { searchResolvers } from './resolvers/search.js';

export const TYPE_DEFS_FILE = new URL('./schema.graphql', import.meta.url);

const BY_ID_FIELDS = ['person', 'municipality', 'organization', 'network', 'project', 'theme', 'meeting', 'agendaItem', 'document'];

const resolvers = [
  { JSON: jsonScalar },
  healthResolvers,
  searchResolvers,
  entityResolvers,
  neighborhoodResolvers,
  connectionsResolvers,
  recurrenceResolvers,
  participationResolvers,
  attendanceResolvers,
  duplicateResolvers,
  curationResolvers,
];

/** The executable schema the HTTP server serves; generated queries run on `db.driver`. */
export async function buildSchema(db: Database): Promise<GraphQLSchema> {
  const typeDefs = inlineCypher(readFileSync(TYPE_DEFS_FILE, 'utf8'), db.catalog);
  const library = new Neo4jGraphQL({
    typeDefs,
    driver: db.driver,
    resolvers,
    features: {
      // Dates are ISO strings ("2022-05-06", "2022-05"), so ranges are string comparisons:
      // meetings(where: { date: { gte: "2022-01-01", lt: "2023-01-01" } }).
      filters: { String: { LT: true, LTE: true, GT: true, GTE: true } },
      // The deprecated v6 spellings (name_CONTAINS, …) would double the schema an analyst reads.
      excludeDeprecatedFields: { mutationOperations: true, aggregationFilters: true, aggregationFiltersOutsideConnection: true, relationshipFilters: true, attributeFilters: true },
    },
  });
  return requireFound(await library.getSchema(), BY_ID_FIELDS);
}
