// A throwaway Neo4j for a benchmark: the project's launcher on a temporary data folder and a
// free port, stopped and deleted afterwards, also on an error or Ctrl-C (the launcher puts
// Java in its own process group, so a signal reaches only Node and Node must stop it).
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { startLocalNeo4j } from '../../../neo4j/local-neo4j.js';
import { freePort } from '../../../neo4j/ports.js';
import { Database } from '../../../server/db/database.js';
import { createLogger } from '../../../server/logger.js';

export interface BenchNeo4jOptions {
  heap?: string;
  pageCache?: string;
  /** Server-side limit of every transaction. */
  queryTimeoutMs?: number;
  /** Progress messages; defaults to silence. */
  onProgress?: (message: string) => void;
}

export const defaults = {
  /** Enough that a 10,000-note graph never waits on garbage collection. */
  heap: '2g',
  /** Holds the whole benchmark graph, so reads never touch the disk. */
  pageCache: '1g',
  /** Generous: wiping a large graph is one transaction. */
  queryTimeoutMs: 300_000,
};

export interface BenchNeo4j {
  uri: string;
  dataDir: string;
  /** Process id of the database's JVM, e.g. for its CPU time. */
  pid: number;
  /** Connected, with the schema applied. */
  db: Database;
}

/** Starts a fresh Neo4j, runs `work` against it, and always stops it and removes its folder. */
export async function withLocalNeo4j<T>(options: BenchNeo4jOptions, work: (neo4j: BenchNeo4j) => Promise<T>): Promise<T> {
  const settings = { ...defaults, ...options };
  const say = options.onProgress ?? (() => {});
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'gr-explorer-bench-neo4j-'));
  let stop = async (): Promise<void> => {};
  let db: Database | undefined;
  const cleanup = async (): Promise<void> => {
    await db?.close().catch(() => {});
    await stop().catch(() => {});
    await rm(dataDir, { recursive: true, force: true });
  };
  const onSignal = (signal: NodeJS.Signals): void => {
    say(`${signal}: stopping Neo4j and removing ${dataDir}`);
    void cleanup().finally(() => process.exit(signal === 'SIGINT' ? 130 : 143));
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  try {
    const started = performance.now();
    const neo4j = await startLocalNeo4j({ dataDir, boltPort: await freePort(), heap: settings.heap, pageCache: settings.pageCache, onProgress: say });
    stop = neo4j.stop;
    say(`Neo4j up at ${neo4j.uri} in ${((performance.now() - started) / 1000).toFixed(1)} s (heap ${settings.heap}, page cache ${settings.pageCache})`);
    db = await Database.connect({ uri: neo4j.uri, username: 'neo4j', database: 'neo4j', queryTimeoutMs: settings.queryTimeoutMs, logger: createLogger('warn') });
    await db.applySchema();
    return await work({ uri: neo4j.uri, dataDir, pid: neo4j.pid, db });
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    say('stopping Neo4j');
    await cleanup();
  }
}
