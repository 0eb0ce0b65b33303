// Measures one scenario: warm-up, then rounds that each time the API and the raw driver in
// turn, so both see the same machine noise; figures are medians over rounds. CPU time of
// the API process and of Neo4j per request shows which side does the work.
import type { Database } from '../../../server/db/database.js';
import { processCpuSeconds } from '../support/cpu-time.js';
import { median } from '../support/stats.js';
import { checkBodies, loadHttp, loadRaw, type LoadResult } from './load.js';
import type { Scenario } from './scenarios.js';

export interface MeasureOptions {
  url: string;
  db: Database;
  connections: number;
  warmupSec: number;
  durationSec: number;
  rounds: number;
  apiPid: number;
  neo4jPid: number;
  say: (message: string) => void;
}

export interface Figures {
  p50: number;
  p95: number;
  p99: number;
  rps: number;
  requests: number;
  errors: number;
  /** CPU milliseconds per request: the API's Node process (null for raw) and Neo4j. */
  apiCpuMsPerReq: number | null;
  neo4jCpuMsPerReq: number | null;
}

export interface ScenarioFigures {
  api: Figures;
  raw: Figures;
  /** Median over rounds of API p50 / raw p50 in the same round. */
  apiToRawP50: number;
}

const cpu = (pid: number): number | null => processCpuSeconds(pid);

// autocannon stops waiting at the end of its window, but the server still finishes what it
// was sent; waiting until Neo4j is idle keeps that work out of the next phase's figures.
async function settle(neo4jPid: number, maxSec = 120): Promise<void> {
  const deadline = performance.now() + maxSec * 1000;
  let last = cpu(neo4jPid);
  while (last !== null && performance.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 500));
    const now = cpu(neo4jPid);
    if (now === null || now - last < 0.05) return;
    last = now;
  }
}
const perRequest = (before: number | null, after: number | null, requests: number): number | null =>
  before === null || after === null || requests === 0 ? null : ((after - before) * 1000) / requests;

async function withCpu(options: MeasureOptions, withApi: boolean, run: () => Promise<LoadResult>): Promise<LoadResult & { apiCpu: number | null; neo4jCpu: number | null }> {
  const api0 = withApi ? cpu(options.apiPid) : null;
  const neo0 = cpu(options.neo4jPid);
  const result = await run();
  return { ...result, apiCpu: withApi ? perRequest(api0, cpu(options.apiPid), result.requests) : null, neo4jCpu: perRequest(neo0, cpu(options.neo4jPid), result.requests) };
}

function combine(results: (LoadResult & { apiCpu: number | null; neo4jCpu: number | null })[]): Figures {
  const m = (f: (r: (typeof results)[number]) => number) => median(results.map(f));
  const nullable = (f: (r: (typeof results)[number]) => number | null) => (results.some((r) => f(r) === null) ? null : m((r) => f(r)!));
  return {
    p50: m((r) => r.p50),
    p95: m((r) => r.p95),
    p99: m((r) => r.p99),
    rps: m((r) => r.rps),
    requests: results.reduce((sum, r) => sum + r.requests, 0),
    errors: results.reduce((sum, r) => sum + r.errors, 0),
    apiCpuMsPerReq: nullable((r) => r.apiCpu),
    neo4jCpuMsPerReq: nullable((r) => r.neo4jCpu),
  };
}

const line = (r: LoadResult) => `${r.incomplete ? '(nothing finished; lower bound) ' : ''}${r.requests} done, p50 ${r.p50.toFixed(1)} ms, p95 ${r.p95.toFixed(1)} ms, p99 ${r.p99.toFixed(1)} ms, ${r.rps.toFixed(0)} req/s${r.errors ? `, ${r.errors} errors (${r.firstError})` : ''}`;

/** Times `scenario` through the API and through the driver. */
export async function measure(scenario: Scenario, options: MeasureOptions): Promise<ScenarioFigures> {
  const load = { connections: options.connections, durationSec: options.durationSec };
  const warm = { connections: options.connections, durationSec: options.warmupSec };
  const call = (i: number) => scenario.raw(options.db, i);
  const checked = await checkBodies(`${options.url}/graphql`, scenario.bodies);
  const bytes = checked.map((c) => c.bytes);
  options.say(`${scenario.name}: ${checked.length} distinct requests answered without errors (${Math.min(...bytes)}–${Math.max(...bytes)} bytes); warm-up ${options.warmupSec} s`);
  // Warm-up figures are thrown away; a warm-up too short to finish a request is no failure.
  await loadHttp(`${options.url}/graphql`, scenario.bodies, warm).catch(() => undefined);
  await settle(options.neo4jPid);
  await loadRaw(call, warm).catch(() => undefined);
  const api: Awaited<ReturnType<typeof withCpu>>[] = [];
  const raw: Awaited<ReturnType<typeof withCpu>>[] = [];
  for (let round = 1; round <= options.rounds; round++) {
    await settle(options.neo4jPid);
    api.push(await withCpu(options, true, () => loadHttp(`${options.url}/graphql`, scenario.bodies, load)));
    await settle(options.neo4jPid);
    options.say(`${scenario.name} round ${round}/${options.rounds} API: ${line(api.at(-1)!)}`);
    raw.push(await withCpu(options, false, () => loadRaw(call, load)));
    options.say(`${scenario.name} round ${round}/${options.rounds} raw: ${line(raw.at(-1)!)}`);
  }
  return { api: combine(api), raw: combine(raw), apiToRawP50: median(api.map((a, i) => a.p50 / raw[i]!.p50)) };
}
