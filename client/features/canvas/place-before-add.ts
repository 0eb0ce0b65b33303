// A large graph landing on an empty canvas is laid out from its data, before it is added:
// each node goes onto the canvas at its final position. Laid out after the add instead (a
// Cytoscape layout), every node is moved once it is there, and each move is an event, a
// bounding box dirtied for the node and its edges and the node queued for the renderer
// again: ~0.1 s of main-thread time at 5,000 nodes + 10,000 edges. (The first frame still
// computes the edges' geometry a second time after the fit did: Cytoscape marks every
// element for the renderer when it first computes its bounding box, whatever the order.)
// Only the pivot layout (pivot-layout.ts) runs this way: it needs nothing but the edges,
// where the other layouts read Cytoscape's elements (sizes, data, positions).
import type { ElementDefinition } from 'cytoscape';
import type { LayoutName } from '../../shared/url/url-state.js';
import { usesPivotLayout } from './layouts.js';
import { pivotLayout } from './pivot-layout.js';

/**
 * Gives each node definition of `elements` its position in a fresh `name` layout, when that
 * layout can run before the add (see usesPivotLayout); returns whether it did. Edges whose
 * ends are not among the nodes are left out of the layout (mergeNeighborhood adds none).
 */
export function placeBeforeAdd(elements: ElementDefinition[], name: LayoutName): boolean {
  const nodes = elements.filter((e) => e.group === 'nodes');
  if (!usesPivotLayout(name, nodes.length, false)) return false;
  const index = new Map<string, number>();
  nodes.forEach((node, i) => void index.set(node.data.id!, i));
  const source: number[] = [];
  const target: number[] = [];
  for (const e of elements) {
    if (e.group !== 'edges') continue;
    const s = index.get(e.data.source as string);
    const t = index.get(e.data.target as string);
    if (s === undefined || t === undefined) continue;
    source.push(s);
    target.push(t);
  }
  const xy = pivotLayout({ nodeCount: nodes.length, source, target });
  nodes.forEach((node, i) => void (node.position = { x: xy[2 * i]!, y: xy[2 * i + 1]! }));
  return true;
}
