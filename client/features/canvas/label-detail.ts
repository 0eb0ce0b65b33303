// Labels on demand for large graphs. The large-graph style draws a label only on elements with
// the LABELLED class (cy-style.ts): styling and measuring 15,000 labels was most of the first
// render of a 5k-node graph, and at the zoom that fits such a graph min-zoomed-font-size hides
// them all anyway. This module gives the class to what the view shows once the user zooms in
// far enough to read it, a few milliseconds at a time, so labels appear within a few frames
// and the canvas keeps answering pan and zoom meanwhile. Small graphs label every element in
// their own stylesheet and never reach this code.
import type { CollectionReturnValue, Core } from 'cytoscape';
import { LABEL_PX, LABELLED } from './cy-style.js';
import { usesLargeStyle } from './scale.js';

export const defaults = {
  /** Start labelling this much before labels become legible, so they are in place when they are. */
  zoomAhead: 0.8,
  /** Also label this far outside the viewport (in viewport sizes), so a short pan finds labels. */
  margin: 0.25,
  /** Main-thread time per slice; the rest of each frame stays free for drawing and input. */
  sliceMs: 8,
  /**
   * Slices grow to the time the page took between them, up to this: zoomed in on thousands of
   * elements one frame can take 100 ms or more to draw, and 8 ms slices would then spend
   * nearly all the time redrawing and label a few dozen elements a second.
   */
  maxSliceMs: 150,
  /** Elements labelled between two looks at the clock. */
  chunk: 50,
};
export type LabelOptions = typeof defaults;

/** Zoom levels from which the large-graph style draws node and edge labels (font size × zoom ≥ the minimum). */
export const LEGIBLE_ZOOM = { node: LABEL_PX.nodeMin / LABEL_PX.node, edge: LABEL_PX.edgeMinLarge / LABEL_PX.edge };

export interface View {
  /** The viewport in model coordinates, as cy.extent() gives it. */
  extent: { x1: number; y1: number; x2: number; y2: number };
  zoom: number;
}

/** What a view needs labelled: which kinds of element, inside which box (model coordinates). */
interface Region {
  nodes: boolean;
  edges: boolean;
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

function regionOf(view: View, { zoomAhead, margin }: LabelOptions): Region {
  const { x1, y1, x2, y2 } = view.extent;
  const mx = (x2 - x1) * margin;
  const my = (y2 - y1) * margin;
  return {
    nodes: view.zoom >= LEGIBLE_ZOOM.node * zoomAhead, edges: view.zoom >= LEGIBLE_ZOOM.edge * zoomAhead,
    x1: x1 - mx, y1: y1 - my, x2: x2 + mx, y2: y2 + my,
  };
}

/** True when every element `inner` needs labelled is one `outer` needed. */
function covers(outer: Region, inner: Region): boolean {
  if (!inner.nodes && !inner.edges) return true;
  return (outer.nodes || !inner.nodes) && (outer.edges || !inner.edges)
    && outer.x1 <= inner.x1 && outer.y1 <= inner.y1 && outer.x2 >= inner.x2 && outer.y2 >= inner.y2;
}

function unlabelledIn(cy: Core, r: Region): CollectionReturnValue {
  const todo = cy.collection();
  const inside = (x: number, y: number) => x >= r.x1 && x <= r.x2 && y >= r.y1 && y <= r.y2;
  if (r.nodes) {
    cy.nodes().forEach((node) => {
      const p = node.position();
      if (!node.hasClass(LABELLED) && inside(p.x, p.y)) todo.merge(node);
    });
  }
  if (r.edges) {
    cy.edges().forEach((edge) => {
      // The middle of the segment between the ends: where an edge's label sits.
      const s = edge.source().position();
      const t = edge.target().position();
      if (!edge.hasClass(LABELLED) && inside((s.x + t.x) / 2, (s.y + t.y) / 2)) todo.merge(edge);
    });
  }
  return todo;
}

/** The elements without a label that `view` would show one for. */
export function unlabelledInView(cy: Core, view: View, options: Partial<LabelOptions> = {}): CollectionReturnValue {
  return unlabelledIn(cy, regionOf(view, { ...defaults, ...options }));
}

const viewOf = (cy: Core): View => ({ extent: cy.extent(), zoom: cy.zoom() });

/** Whether the large-graph style is on and the current view still lacks labels. */
export function labelsPending(cy: Core, options: Partial<LabelOptions> = {}): boolean {
  return usesLargeStyle(cy) && unlabelledInView(cy, viewOf(cy), options).nonempty();
}

/**
 * Keeps the view labelled: after every pan, zoom, addition or move, labels what the view
 * shows in slices of `sliceMs`. Returns the function that stops it.
 */
export function watchLabels(cy: Core, options: Partial<LabelOptions> = {}): () => void {
  const opts = { ...defaults, ...options };
  let timer: ReturnType<typeof setTimeout> | undefined;
  // A region known to be fully labelled: a pan or zoom that stays inside it needs no scan of
  // every element, which would cost a few milliseconds each frame of a pan.
  let covered: Region | null = null;
  // When the previous slice ended, if it left work for this one: the time since then is what
  // the page took to draw (see maxSliceMs). A new burst of work starts with a short slice.
  let leftWorkAt: number | null = null;
  const slice = () => {
    timer = undefined;
    const start = performance.now();
    const budget = leftWorkAt === null ? opts.sliceMs : Math.min(opts.maxSliceMs, Math.max(opts.sliceMs, start - leftWorkAt));
    leftWorkAt = null;
    if (cy.destroyed() || !usesLargeStyle(cy)) return void (covered = null);
    const region = regionOf(viewOf(cy), opts);
    if (covered && covers(covered, region)) return;
    const todo = unlabelledIn(cy, region);
    if (todo.empty()) return void (covered = region);
    for (let i = 0; i < todo.length && performance.now() - start < budget; i += opts.chunk) {
      const part = todo.slice(i, i + opts.chunk);
      part.addClass(LABELLED);
      // Cytoscape styles and measures lazily, in the next draw; asking for the bounding box
      // here does that work inside this slice, so no frame has to take it all.
      part.boundingBox();
    }
    leftWorkAt = performance.now();
    schedule();
  };
  // A macrotask, not a frame callback: the browser draws between slices.
  const schedule = () => void (timer ??= setTimeout(slice, 0));
  const changed = () => {
    covered = null;
    schedule();
  };
  cy.on('viewport', schedule);
  cy.on('add position', changed);
  schedule();
  return () => {
    cy.removeListener('viewport', schedule);
    cy.removeListener('add position', changed);
    clearTimeout(timer);
  };
}

/** Labels every element now, for a picture of the whole graph (PNG export). */
export function labelAll(cy: Core): void {
  if (usesLargeStyle(cy)) cy.elements().not(`.${LABELLED}`).addClass(LABELLED);
}
