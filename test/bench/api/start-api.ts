// Starts the API for the benchmark, either in this process or (the default) in a child Node
// process, so that autocannon's own event-loop work does not delay the server's and vice versa.
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { readConfig } from '../../../server/config/env.js';
import { createLogger } from '../../../server/logger.js';
import { startApp } from '../../../server/start-app.js';

export interface BenchApi {
  url: string;
  /** Process id of the API (this process when in-process). */
  pid: number;
  stop(): Promise<void>;
}

const ENTRY = fileURLToPath(new URL('./serve-api.ts', import.meta.url));

/** The API on `neo4jUri` and a free port, with or without its response cache; `inProcess` runs it in this Node process. */
export async function startApi(neo4jUri: string, options: { inProcess: boolean; cache: boolean }): Promise<BenchApi> {
  if (options.inProcess) {
    const app = await startApp(readConfig({}, { NEO4J_URI: neo4jUri, PORT: 0, LOG_LEVEL: 'warn', ...(options.cache ? {} : { RESPONSE_CACHE_MB: 0 }) }), createLogger('warn'), { seed: false });
    return { url: app.url, pid: process.pid, stop: app.stop };
  }
  // tsx's own CLI, run by this Node binary: no shell, no npx lookup.
  const tsxCli = fileURLToPath(import.meta.resolve('tsx/cli'));
  const child = spawn(process.execPath, [tsxCli, ENTRY, neo4jUri, ...(options.cache ? [] : ['--no-cache'])], { stdio: ['pipe', 'pipe', 'inherit'] });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const lines = createInterface({ input: child.stdout });
  const first = new Promise<string>((resolve) => lines.once('line', resolve));
  const outcome = await Promise.race([first, exited.then((code) => `EXITED ${code}`)]);
  if (outcome.startsWith('EXITED')) throw new Error(`the API child process stopped before it was up (${outcome}); its log is above`);
  // tsx runs the script in a process of its own: the pid that does the work is the one it reports.
  const { url, pid } = JSON.parse(outcome) as { url: string; pid: number };
  const stop = async (): Promise<void> => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
    await exited;
    clearTimeout(timer);
  };
  return { url, pid, stop };
}
