// Measures one scenario: warm-up, then rounds that each time the API without its response
// cache, the raw driver and the API as served (cache on) in turn, so all see the same machine
// noise; figures are medians over rounds. CPU time of the API process and of Neo4j per request
// shows which side does the work. API/raw compares the uncached API with the driver: both run
// the same Cypher, so the ratio is what the GraphQL layer adds.
import type { Database } from '../../../server/db/database.js';
import { processCpuSeconds } from '../support/cpu-time.js';
import { median } from '../support/stats.js';
import { checkBodies, loadHttp, loadRaw, type LoadResult } from './load.js';
import type { Scenario } from './scenarios.js';

/** One running API: where it listens and which process does its work. */
export interface ApiTarget {
  url: string;
  pid: number;
}

export interface MeasureOptions {
  /** The API as served (response cache on) and with the cache off. */
  cached: ApiTarget;
  uncached: ApiTarget;
  db: Database;
  connections: number;
  warmupSec: number;
  durationSec: number;
  rounds: number;
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
  /** As served: the response cache on. */
  api: Figures;
  uncached: Figures;
  raw: Figures;
  /** Median over rounds of uncached API p50 / raw p50 in the same round. */
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

async function withCpu(options: MeasureOptions, apiPid: number | null, run: () => Promise<LoadResult>): Promise<LoadResult & { apiCpu: number | null; neo4jCpu: number | null }> {
  const api0 = apiPid === null ? null : cpu(apiPid);
  const neo0 = cpu(options.neo4jPid);
  const result = await run();
  return { ...result, apiCpu: apiPid === null ? null : perRequest(api0, cpu(apiPid), result.requests), neo4jCpu: perRequest(neo0, cpu(options.neo4jPid), result.requests) };
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

/** Times `scenario` through the API, with and without its cache, and through the driver. */
export async function measure(scenario: Scenario, options: MeasureOptions): Promise<ScenarioFigures> {
  const load = { connections: options.connections, durationSec: options.durationSec };
  const warm = { connections: options.connections, durationSec: options.warmupSec };
  const call = (i: number) => scenario.raw(options.db, i);
  const graphql = (target: ApiTarget) => `${target.url}/graphql`;
  const checked = await checkBodies(graphql(options.uncached), scenario.bodies);
  const bytes = checked.map((c) => c.bytes);
  options.say(`${scenario.name}: ${checked.length} distinct requests answered without errors (${Math.min(...bytes)}–${Math.max(...bytes)} bytes); warm-up ${options.warmupSec} s`);
  // Warm-up figures are thrown away; a warm-up too short to finish a request is no failure.
  for (const target of [options.uncached, options.cached]) {
    await loadHttp(graphql(target), scenario.bodies, warm).catch(() => undefined);
    await settle(options.neo4jPid);
  }
  await loadRaw(call, warm).catch(() => undefined);
  type Timed = Awaited<ReturnType<typeof withCpu>>;
  const runs = { uncached: [] as Timed[], raw: [] as Timed[], api: [] as Timed[] };
  const phases: [keyof typeof runs, string, () => Promise<Timed>][] = [
    ['uncached', 'API without cache', () => withCpu(options, options.uncached.pid, () => loadHttp(graphql(options.uncached), scenario.bodies, load))],
    ['raw', 'raw driver', () => withCpu(options, null, () => loadRaw(call, load))],
    ['api', 'API as served (cache on)', () => withCpu(options, options.cached.pid, () => loadHttp(graphql(options.cached), scenario.bodies, load))],
  ];
  for (let round = 1; round <= options.rounds; round++) {
    for (const [key, label, run] of phases) {
      await settle(options.neo4jPid);
      runs[key].push(await run());
      options.say(`${scenario.name} round ${round}/${options.rounds} ${label}: ${line(runs[key].at(-1)!)}`);
    }
  }
  return { api: combine(runs.api), uncached: combine(runs.uncached), raw: combine(runs.raw), apiToRawP50: median(runs.uncached.map((a, i) => a.p50 / runs.raw[i]!.p50)) };
}
