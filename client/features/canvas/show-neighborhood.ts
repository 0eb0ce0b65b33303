// A neighbourhood from the API onto the canvas, laid out: what a search hit, an expansion, a
// path and a shared link all do. Usually the merge and then the chosen layout; a large graph
// landing on an empty canvas is laid out first and added in place (place-before-add.ts).
import type { Core } from 'cytoscape';
import type { Neighborhood } from '../../shared/graphql/api-types.js';
import type { LayoutName } from '../../shared/url/url-state.js';
import { FIT_PADDING, runLayout } from './layouts.js';
import { addElements, newElements, type MergeOptions } from './merge-neighborhood.js';
import { placeBeforeAdd } from './place-before-add.js';

export interface LayoutRequest {
  name: LayoutName;
  /** Keep what is placed where it is (see runLayout). */
  incremental: boolean;
  /** The nodes an expansion grew from. */
  around?: string[];
}

/** Time spent merging (finding and adding the new elements) and laying out, for the client benchmark. */
export interface StepTimes {
  mergeMs: number;
  layoutMs: number;
}

/** Adds what `hood` brings to the canvas and lays it out; returns how many elements were added. */
export function showNeighborhood(cy: Core, hood: Neighborhood, merge: MergeOptions, layout: LayoutRequest, times?: StepTimes): number {
  const t0 = performance.now();
  const elements = newElements(cy, hood, merge);
  const t1 = performance.now();
  const placed = !layout.incremental && cy.elements().empty() && placeBeforeAdd(elements, layout.name);
  const t2 = performance.now();
  const added = addElements(cy, elements);
  const t3 = performance.now();
  if (placed) cy.fit(cy.elements(), FIT_PADDING);
  else runLayout(cy, layout.name, layout.incremental, layout.around);
  const t4 = performance.now();
  if (times) {
    times.mergeMs += t1 - t0 + (t3 - t2);
    times.layoutMs += t2 - t1 + (t4 - t3);
  }
  return added;
}
