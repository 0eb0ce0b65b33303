// The bench page: the app's own canvas hook (useCytoscape: stylesheet, performance options,
// WebGL switch), loaded through the app's showNeighborhood and applyFilters, so what is
// timed is what users get. `?renderer=webgl` turns the app's "Performance" switch on,
// `?renderer=canvas` off; the page also reports which of the two the app would pick itself.
import type { Core } from 'cytoscape';
import { useEffect, useRef } from 'react';
import { createRoot } from 'react-dom/client';
import { applyFilters } from '../../../client/features/canvas/apply-filters.js';
import { LABELLED } from '../../../client/features/canvas/cy-style.js';
import { labelsPending } from '../../../client/features/canvas/label-detail.js';
import { layoutOptions } from '../../../client/features/canvas/layouts.js';
import { glInfo, preferWebgl } from '../../../client/features/canvas/renderer-choice.js';
import { showNeighborhood } from '../../../client/features/canvas/show-neighborhood.js';
import { useCytoscape } from '../../../client/features/canvas/use-cytoscape.js';
import { dictionary } from '../../../client/shared/i18n/dictionary.js';
import type { BenchPage, FirstRender, PageInfo } from './bench-api.js';
import { afterDraw, frameLoop, nextFrame, rendererOf } from './frame-loop.js';
import { syntheticGraph } from './synthetic-graph.js';

const webgl = new URLSearchParams(location.search).get('renderer') === 'webgl';

function BenchCanvas({ onReady }: { onReady: (cy: Core) => void }) {
  const container = useRef<HTMLDivElement>(null);
  // A WebGL failure the app would recover from is still a failed case here: thrown again as
  // a page error, which ends the case and is reported (run-case.ts).
  const cy = useCytoscape(container, webgl, (error) => setTimeout(() => {
    throw error;
  }));
  useEffect(() => {
    if (cy) onReady(cy);
  }, [cy, onReady]);
  return <div ref={container} className="cy" />;
}

function benchPage(cy: Core): Omit<BenchPage, 'ready'> {
  const centre = () => ({ x: cy.width() / 2, y: cy.height() / 2 });
  const container = () => cy.container()!;
  const samples = async (frames: number, step: (i: number) => void) => {
    const zoomFrom = cy.zoom();
    return { ...(await frameLoop(cy, frames, step)), zoomFrom, zoomTo: cy.zoom() };
  };
  const labelled = () => cy.$(`.${LABELLED}`).length;
  // When the last zoomTo began, and how many elements had labels then (see labelsSettle).
  let zoomed = { at: performance.now(), labelled: 0 };
  return {
    async load(nodeCount) {
      const graph = syntheticGraph(nodeCount);
      await nextFrame();
      const before = rendererOf(cy).redrawCount ?? 0;
      const t0 = performance.now();
      // What the app runs when a search hit fills an empty canvas (use-canvas-actions.ts): the
      // merge and its default layout, fresh, fitted to the view; the layout is part of what the
      // user waits for.
      const steps = { mergeMs: 0, layoutMs: 0 };
      showNeighborhood(cy, { nodes: graph.nodes, edges: graph.edges, truncated: false }, { t: (key) => dictionary.sv[key] }, { name: 'fcose', incremental: false }, steps);
      const t2 = performance.now();
      applyFilters(cy, { from: null, to: null, timeMode: 'fade', hiddenTypes: [] });
      const t3 = performance.now();
      const t4 = await afterDraw(cy, before);
      const result: FirstRender = {
        ...steps, filtersMs: t3 - t2, paintMs: t4 - t3, totalMs: t4 - t0,
        firstDrawMs: rendererOf(cy).lastRedrawTime ?? NaN,
        nodes: cy.nodes().length, edges: cy.edges().length, maxDegree: graph.maxDegree, zoom: cy.zoom(),
      };
      return result;
    },
    pan: (frames) => samples(frames, (i) => {
      const dir = Math.floor(i / 60) % 2 === 0 ? 1 : -1;
      cy.panBy({ x: 6 * dir, y: 4 * dir });
    }),
    async drag(frames) {
      // A user's pan: mouse down on the empty margin (the fit leaves 40 px of padding), moves
      // every frame, mouse up. Cytoscape sees a drag, so the app's textureOnViewport and
      // hideEdgesOnViewport options apply, which programmatic panBy above does not trigger.
      const box = container().getBoundingClientRect();
      let x = box.left + 10;
      let y = box.top + 10;
      const mouse = (type: string, target: EventTarget) =>
        target.dispatchEvent(new MouseEvent(type, { clientX: x, clientY: y, button: 0, buttons: type === 'mouseup' ? 0 : 1, bubbles: true, cancelable: true }));
      // Cytoscape takes the event only when its target lies inside the container: its top canvas.
      mouse('mousedown', container().querySelector('canvas')!);
      try {
        return await samples(frames, (i) => {
          const dir = Math.floor(i / 60) % 2 === 0 ? 1 : -1;
          x += 6 * dir;
          y += 4 * dir;
          mouse('mousemove', window);
        });
      } finally {
        mouse('mouseup', window);
        await nextFrame();
      }
    },
    zoom(frames, factor) {
      const z0 = cy.zoom();
      return samples(frames, (i) => cy.zoom({ level: z0 * factor ** Math.sin((Math.PI * (i % frames)) / frames), renderedPosition: centre() }));
    },
    async zoomTo(level) {
      const before = rendererOf(cy).redrawCount ?? 0;
      zoomed = { at: performance.now(), labelled: labelled() };
      cy.zoom({ level, renderedPosition: centre() });
      await afterDraw(cy, before);
    },
    async labelsSettle() {
      // Polled once a frame: the gaps between frames are what a user panning meanwhile gets.
      const frames = [zoomed.at];
      while (labelsPending(cy)) frames.push(await nextFrame());
      // The last slice's labels are drawn in the frame after it; the one after that shows them.
      frames.push(await nextFrame(), await nextFrame());
      const gaps = frames.slice(1).map((t, i) => t - frames[i]!).sort((a, b) => a - b);
      return {
        ms: frames[frames.length - 1]! - zoomed.at, labelled: labelled() - zoomed.labelled,
        maxFrameMs: gaps[gaps.length - 1] ?? 0, frameP95Ms: gaps[Math.min(gaps.length - 1, Math.floor(gaps.length * 0.95))] ?? 0,
      };
    },
    async relayout() {
      const layout = cy.layout(layoutOptions(cy, 'fcose', false));
      const done = layout.promiseOn('layoutstop');
      const t0 = performance.now();
      layout.run();
      await done;
      return performance.now() - t0;
    },
  };
}

let resolveReady: (info: PageInfo) => void = () => {};
const ready = new Promise<PageInfo>((resolve) => (resolveReady = resolve));
const onReady = (cy: Core) => {
  Object.assign(window.__bench!, benchPage(cy));
  resolveReady({
    renderer: rendererOf(cy).webgl ? 'webgl' : 'canvas', appRenderer: preferWebgl() ? 'webgl' : 'canvas',
    glRenderer: glInfo().renderer, glHardware: glInfo().hardware, width: cy.width(), height: cy.height(),
  });
};
window.__bench = { ready } as BenchPage;
createRoot(document.getElementById('root')!).render(<BenchCanvas onReady={onReady} />);
