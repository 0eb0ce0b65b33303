// Client rendering benchmark (issue 6): synthetic graphs of 1k, 5k and 10k nodes (two edges
// per node; 5k nodes + 10k edges is the target case) drawn by the app's own canvas setup in
// headless Chromium, with the WebGL renderer and with the canvas renderer. Prints time to
// first render and frame times while panning and zooming; the last stdout line is JSON.
// Target: 5k nodes + 10k edges render in under 2 s and pan at 30 fps or more.
import os from 'node:os';
import type { Browser } from 'playwright-core';
import { launchChromium } from './client/launch-chromium.js';
import { runCase, type CaseResult } from './client/run-case.js';
import { servePage, type ServedPage } from './client/serve-page.js';
import { printResult, progress } from './support/progress.js';
import { round } from './support/stats.js';

const SIZES = [1_000, 5_000, 10_000];
const RENDERERS = ['webgl', 'canvas'] as const;
const log = (message: string) => progress('bench:client', message);

let page: ServedPage | undefined;
let browser: Browser | undefined;
const cleanup = async () => {
  await browser?.close().catch(() => {});
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
    `first render ${f.totalMs.toFixed(0).padStart(5)} ms`,
    `pan ${String(r.pan.fps).padStart(5)} fps (p95 ${r.pan.p95Ms} ms, draw ${r.pan.drawMedianMs} ms)`,
    `zoom ${String(r.zoom.fps).padStart(5)} fps (p95 ${r.zoom.p95Ms} ms)`,
    `pan@zoom1 ${String(r.panLabels.fps).padStart(5)} fps`,
    ...(r.fcoseMs !== undefined ? [`fcose ${r.fcoseMs.toFixed(0)} ms`] : []),
  ].join('  ');
}

/** Flat keys like panFps5k / panFps5kCanvas for the JSON line. */
function keys(r: CaseResult, suffix: string): Record<string, unknown> {
  const k = `${r.nodes / 1000}k${suffix}`;
  return {
    [`firstRender${k}Ms`]: round(r.firstRender.totalMs, 0), [`merge${k}Ms`]: round(r.firstRender.mergeMs, 0), [`paint${k}Ms`]: round(r.firstRender.paintMs, 0),
    [`layout${k}Ms`]: round(r.firstRender.layoutMs, 0), [`filters${k}Ms`]: round(r.firstRender.filtersMs, 0),
    [`panFps${k}`]: r.pan.fps, [`frameP95Ms${k}`]: r.pan.p95Ms, [`drawMedianMs${k}`]: r.pan.drawMedianMs,
    [`zoomFps${k}`]: r.zoom.fps, [`zoomFrameP95Ms${k}`]: r.zoom.p95Ms, [`panLabelsFps${k}`]: r.panLabels.fps,
    ...(r.fcoseMs !== undefined ? { [`fcose${k}Ms`]: round(r.fcoseMs, 0) } : {}),
  };
}

try {
  log('building the bench page with Vite');
  page = await servePage();
  browser = await launchChromium();
  log(`page at ${page.url}; Chromium ${browser.version()}`);
  // Frame times are only as good as the CPU the browser got: record how busy the machine was.
  const loadBefore = os.loadavg()[0]!;
  log(`${os.cpus().length} CPUs, load average ${loadBefore.toFixed(1)}`);
  const results: Record<(typeof RENDERERS)[number], CaseResult[]> = { webgl: [], canvas: [] };
  for (const renderer of RENDERERS) {
    for (const nodes of SIZES) {
      results[renderer].push(await runCase(browser, { url: page.url, renderer, nodes, fcose: nodes === 1_000 && renderer === 'canvas', log }));
    }
  }
  for (const r of [...results.webgl, ...results.canvas]) process.stdout.write(`${line(r)}\n`);
  // The headline figures use WebGL when the browser gave Cytoscape a webgl2 context.
  const main = results.webgl.every((r) => r.page.renderer === 'webgl') ? results.webgl : results.canvas;
  const target = main.find((r) => r.nodes === 5_000)!;
  const canvas5k = results.canvas.find((r) => r.nodes === 5_000)!;
  printResult({
    bench: 'client',
    firstRender5kMs: round(target.firstRender.totalMs, 0),
    panFps5k: target.pan.fps,
    frameP95Ms5k: target.pan.p95Ms,
    renderer: target.page.renderer,
    glRenderer: target.page.glRenderer,
    targetMet: target.firstRender.totalMs < 2000 && target.pan.fps >= 30,
    targetMetCanvas: canvas5k.firstRender.totalMs < 2000 && canvas5k.pan.fps >= 30,
    edges5k: target.firstRender.edges,
    cpus: os.cpus().length,
    loadAvgBefore: round(loadBefore, 1),
    loadAvgAfter: round(os.loadavg()[0]!, 1),
    ...Object.assign({}, ...main.map((r) => keys(r, ''))),
    ...Object.assign({}, ...results.canvas.map((r) => keys(r, 'Canvas'))),
  });
} finally {
  await cleanup();
}
