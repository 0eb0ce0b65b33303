// One measured case: a fresh page (so no heap, texture cache or GL context carries over), one
// graph size, one renderer; first render, then pan (programmatic and by mouse drag) and zoom
// at the fitted view, then zoom 1 where the app draws node and edge labels: the time until the
// view has them, then pan.
import type { Browser } from 'playwright-core';
import { median, percentile, round } from '../support/stats.js';
import type { FirstRender, FrameSamples, LabelSettle, PageInfo } from './bench-api.js';

export const defaults = {
  /** Measured frames per pan or zoom loop (after the loop's warm-up). */
  frames: 120,
  /** The zoom loop goes to this many times the fitted zoom and back. */
  zoomFactor: 4,
  /** The app's 1280×800 target screen. */
  viewport: { width: 1280, height: 800 },
};

export interface FrameFigures {
  fps: number;
  medianMs: number;
  p95Ms: number;
  /** Median time Cytoscape spent drawing one frame: headroom below the 60 Hz frame rate. */
  drawMedianMs: number;
  drawP95Ms: number;
  frames: number;
  draws: number;
}

export interface CaseResult {
  nodes: number;
  page: PageInfo;
  firstRender: FirstRender;
  /** Programmatic panBy every frame: a full redraw each frame (the worst case). */
  pan: FrameFigures;
  /** A mouse drag of the background: what a user panning gets. */
  drag: FrameFigures;
  zoom: FrameFigures;
  /** Zoomed to 1, where labels are legible: until the view has them (large graphs label on demand). */
  labels: LabelSettle;
  panLabels: FrameFigures;
  relayoutMs?: number;
  /** Time to first render on every fresh page of this case (the measured case's is the last). */
  firstRenderRunsMs: number[];
}

function figures(s: FrameSamples): FrameFigures {
  const med = median(s.intervals);
  const draw = s.drawMs.length ? s.drawMs : [NaN];
  return {
    fps: round(1000 / med, 1), medianMs: round(med), p95Ms: round(percentile(s.intervals, 95)),
    drawMedianMs: round(median(draw)), drawP95Ms: round(percentile(draw, 95)), frames: s.intervals.length, draws: s.draws,
  };
}

export interface CaseOptions extends Partial<typeof defaults> {
  url: string;
  renderer: 'webgl' | 'canvas';
  nodes: number;
  relayout?: boolean;
  /** Fresh pages whose first render is timed, the measured case's included (default 1). */
  firstRenders?: number;
  log: (message: string) => void;
}

/** First render alone on a fresh page: a further sample of the figure the machine's noise moves most. */
async function firstRenderOnly(browser: Browser, options: CaseOptions): Promise<number> {
  const context = await browser.newContext({ viewport: options.viewport ?? defaults.viewport });
  try {
    const page = await context.newPage();
    await page.goto(`${options.url}?renderer=${options.renderer}`);
    await page.evaluate(() => window.__bench!.ready);
    return (await page.evaluate((n) => window.__bench!.load(n), options.nodes)).totalMs;
  } finally {
    await context.close();
  }
}

export async function runCase(browser: Browser, options: CaseOptions): Promise<CaseResult> {
  const { frames, zoomFactor, viewport, url, renderer, nodes, log } = { ...defaults, ...options };
  const firstRenderRunsMs: number[] = [];
  for (let i = 1; i < (options.firstRenders ?? 1); i++) firstRenderRunsMs.push(await firstRenderOnly(browser, options));
  const context = await browser.newContext({ viewport });
  try {
    const page = await context.newPage();
    page.on('console', (m) => m.type() !== 'log' && log(`[browser ${m.type()}] ${m.text()}`));
    // An error thrown on the page (Cytoscape's WebGL renderer can throw while it reorganises
    // its label textures) usually leaves a step waiting for a frame that never comes: it ends
    // the case instead, reported by the caller, rather than hanging the benchmark.
    const pageError = new Promise<never>((_, reject) => page.once('pageerror', (e) => reject(new Error(`the page threw: ${e.message}`))));
    pageError.catch(() => {});
    const step = <T>(work: Promise<T>): Promise<T> => Promise.race([work, pageError]);
    await page.goto(`${url}?renderer=${renderer}`);
    const info = await step(page.evaluate(() => window.__bench!.ready));
    const firstRender = await step(page.evaluate((n) => window.__bench!.load(n), nodes));
    log(`${nodes} nodes, ${info.renderer}: first render ${firstRender.totalMs.toFixed(0)} ms (merge ${firstRender.mergeMs.toFixed(0)}, layout ${firstRender.layoutMs.toFixed(0)}, filters ${firstRender.filtersMs.toFixed(0)}, paint ${firstRender.paintMs.toFixed(0)}), zoom ${firstRender.zoom.toFixed(3)}`);
    const pan = figures(await step(page.evaluate((f) => window.__bench!.pan(f), frames)));
    log(`  pan   ${pan.fps} fps, p95 ${pan.p95Ms} ms, draw ${pan.drawMedianMs} ms`);
    const drag = figures(await step(page.evaluate((f) => window.__bench!.drag(f), frames)));
    log(`  drag  ${drag.fps} fps, p95 ${drag.p95Ms} ms, draw ${drag.drawMedianMs} ms`);
    const zoom = figures(await step(page.evaluate(({ f, z }) => window.__bench!.zoom(f, z), { f: frames, z: zoomFactor })));
    log(`  zoom  ${zoom.fps} fps, p95 ${zoom.p95Ms} ms, draw ${zoom.drawMedianMs} ms`);
    await step(page.evaluate(() => window.__bench!.zoomTo(1)));
    const labels = await step(page.evaluate(() => window.__bench!.labelsSettle()));
    log(`  labels at zoom 1: ${labels.labelled} labelled in ${labels.ms.toFixed(0)} ms, frames meanwhile p95 ${labels.frameP95Ms.toFixed(0)} ms, max ${labels.maxFrameMs.toFixed(0)} ms`);
    const panLabels = figures(await step(page.evaluate((f) => window.__bench!.pan(f), frames)));
    log(`  pan at zoom 1 (labels) ${panLabels.fps} fps, p95 ${panLabels.p95Ms} ms, draw ${panLabels.drawMedianMs} ms`);
    firstRenderRunsMs.push(firstRender.totalMs);
    if (firstRenderRunsMs.length > 1) log(`  first render on ${firstRenderRunsMs.length} fresh pages: ${firstRenderRunsMs.map((ms) => ms.toFixed(0)).join(', ')} ms (median ${median(firstRenderRunsMs).toFixed(0)})`);
    const result: CaseResult = { nodes, page: info, firstRender, pan, drag, zoom, labels, panLabels, firstRenderRunsMs };
    if (options.relayout) {
      result.relayoutMs = await step(page.evaluate(() => window.__bench!.relayout()));
      log(`  relayout ${result.relayoutMs.toFixed(0)} ms`);
    }
    return result;
  } finally {
    await context.close();
  }
}
