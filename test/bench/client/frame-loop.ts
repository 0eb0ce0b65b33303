// requestAnimationFrame loops for the bench page: one viewport change per frame, the interval
// between frames from performance.now(), and Cytoscape's own draw time for each frame it drew.
import type { Core } from 'cytoscape';
import type { FrameSamples } from './bench-api.js';

/** The renderer fields read here; Cytoscape sets them in its render loop (not in its typings). */
interface RendererStats {
  webgl?: boolean;
  redrawCount?: number;
  lastRedrawTime?: number;
}

/** The instance's renderer, for its draw counters and whether it draws with WebGL. */
export function rendererOf(cy: Core): RendererStats {
  return (cy as unknown as { renderer(): RendererStats }).renderer();
}

export const nextFrame = () => new Promise<number>((resolve) => requestAnimationFrame(() => resolve(performance.now())));

export const defaults = {
  /** Frames run first and thrown away, so texture caches and JIT are warm. */
  warmup: 15,
  /** A loop stops early after this long, so a very slow case cannot stall the run. */
  maxMs: 10_000,
};

/** Calls `step(i)` once per frame for `frames` frames and returns what the frames cost. */
export async function frameLoop(cy: Core, frames: number, step: (i: number) => void, options: Partial<typeof defaults> = {}): Promise<Omit<FrameSamples, 'zoomFrom' | 'zoomTo'>> {
  const { warmup, maxMs } = { ...defaults, ...options };
  const r = rendererOf(cy);
  // The warm-up has the same time cap, so a renderer taking seconds per frame cannot stall it.
  const warmupStart = performance.now();
  for (let i = 0; i < warmup && performance.now() - warmupStart < maxMs; i++) {
    step(i);
    await nextFrame();
  }
  return new Promise((resolve) => {
    const times: number[] = [];
    const drawMs: number[] = [];
    const startCount = r.redrawCount ?? 0;
    let lastCount = startCount;
    let i = 0;
    const tick = () => {
      const now = performance.now();
      times.push(now);
      const count = r.redrawCount ?? 0;
      if (count !== lastCount) {
        drawMs.push(r.lastRedrawTime ?? 0);
        lastCount = count;
      }
      if (i === frames || now - times[0]! > maxMs) {
        resolve({ intervals: times.slice(1).map((t, k) => t - times[k]!), drawMs, draws: count - startCount });
        return;
      }
      step(warmup + i++);
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
}

/** Resolves on the frame after Cytoscape has drawn at least once since `before`. */
export async function afterDraw(cy: Core, before: number): Promise<number> {
  const r = rendererOf(cy);
  while ((r.redrawCount ?? 0) <= before) await nextFrame();
  return nextFrame();
}
