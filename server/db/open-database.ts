// Connects to the configured Neo4j: NEO4J_URI when set, otherwise the project's own, started
// (or reused) here. `close` closes the connections and stops a database this call started.
import { startLocalNeo4j } from '../../neo4j/local-neo4j.js';
import type { Config } from '../config/env.js';
import type { Logger } from '../logger.js';
import { Database } from './database.js';

export interface OpenDatabase {
  db: Database;
  uri: string;
  close(): Promise<void>;
}

/** The database the configuration names, with the schema applied. */
export async function openDatabase(config: Config, logger: Logger): Promise<OpenDatabase> {
  const log = logger.child({ component: 'neo4j' });
  const local = config.NEO4J_URI
    ? undefined
    : await startLocalNeo4j({
        dataDir: config.NEO4J_DATA_DIR,
        boltPort: config.NEO4J_BOLT_PORT,
        password: config.NEO4J_PASSWORD,
        heap: config.NEO4J_HEAP,
        pageCache: config.NEO4J_PAGECACHE,
        onProgress: (message) => log.info(message),
      });
  const uri = config.NEO4J_URI ?? local!.uri;
  const stopLocal = async (): Promise<void> => {
    if (!local) return;
    await local.stop();
    if (!local.reused) log.info('Neo4j stopped');
  };
  try {
    const db = await Database.connect({
      uri,
      username: config.NEO4J_USERNAME,
      password: config.NEO4J_PASSWORD,
      database: config.NEO4J_DATABASE,
      queryTimeoutMs: config.QUERY_TIMEOUT_MS,
      writeTimeoutMs: config.WRITE_TIMEOUT_MS,
      logger: logger.child({ component: 'db' }),
    });
    await db.applySchema();
    return {
      db,
      uri,
      close: async () => {
        await db.close();
        await stopLocal();
      },
    };
  } catch (error) {
    await stopLocal();
    throw error;
  }
}
