// How the canvas adapts to the size of the graph. The explorer's usual canvas holds tens to a
// few hundred elements and gets the detailed style and an animated fcose layout; thousands of
// elements (a big expansion, or the client benchmark's 5,000 nodes + 10,000 edges) get the
// cheap edge style, a fast unanimated layout (pivot-layout.ts) and, when the browser has a real GPU, WebGL.
import type { Core, StylesheetJson } from 'cytoscape';
import { cyStyle, cyStyleLarge } from './cy-style.js';

/** Elements (nodes + edges) from which the large-graph stylesheet is used. */
export const LARGE_GRAPH_ELEMENTS = 2_500;
/** Once large, the canvas goes back to the detailed style only below this (no flip-flopping). */
export const SMALL_GRAPH_ELEMENTS = 2_000;
/** Nodes from which a fresh structure layout is the pivot layout (pivot-layout.ts), not fcose. */
export const PIVOT_LAYOUT_NODES = 800;
/** Nodes from which the layout is not animated. */
export const ANIMATE_LAYOUT_MAX_NODES = 400;

/** Whether a canvas of `count` elements should use the large-graph style, given what it uses now. */
export function wantsLargeStyle(count: number, largeNow: boolean): boolean {
  return largeNow ? count >= SMALL_GRAPH_ELEMENTS : count >= LARGE_GRAPH_ELEMENTS;
}

export function stylesheetFor(large: boolean): StylesheetJson {
  return large ? cyStyleLarge : cyStyle;
}

const LARGE_KEY = 'gr.largeStyle';

/** True when `cy` currently draws with the large-graph stylesheet. */
export function usesLargeStyle(cy: Core): boolean {
  return cy.scratch(LARGE_KEY) === true;
}

/** Records which stylesheet an instance was created with. */
export function markStyle(cy: Core, large: boolean): void {
  cy.scratch(LARGE_KEY, large);
}

/**
 * Switches the stylesheet when the canvas is about to hold `count` elements. Called before
 * elements are added, so new elements are styled once, with the stylesheet they will keep.
 */
export function fitStyleToSize(cy: Core, count: number): boolean {
  const now = usesLargeStyle(cy);
  const large = wantsLargeStyle(count, now);
  if (large !== now) {
    markStyle(cy, large);
    cy.style(stylesheetFor(large));
  }
  return large;
}
