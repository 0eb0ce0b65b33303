// Seeded pseudo-random numbers. mulberry32 is tiny, fast and good enough for test data;
// see https://gist.github.com/tommyettinger/46a874533244883189143505d203312c

/** A 32-bit generator: each call returns a float in [0, 1). */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Mixes two integers into one well-spread seed, so note i gets its own stream. */
export function mixSeed(seed: number, index: number): number {
  let h = (seed ^ Math.imul(index + 0x9e3779b9, 0x85ebca6b)) >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x7feb352d);
  h = Math.imul(h ^ (h >>> 15), 0x846ca68b);
  return (h ^ (h >>> 16)) >>> 0;
}

/** Convenience helpers over one mulberry32 stream. */
export class Rng {
  private readonly next: () => number;

  constructor(seed: number) {
    this.next = mulberry32(seed);
  }

  /** Float in [0, 1). */
  float(): number {
    return this.next();
  }

  /** Integer in [min, max], both inclusive. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  /** True with probability p. */
  chance(p: number): boolean {
    return this.next() < p;
  }

  /** One element of a non-empty array. */
  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error('pick() needs a non-empty array');
    return items[Math.floor(this.next() * items.length)] as T;
  }

  /** A shuffled copy (Fisher–Yates). */
  shuffle<T>(items: readonly T[]): T[] {
    const out = items.slice();
    for (let i = out.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      const tmp = out[i] as T;
      out[i] = out[j] as T;
      out[j] = tmp;
    }
    return out;
  }

  /** Up to n distinct elements, in random order. */
  sample<T>(items: readonly T[], n: number): T[] {
    return this.shuffle(items).slice(0, Math.max(0, n));
  }

  /** Up to n distinct elements drawn with probability proportional to weight (without replacement). */
  weightedSample<T>(items: readonly T[], weight: (item: T) => number, n: number): T[] {
    const pool = items.slice();
    const weights = pool.map(weight);
    let total = weights.reduce((a, b) => a + b, 0);
    const out: T[] = [];
    while (out.length < n && pool.length > 0 && total > 0) {
      let r = this.next() * total;
      let i = 0;
      while (i < pool.length - 1 && r >= (weights[i] as number)) r -= weights[i++] as number;
      out.push(pool[i] as T);
      total -= weights[i] as number;
      pool.splice(i, 1);
      weights.splice(i, 1);
    }
    return out;
  }

  /** Sixteen lowercase hex digits, like the ids in the real corpus file names. */
  hex16(): string {
    const part = () => Math.floor(this.next() * 0x100000000).toString(16).padStart(8, '0');
    return part() + part();
  }
}
