// Child-process entry of the API benchmark: the real app (startApp) on an existing Neo4j and a
// free port; `--no-cache` turns the response cache off. It prints `{"url": …}` on stdout once up, and stops on SIGTERM or when the parent's
// stdin pipe closes (the parent died), so it never outlives the benchmark.
import { readConfig } from '../../../server/config/env.js';
import { createLogger } from '../../../server/logger.js';
import { startApp } from '../../../server/start-app.js';

const [uri, flag] = process.argv.slice(2);
if (!uri || (flag !== undefined && flag !== '--no-cache')) throw new Error('usage: tsx test/bench/api/serve-api.ts <bolt uri> [--no-cache]; bench-api.ts starts this itself');

const cache = flag === '--no-cache' ? { RESPONSE_CACHE_MB: 0 } : {};
const app = await startApp(readConfig({}, { NEO4J_URI: uri, PORT: 0, LOG_LEVEL: 'warn', ...cache }), createLogger('warn'), { seed: false });
let stopping = false;
const shutdown = async (): Promise<void> => {
  if (stopping) return;
  stopping = true;
  await app.stop().catch(() => {});
  process.exit(0);
};
process.on('SIGTERM', () => void shutdown());
process.on('SIGINT', () => void shutdown());
process.stdin.on('end', () => void shutdown());
process.stdin.resume();
process.stdout.write(`${JSON.stringify({ url: app.url, pid: process.pid })}\n`);
