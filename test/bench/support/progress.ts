// Benchmark chatter goes to stderr so that stdout holds only the figures and, last, the JSON.

/** Writes one progress line to stderr, prefixed with the benchmark's name. */
export function progress(bench: string, message: string): void {
  process.stderr.write(`[${bench}] ${message}\n`);
}

/** Runs `work` and returns its result with the wall-clock time it took, in milliseconds. */
export async function timed<T>(work: () => Promise<T> | T): Promise<{ result: T; ms: number }> {
  const started = performance.now();
  const result = await work();
  return { result, ms: performance.now() - started };
}

/** Prints the benchmark's result as the last stdout line: exactly one JSON object. */
export function printResult(result: Record<string, unknown>): void {
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

/** Runs a benchmark's main; a failure is reported on stderr and ends the process with code 1. */
export function runBenchmark(bench: string, main: () => Promise<void>): void {
  main().catch((error: unknown) => {
    progress(bench, `failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    process.exitCode = 1;
  });
}
