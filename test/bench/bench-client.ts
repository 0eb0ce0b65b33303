// Client rendering benchmark (issue 6): synthetic graphs of 1k, 5k and 10k nodes (two edges
// per node; 5k nodes + 10k edges is the target case) drawn by the app's own canvas setup in
// headless Chromium, with the WebGL renderer and with the canvas renderer. Prints time to
// first render and frame times while panning and zooming; the last stdout line is JSON.
// Target: 5k nodes + 10k edges render in under 2 s and pan at 30 fps or more. The headline
// figures are those of the renderer the app itself picks in this browser (WebGL only on
// hardware GL; see client/features/canvas/renderer-choice.ts); both are always reported.
// First render is what a user waits for after a search hit fills the canvas: the app's merge,
// its layout of a fresh canvas (the pivot layout from 800 nodes), its filters, and the first
// frame with the whole graph drawn at the fitted zoom. Large graphs get their labels only
// where the user zooms in far enough to read them (label-detail.ts), so the bench also reports
// how long the view at zoom 1 takes to get its labels and the longest frame meanwhile.
// The 5k first render is the median over five fresh pages (FIRST_RENDERS_5K).
// Options: --sizes=1000,5000 --renderers=canvas (quick runs; the headline needs 5000).
import os from 'node:os';
import type { Browser } from 'playwright-core';
import { launchChromium } from './client/launch-chromium.js';
import { runCase, type CaseResult } from './client/run-case.js';
import { servePage, type ServedPage } from './client/serve-page.js';
import { printResult, progress } from './support/progress.js';
import { median, round } from './support/stats.js';

// Canvas first: it is what the app uses on machines without a GPU, such as this one.
const ALL_RENDERERS = ['canvas', 'webgl'] as const;
type Renderer = (typeof ALL_RENDERERS)[number];
const arg = (name: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
const SIZES = (arg('sizes') ?? '1000,5000,10000').split(',').map(Number);
const RENDERERS = (arg('renderers') ?? ALL_RENDERERS.join(',')).split(',').filter((r): r is Renderer => (ALL_RENDERERS as readonly string[]).includes(r));
if (!SIZES.includes(5_000) || SIZES.some((n) => !Number.isInteger(n) || n <= 0) || RENDERERS.length === 0) {
  throw new Error('--sizes must be whole numbers including 5000, --renderers one or both of webgl,canvas');
}
const log = (message: string) => progress('bench:client', message);
// The target case's first render is the median of this many fresh pages: one page's figure
// moves by a quarter with whatever else the two cores are doing.
const FIRST_RENDERS_5K = 5;

let page: ServedPage | undefined;
const browsers: Partial<Record<'webgl' | 'canvas', Browser>> = {};
const cleanup = async () => {
  for (const b of Object.values(browsers)) await b.close().catch(() => {});
  await page?.stop().catch(() => {});
};
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    log(`${signal}: closing Chromium and the page server`);
    void cleanup().finally(() => process.exit(signal === 'SIGINT' ? 130 : 143));
  });
}

function line(r: CaseResult): string {
  const f = r.firstRender;
  return [
    `${String(r.nodes).padStart(6)} nodes ${String(f.edges).padStart(6)} edges  ${r.page.renderer.padEnd(6)}`,
    `first render ${median(r.firstRenderRunsMs).toFixed(0).padStart(5)} ms${r.firstRenderRunsMs.length > 1 ? ` (median of ${r.firstRenderRunsMs.length})` : ''}`,
    `pan ${String(r.pan.fps).padStart(5)} fps (p95 ${r.pan.p95Ms} ms, draw ${r.pan.drawMedianMs} ms)`,
    `drag ${String(r.drag.fps).padStart(5)} fps`,
    `zoom ${String(r.zoom.fps).padStart(5)} fps (p95 ${r.zoom.p95Ms} ms)`,
    `labels@zoom1 ${r.labels.ms.toFixed(0).padStart(5)} ms`,
    `pan@zoom1 ${String(r.panLabels.fps).padStart(5)} fps`,
    ...(r.relayoutMs !== undefined ? [`relayout ${r.relayoutMs.toFixed(0)} ms`] : []),
  ].join('  ');
}

/** Flat keys like panFps5k / panFps5kCanvas for the JSON line. */
function keys(r: CaseResult, suffix: string): Record<string, unknown> {
  const k = `${r.nodes / 1000}k${suffix}`;
  return {
    [`firstRender${k}Ms`]: round(median(r.firstRenderRunsMs), 0), [`merge${k}Ms`]: round(r.firstRender.mergeMs, 0), [`paint${k}Ms`]: round(r.firstRender.paintMs, 0),
    [`layout${k}Ms`]: round(r.firstRender.layoutMs, 0), [`filters${k}Ms`]: round(r.firstRender.filtersMs, 0),
    [`panFps${k}`]: r.pan.fps, [`frameP95Ms${k}`]: r.pan.p95Ms, [`drawMedianMs${k}`]: r.pan.drawMedianMs, [`dragFps${k}`]: r.drag.fps,
    [`zoomFps${k}`]: r.zoom.fps, [`zoomFrameP95Ms${k}`]: r.zoom.p95Ms, [`panLabelsFps${k}`]: r.panLabels.fps,
    [`labelsAtZoom1${k}Ms`]: round(r.labels.ms, 0), [`labelsMaxFrame${k}Ms`]: round(r.labels.maxFrameMs, 0),
    ...(r.relayoutMs !== undefined ? { [`relayout${k}Ms`]: round(r.relayoutMs, 0) } : {}),
  };
}

try {
  log('building the bench page with Vite');
  page = await servePage();
  // WebGL cases in a Chromium with SwiftShader for WebGL 2, canvas cases in one without a GPU
  // process (see launch-chromium.ts).
  for (const renderer of RENDERERS) browsers[renderer] = await launchChromium(renderer === 'webgl' ? 'swiftshader' : 'none');
  log(`page at ${page.url}; Chromium ${Object.values(browsers)[0]!.version()}`);
  // Frame times are only as good as the CPU the browser got: record how busy the machine was.
  const loadBefore = os.loadavg()[0]!;
  log(`${os.cpus().length} CPUs, load average ${loadBefore.toFixed(1)}`);
  const results: Record<Renderer, CaseResult[]> = { webgl: [], canvas: [] };
  // A case the page fails (see run-case.ts) is reported and the rest still run.
  const failures: { renderer: Renderer; nodes: number; error: string }[] = [];
  for (const renderer of RENDERERS) {
    for (const nodes of SIZES) {
      try {
        results[renderer].push(await runCase(browsers[renderer]!, { url: page.url, renderer, nodes, relayout: nodes <= 5_000 && renderer === 'canvas', firstRenders: nodes === 5_000 ? FIRST_RENDERS_5K : 1, log }));
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        log(`${nodes} nodes, ${renderer}: FAILED: ${message}`);
        failures.push({ renderer, nodes, error: message });
      }
    }
  }
  if (!results.canvas.some((r) => r.nodes === 5_000) && !results.webgl.some((r) => r.nodes === 5_000)) throw new Error('no renderer finished the 5,000-node case; see the failures above');
  for (const r of [...results.canvas, ...results.webgl]) process.stdout.write(`${line(r)}\n`);
  for (const f of failures) process.stdout.write(`${String(f.nodes).padStart(6)} nodes  ${f.renderer.padEnd(6)}  FAILED: ${f.error}\n`);
  // The headline figures use the renderer the app picks here; WebGL only counts when the
  // browser really gave Cytoscape a webgl2 context.
  const any = [...results.canvas, ...results.webgl][0]!;
  const appChoice: Renderer = any.page.appRenderer === 'webgl' && results.webgl.length > 0 && results.webgl.every((r) => r.page.renderer === 'webgl') ? 'webgl' : 'canvas';
  const main = results[appChoice].some((r) => r.nodes === 5_000) ? results[appChoice] : appChoice === 'canvas' ? results.webgl : results.canvas;
  const target = main.find((r) => r.nodes === 5_000)!;
  const firstRenderMs = (r: CaseResult) => median(r.firstRenderRunsMs);
  const met = (r: CaseResult | undefined) => (r ? firstRenderMs(r) < 2000 && r.pan.fps >= 30 : null);
  const webgl5k = results.webgl.find((r) => r.nodes === 5_000 && r.page.renderer === 'webgl');
  const canvas5k = results.canvas.find((r) => r.nodes === 5_000);
  printResult({
    bench: 'client',
    firstRender5kMs: round(firstRenderMs(target), 0),
    firstRender5kRunsMs: target.firstRenderRunsMs.map((ms) => round(ms, 0)),
    panFps5k: target.pan.fps,
    frameP95Ms5k: target.pan.p95Ms,
    dragFps5k: target.drag.fps,
    renderer: target.page.renderer,
    appRenderer: any.page.appRenderer,
    glRenderer: any.page.glRenderer,
    glHardware: any.page.glHardware,
    targetMet: met(target),
    targetMetCanvas: met(canvas5k),
    targetMetWebgl: met(webgl5k),
    edges5k: target.firstRender.edges,
    cpus: os.cpus().length,
    loadAvgBefore: round(loadBefore, 1),
    loadAvgAfter: round(os.loadavg()[0]!, 1),
    failures,
    ...Object.assign({}, ...main.map((r) => keys(r, ''))),
    ...Object.assign({}, ...results.canvas.map((r) => keys(r, 'Canvas'))),
    ...Object.assign({}, ...results.webgl.map((r) => keys(r, 'Webgl'))),
  });
} finally {
  await cleanup();
}
