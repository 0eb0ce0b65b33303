// schema.graphql names its @cypher statements (`statement: "@api/fields/person-meetings"`)
// instead of holding Cypher, so every statement lives in cypher/ where the loader checks
// its params header and the EXPLAIN test plans it. This puts the text in place.
import type { CypherCatalog } from '../db/cypher.js';

/** The type definitions with each `statement: "@name"` replaced by that statement's text. */
export function inlineCypher(typeDefs: string, catalog: CypherCatalog): string {
  return typeDefs.replace(/statement:\s*"@([\w/-]+)"/g, (_match, name: string) => `statement: ${JSON.stringify(catalog.get(name).text)}`);
}
