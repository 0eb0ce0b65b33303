// Brings the whole product up in order: Neo4j (the project's own unless NEO4J_URI is set),
// the schema, the seed corpus on an empty graph, then the HTTP server. `stop` undoes it all.
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Express } from 'express';
import { startLocalNeo4j, type LocalNeo4j } from '../neo4j/local-neo4j.js';
import type { Config } from './config/env.js';
import { Database } from './db/database.js';
import { createHttpApp } from './http/create-http-app.js';
import type { Logger } from './logger.js';

export interface RunningApp {
  url: string;
  db: Database;
  stop(): Promise<void>;
}

/** Starts everything; on failure, stops what it had already started. */
export async function startApp(config: Config, logger: Logger): Promise<RunningApp> {
  const cleanups: { what: string; run: () => Promise<void> }[] = [];
  const stop = async (): Promise<void> => {
    for (const cleanup of cleanups.reverse()) {
      logger.debug(`stopping ${cleanup.what}`);
      await cleanup.run();
    }
  };
  try {
    const uri = config.NEO4J_URI ?? (await startOwnNeo4j(config, logger, cleanups));
    const db = await Database.connect({
      uri,
      username: config.NEO4J_USERNAME,
      password: config.NEO4J_PASSWORD,
      database: config.NEO4J_DATABASE,
      queryTimeoutMs: config.QUERY_TIMEOUT_MS,
      logger: logger.child({ component: 'db' }),
    });
    cleanups.push({ what: 'database connections', run: () => db.close() });
    await db.applySchema();
    logger.info({ uri, database: config.NEO4J_DATABASE }, 'schema applied');

    const { app, apollo } = await createHttpApp({ db, logger: logger.child({ component: 'http' }), apiToken: config.API_TOKEN });
    cleanups.push({ what: 'GraphQL server', run: () => apollo.stop() });
    const server = await listen(app, config.PORT, config.HOST);
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

async function startOwnNeo4j(config: Config, logger: Logger, cleanups: { what: string; run: () => Promise<void> }[]): Promise<string> {
  const log = logger.child({ component: 'neo4j' });
  const neo4j: LocalNeo4j = await startLocalNeo4j({
    dataDir: config.NEO4J_DATA_DIR,
    boltPort: config.NEO4J_BOLT_PORT,
    password: config.NEO4J_PASSWORD,
    heap: config.NEO4J_HEAP,
    pageCache: config.NEO4J_PAGECACHE,
    onProgress: (message) => log.info(message),
  });
  cleanups.push({
    what: 'Neo4j',
    run: async () => {
      await neo4j.stop();
      if (!neo4j.reused) log.info('Neo4j stopped');
    },
  });
  return neo4j.uri;
}

function listen(app: Express, port: number, host: string): Promise<Server> {
  return new Promise((resolve, reject) => {
    const server = app.listen(port, host);
    server.once('listening', () => resolve(server));
    server.once('error', (error: NodeJS.ErrnoException) => {
      reject(error.code === 'EADDRINUSE' ? new Error(`port ${port} is already in use; stop what uses it or set PORT`) : error);
    });
  });
}
