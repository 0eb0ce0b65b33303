// Brings the whole product up in order: Neo4j (the project's own unless NEO4J_URI is set),
// the schema, the seed corpus on an empty graph, then the HTTP server. `stop` undoes it all.
import { createServer, type RequestListener, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Config } from './config/env.js';
import type { Database } from './db/database.js';
import { openDatabase } from './db/open-database.js';
import { createHttpApp } from './http/create-http-app.js';
import { seedIfEmpty } from './ingest/seed-if-empty.js';
import type { Logger } from './logger.js';

export interface RunningApp {
  url: string;
  db: Database;
  stop(): Promise<void>;
}

export interface StartOptions {
  /** Load SEED_DIR when the graph is empty (npm start does; tests that bring their own data do not). */
  seed?: boolean;
}

/** Starts everything; on failure, stops what it had already started. */
export async function startApp(config: Config, logger: Logger, options: StartOptions = {}): Promise<RunningApp> {
  const cleanups: { what: string; run: () => Promise<void> }[] = [];
  const stop = async (): Promise<void> => {
    for (const cleanup of cleanups.reverse()) {
      logger.debug(`stopping ${cleanup.what}`);
      await cleanup.run();
    }
  };
  try {
    const { db, uri, close } = await openDatabase(config, logger);
    cleanups.push({ what: 'database', run: close });
    logger.info({ uri, database: config.NEO4J_DATABASE }, 'schema applied');
    if (options.seed ?? true) await seedIfEmpty(db, config.SEED_DIR, logger.child({ component: 'seed' }));

    const { handler, apollo } = await createHttpApp({
      db,
      logger: logger.child({ component: 'http' }),
      apiToken: config.API_TOKEN,
      queryTimeoutMs: config.QUERY_TIMEOUT_MS,
      responseCache: { maxMb: config.RESPONSE_CACHE_MB, ttlSeconds: config.RESPONSE_CACHE_TTL_S, checkSeconds: config.RESPONSE_CACHE_CHECK_S },
    });
    cleanups.push({ what: 'GraphQL server', run: () => apollo.stop() });
    const server = await listen(handler, config.PORT, config.HOST);
    cleanups.push({
      what: 'HTTP server',
      run: () =>
        new Promise<void>((resolve) => {
          server.close(() => resolve());
          // Idle keep-alive connections (a browser tab) would hold close() open.
          server.closeAllConnections();
        }),
    });
    const { port } = server.address() as AddressInfo;
    const url = `http://${config.HOST === '0.0.0.0' ? 'localhost' : config.HOST}:${port}`;
    logger.info({ url: `${url}/`, graphql: `${url}/graphql` }, 'explorer is up');
    return { url, db, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

function listen(handler: RequestListener, port: number, host: string): Promise<Server> {
  return new Promise((resolve, reject) => {
    const server = createServer(handler).listen(port, host);
    server.once('listening', () => resolve(server));
    server.once('error', (error: NodeJS.ErrnoException) => {
      reject(error.code === 'EADDRINUSE' ? new Error(`port ${port} is already in use; stop what uses it or set PORT`) : error);
    });
  });
}
