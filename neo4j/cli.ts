// `npm run neo4j:fetch` downloads the jars; `npm run neo4j:start` runs the local Neo4j alone
// (for using it from Neo4j's own tools) until Ctrl-C.
import { ConfigError, readConfig } from '../server/config/env.js';
import { startLocalNeo4j } from './local-neo4j.js';
import { ensureJars, LocalNeo4jError } from './prerequisites.js';

const say = (message: string): void => console.error(`[neo4j] ${message}`);

async function run(command: string | undefined): Promise<void> {
  if (command === 'fetch') {
    await ensureJars(say);
    say('jars are in neo4j/lib');
  } else if (command === 'start') {
    const config = readConfig();
    const neo4j = await startLocalNeo4j({
      dataDir: config.NEO4J_DATA_DIR,
      boltPort: config.NEO4J_BOLT_PORT,
      password: config.NEO4J_PASSWORD,
      heap: config.NEO4J_HEAP,
      pageCache: config.NEO4J_PAGECACHE,
      onProgress: say,
    });
    say(`ready at ${neo4j.uri}${neo4j.reused ? ' (already running)' : '; Ctrl-C stops it'}`);
    if (!neo4j.reused) {
      const stop = (): void => void neo4j.stop().then(() => process.exit(0));
      process.on('SIGINT', stop);
      process.on('SIGTERM', stop);
    }
  } else {
    say('usage: tsx neo4j/cli.ts fetch|start');
    process.exitCode = 2;
  }
}

try {
  await run(process.argv[2]);
} catch (error) {
  // A bad environment or a failed fetch is the user's to fix: say what, without a stack trace.
  const known = error instanceof ConfigError || error instanceof LocalNeo4jError;
  say(known ? error.message : error instanceof Error ? (error.stack ?? error.message) : String(error));
  process.exitCode = 1;
}
