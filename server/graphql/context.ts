// What every resolver receives: the database and who is asking, plus what @neo4j/graphql
// reads from the context to run the generated queries on the same server and limits.
import type { Database } from '../db/database.js';
import type { CacheDecision } from '../http/response-cache.js';
import type { Logger } from '../logger.js';

export interface GraphQLContext {
  db: Database;
  logger: Logger;
  /** True when the request carried the API token: only then are mutations allowed. */
  authorized: boolean;
  /** Whether the HTTP layer may keep this answer for the next identical request. */
  cacheDecision: CacheDecision;
  /** @neo4j/graphql opens its sessions with this (the configured database). */
  sessionConfig?: { database: string };
  /** @neo4j/graphql's transactions get the same server-side timeout as Database's. */
  transaction?: { timeout: number };
}
