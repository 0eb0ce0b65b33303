// What every resolver receives: the database and who is asking.
import type { Database } from '../db/database.js';
import type { Logger } from '../logger.js';

export interface GraphQLContext {
  db: Database;
  logger: Logger;
  /** True when the request carried the API token: only then are mutations allowed. */
  authorized: boolean;
}
