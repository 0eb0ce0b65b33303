// Load at a fixed concurrency for a fixed time: HTTP through autocannon, and raw driver calls
// through a promise pool. Both return every latency, so percentiles use one definition
// (support/stats.ts) and the API/raw ratio compares like with like.
import autocannon from 'autocannon';
import { percentile } from '../support/stats.js';

export interface LoadOptions {
  connections: number;
  durationSec: number;
}

export interface LoadResult {
  requests: number;
  errors: number;
  rps: number;
  p50: number;
  p95: number;
  p99: number;
  /** The first error seen, to say what went wrong. */
  firstError?: string;
  /** No request finished inside the window: the latencies are the window, a lower bound. */
  incomplete?: boolean;
}

function summarise(latencies: number[], errors: number, seconds: number, firstError?: string): LoadResult {
  if (latencies.length === 0) {
    const window = seconds * 1000;
    return { requests: 0, errors, rps: 0, p50: window, p95: window, p99: window, incomplete: true, firstError: firstError ?? `no request finished in ${seconds.toFixed(1)} s` };
  }
  return {
    requests: latencies.length,
    errors,
    rps: latencies.length / seconds,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    ...(firstError ? { firstError } : {}),
  };
}

/** POSTs `bodies` in turn to `url` with autocannon; a GraphQL `errors` answer counts as an error. */
export async function loadHttp(url: string, bodies: string[], options: LoadOptions): Promise<LoadResult> {
  let next = 0;
  let errors = 0;
  let firstError: string | undefined;
  const latencies: number[] = [];
  const started = performance.now();
  const instance = autocannon({
    url,
    connections: options.connections,
    duration: options.durationSec,
    // Slow answers are measured, not cut off at autocannon's 10 s default; requests still in
    // flight when the window closes are dropped by autocannon, so a slow scenario's figures
    // are those of the requests that finished (see `requests`).
    timeout: 120,
    method: 'POST',
    // As a browser asks: answers over 1 KB come gzipped (the server's compression and the
    // response cache's stored copies). Error answers are small and so stay readable below.
    headers: { 'content-type': 'application/json', 'accept-encoding': 'gzip' },
    requests: [
      {
        setupRequest: (request) => ({ ...request, body: bodies[next++ % bodies.length]! }),
        // Apollo writes `errors` first; checking the prefix avoids parsing large bodies.
        onResponse: (status, body) => {
          if (status !== 200 || body.startsWith('{"errors"')) {
            errors++;
            firstError ??= `HTTP ${status}: ${body.slice(0, 300)}`;
          }
        },
      },
    ],
  });
  // The typings omit the first argument, the client.
  (instance as unknown as { on(event: 'response', listener: (client: unknown, status: number, bytes: number, ms: number) => void): void }).on(
    'response',
    (_client, _status, _bytes, ms) => latencies.push(ms),
  );
  const result = await instance;
  // Timeouts and socket errors never reach onResponse; autocannon counts them.
  const failed = result.errors;
  if (failed > 0) firstError ??= `${result.timeouts} timeouts and ${result.errors - result.timeouts} other connection errors`;
  return summarise(latencies, errors + failed, (performance.now() - started) / 1000, firstError);
}

/** Runs `call(i)` from `connections` workers, each starting the next as soon as one ends. */
export async function loadRaw(call: (i: number) => Promise<unknown>, options: LoadOptions): Promise<LoadResult> {
  let next = 0;
  let errors = 0;
  let firstError: string | undefined;
  const latencies: number[] = [];
  const started = performance.now();
  const deadline = started + options.durationSec * 1000;
  const worker = async (): Promise<void> => {
    while (performance.now() < deadline) {
      const t0 = performance.now();
      try {
        await call(next++);
        // Like autocannon, count only what finished inside the window, so slow calls are
        // left out on both sides alike; the call is still awaited so it cannot overlap the next phase.
        if (performance.now() <= deadline) latencies.push(performance.now() - t0);
      } catch (error) {
        errors++;
        firstError ??= error instanceof Error ? error.message : String(error);
      }
    }
  };
  await Promise.all(Array.from({ length: options.connections }, worker));
  return summarise(latencies, errors, (performance.now() - started) / 1000, firstError);
}

/** One request per body, checked: the benchmark refuses to time answers that are errors. */
export async function checkBodies(url: string, bodies: string[]): Promise<{ bytes: number; sample: unknown }[]> {
  const out: { bytes: number; sample: unknown }[] = [];
  for (const body of bodies) {
    const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
    const text = await response.text();
    const json = JSON.parse(text) as { data?: unknown; errors?: { message: string }[] };
    if (!response.ok || json.errors) throw new Error(`request ${body.slice(0, 200)} failed: HTTP ${response.status} ${json.errors?.map((e) => e.message).join('; ') ?? text.slice(0, 300)}`);
    out.push({ bytes: text.length, sample: json.data });
  }
  return out;
}
