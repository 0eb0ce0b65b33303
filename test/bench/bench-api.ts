// API benchmark (issue 5): latency and throughput of search, 2-hop neighbourhood, theme history
// and the participation matrix on a synthetic graph of 10,000 meetings, and how much the
// GraphQL layer adds over the same Cypher run straight through the driver (apiToRawP50).
// Every scenario runs against the API as served (its response cache on: repeated questions
// are answered from memory) and against the API with the cache off, whose figures show what
// a question costs the first time; the headline p95s are as served, the ratio is uncached.
// Usage: npm run bench:api [-- --quick] [-- --in-process]; BENCH_SEED picks other notes.
// The API runs in a child process by default: in this process, autocannon's request building
// and response parsing would share one event loop with Apollo and inflate both sides' timings.
// Progress goes to stderr; stdout ends with one JSON line for scripts to read.
import { buildGraph } from './api/build-graph.js';
import { runScenarios } from './api/run-scenarios.js';
import { readBenchSeed } from './support/bench-seed.js';
import { printResult, progress, runBenchmark } from './support/progress.js';
import { median, round } from './support/stats.js';
import { withLocalNeo4j } from './support/with-local-neo4j.js';

const BENCH = 'api';

const defaults = {
  notes: 10_000,
  quickNotes: 1_000,
  /** Concurrent connections (API) and concurrent calls (raw driver). */
  connections: 20,
  /** Per scenario; rounds alternate API and raw so both see the same noise. */
  // Long enough for every distinct request to be answered once and for the API's JIT to settle.
  warmupSec: 5,
  durationSec: 5,
  rounds: 3,
  quickWarmupSec: 1,
  quickDurationSec: 3,
  quickRounds: 1,
  /** Issue 5's targets on the 2-core reference machine. */
  targetP95Ms: 50,
  targetApiToRawP50: 1.3,
};

const say = (message: string) => progress(BENCH, message);

async function main(): Promise<void> {
  const flags = process.argv.slice(2);
  const unknown = flags.filter((arg) => arg !== '--quick' && arg !== '--in-process');
  if (unknown.length > 0) throw new Error(`unknown argument ${unknown.join(' ')}; the options are --quick and --in-process`);
  const quick = flags.includes('--quick');
  const inProcess = flags.includes('--in-process');
  const seed = readBenchSeed();
  const notes = quick ? defaults.quickNotes : defaults.notes;
  const timing = quick
    ? { warmupSec: defaults.quickWarmupSec, durationSec: defaults.quickDurationSec, rounds: defaults.quickRounds }
    : { warmupSec: defaults.warmupSec, durationSec: defaults.durationSec, rounds: defaults.rounds };

  const outcome = await withLocalNeo4j({ onProgress: say }, async ({ uri, db, pid: neo4jPid }) => {
    const graph = await buildGraph(db, { count: notes, seed, say });
    say(`graph: ${graph.nodes} nodes, ${graph.relationships} relationships (${graph.imported} notes imported, ${graph.rejected} rejected) in ${graph.seconds.toFixed(0)} s`);
    const results = await runScenarios({ uri, db, neo4jPid, inProcess, connections: defaults.connections, ...timing, say });
    return { graph, results };
  });

  const { graph, results } = outcome;
  const r = (name: string) => results[name]!;
  const out = (text: string) => process.stdout.write(`${text}\n`);
  out(`API benchmark (seed ${seed}, ${notes} notes${quick ? ', --quick' : ''}; ${defaults.connections} connections, ${timing.rounds} × ${timing.durationSec} s per scenario; API ${inProcess ? 'in-process' : 'in a child process'})`);
  out(`  graph ${graph.nodes} nodes, ${graph.relationships} relationships`);
  for (const [name, f] of Object.entries(results)) {
    out(`  ${name.padEnd(14)} API p50 ${f.api.p50.toFixed(1)} / p95 ${f.api.p95.toFixed(1)} / p99 ${f.api.p99.toFixed(1)} ms, ${f.api.rps.toFixed(0)} req/s | uncached p50 ${f.uncached.p50.toFixed(1)} / p95 ${f.uncached.p95.toFixed(1)} ms, ${f.uncached.rps.toFixed(0)} req/s | raw p50 ${f.raw.p50.toFixed(1)} / p95 ${f.raw.p95.toFixed(1)} ms, ${f.raw.rps.toFixed(0)} req/s | uncached API/raw p50 ${f.apiToRawP50.toFixed(2)}`);
    out(`  ${''.padEnd(14)} CPU per request: API process ${f.api.apiCpuMsPerReq?.toFixed(1) ?? '?'} ms (uncached ${f.uncached.apiCpuMsPerReq?.toFixed(1) ?? '?'}), Neo4j ${f.api.neo4jCpuMsPerReq?.toFixed(1) ?? '?'} ms (uncached ${f.uncached.neo4jCpuMsPerReq?.toFixed(1) ?? '?'}, raw ${f.raw.neo4jCpuMsPerReq?.toFixed(1) ?? '?'})${f.api.errors + f.uncached.errors + f.raw.errors ? `; ERRORS: API ${f.api.errors}, uncached ${f.uncached.errors}, raw ${f.raw.errors}` : ''}`);
  }
  const ratios = Object.values(results).map((f) => f.apiToRawP50);
  const headline = Math.max(r('search').apiToRawP50, r('neighborhood').apiToRawP50);
  const p95Ok = r('search').api.p95 < defaults.targetP95Ms && r('neighborhood').api.p95 < defaults.targetP95Ms;
  const ratioOk = headline <= defaults.targetApiToRawP50;
  const uncachedP95Ok = r('search').uncached.p95 < defaults.targetP95Ms && r('neighborhood').uncached.p95 < defaults.targetP95Ms;
  out(`  targets      p95 < ${defaults.targetP95Ms} ms for search and neighbourhood: as served ${p95Ok ? 'met' : 'MISSED'}, without the response cache ${uncachedP95Ok ? 'met' : 'MISSED'}; API/raw p50 ≤ ${defaults.targetApiToRawP50} (max of search, neighbourhood = ${headline.toFixed(2)}): ${ratioOk ? 'met' : 'MISSED'}`);

  const perQuery = Object.fromEntries(
    Object.entries(results).map(([name, f]) => [
      name,
      {
        p50Ms: round(f.api.p50, 1), p95Ms: round(f.api.p95, 1), p99Ms: round(f.api.p99, 1), rps: round(f.api.rps, 1), requests: f.api.requests, errors: f.api.errors,
        uncachedP50Ms: round(f.uncached.p50, 1), uncachedP95Ms: round(f.uncached.p95, 1), uncachedP99Ms: round(f.uncached.p99, 1), uncachedRps: round(f.uncached.rps, 1), uncachedErrors: f.uncached.errors,
        uncachedApiCpuMsPerReq: f.uncached.apiCpuMsPerReq === null ? null : round(f.uncached.apiCpuMsPerReq), uncachedNeo4jCpuMsPerReq: f.uncached.neo4jCpuMsPerReq === null ? null : round(f.uncached.neo4jCpuMsPerReq),
        rawP50Ms: round(f.raw.p50, 1), rawP95Ms: round(f.raw.p95, 1), rawRps: round(f.raw.rps, 1), apiToRawP50: round(f.apiToRawP50),
        apiCpuMsPerReq: f.api.apiCpuMsPerReq === null ? null : round(f.api.apiCpuMsPerReq), neo4jCpuMsPerReq: f.api.neo4jCpuMsPerReq === null ? null : round(f.api.neo4jCpuMsPerReq),
        rawNeo4jCpuMsPerReq: f.raw.neo4jCpuMsPerReq === null ? null : round(f.raw.neo4jCpuMsPerReq),
      },
    ]),
  );
  printResult({
    bench: BENCH,
    searchP95Ms: round(r('search').api.p95, 1),
    neighborhoodP95Ms: round(r('neighborhood').api.p95, 1),
    themeHistoryP95Ms: round(r('themeHistory').api.p95, 1),
    participationP95Ms: round(r('participation').api.p95, 1),
    // The same with the response cache off: what a question costs the first time.
    searchUncachedP95Ms: round(r('search').uncached.p95, 1),
    neighborhoodUncachedP95Ms: round(r('neighborhood').uncached.p95, 1),
    themeHistoryUncachedP95Ms: round(r('themeHistory').uncached.p95, 1),
    participationUncachedP95Ms: round(r('participation').uncached.p95, 1),
    // Headline: the worse of search and neighbourhood (the issue's two); every query's ratio is in perQuery.
    apiToRawP50: round(headline),
    apiToRawP50Median: round(median(ratios)),
    perQuery,
    notes,
    nodes: graph.nodes,
    relationships: graph.relationships,
    rejected: graph.rejected,
    importSec: round(graph.seconds, 1),
    connections: defaults.connections,
    durationSec: timing.durationSec,
    rounds: timing.rounds,
    apiProcess: inProcess ? 'in-process' : 'child',
    seed,
    quick,
    targetsMet: { p95: p95Ok, p95Uncached: uncachedP95Ok, apiToRawP50: ratioOk },
  });
}

runBenchmark(BENCH, main);
