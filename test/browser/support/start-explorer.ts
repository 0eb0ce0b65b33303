// The whole product in-process for browser tests: a built client, a fresh local Neo4j on a
// temporary folder, the app on a free port, and the seed corpus imported through the real
// ingest. Shared by the vitest global setup and by `.scratch` dev scripts.
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { startLocalNeo4j } from '../../../neo4j/local-neo4j.js';
import { freePort } from '../../../neo4j/ports.js';
import { readConfig } from '../../../server/config/env.js';
import { importDocuments } from '../../../server/ingest/import-documents.js';
import { createLogger } from '../../../server/logger.js';
import { startApp } from '../../../server/start-app.js';

const root = fileURLToPath(new URL('../../../', import.meta.url));

export interface RunningExplorer {
  url: string;
  stop(): Promise<void>;
}

export interface StartExplorerOptions {
  /** Skip `vite build` when dist/client is known to be fresh. */
  skipBuild?: boolean;
  log?: (message: string) => void;
}

/** Builds the client, starts Neo4j and the app, and imports seed/corpus. */
export async function startExplorer(options: StartExplorerOptions = {}): Promise<RunningExplorer> {
  const log = options.log ?? ((m: string) => console.log(m));
  if (!options.skipBuild) {
    const started = Date.now();
    // The app serves dist/client at /; building first means the tests see the current client.
    await build({ configFile: path.join(root, 'vite.config.ts'), logLevel: 'warn', mode: 'production' });
    log(`[browser] client built in ${Date.now() - started} ms`);
  }
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'gr-explorer-browser-neo4j-'));
  const neo4j = await startLocalNeo4j({ dataDir, boltPort: await freePort(), heap: '1g', pageCache: '256m', onProgress: (m) => log(`[neo4j] ${m}`) });
  const stopNeo4j = async () => {
    await neo4j.stop();
    await rm(dataDir, { recursive: true, force: true });
  };
  try {
    const config = readConfig({}, { NEO4J_URI: neo4j.uri, PORT: 0, LOG_LEVEL: 'warn' });
    const app = await startApp(config, createLogger('warn'), { seed: false });
    const corpus = path.join(root, 'seed/corpus');
    const inputs = await Promise.all(
      (await readdir(corpus)).sort().map(async (filename) => ({ filename, content: await readFile(path.join(corpus, filename)) })),
    );
    const report = await importDocuments(app.db, inputs);
    log(`[browser] imported ${report.imported} notes (${report.rejected} rejected) at ${app.url}`);
    return {
      url: app.url,
      stop: async () => {
        await app.stop();
        await stopNeo4j();
      },
    };
  } catch (error) {
    await stopNeo4j();
    throw error;
  }
}
