// BENCH_SEED picks other (still deterministic) synthetic notes for a benchmark.
import { defaults as noteDefaults } from '../synthetic/generate-notes.js';

/** The generator seed from BENCH_SEED, or the generator's default when it is unset. */
export function readBenchSeed(): number {
  const raw = process.env.BENCH_SEED;
  if (raw === undefined || raw === '') return noteDefaults.seed;
  const seed = Number(raw);
  if (!Number.isSafeInteger(seed) || seed < 0) throw new Error(`BENCH_SEED=${raw} is not a non-negative integer; unset it for the default seed ${noteDefaults.seed}`);
  return seed;
}
