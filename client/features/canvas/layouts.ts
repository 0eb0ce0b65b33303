// The layouts a user can choose. fcose for structure, concentric to see the kinds in rings,
// and a timeline that puts each node at its first year so recurrence reads left to right.
import type { CollectionReturnValue, Core, LayoutOptions, NodeSingular } from 'cytoscape';
import type { LayoutName } from '../../shared/url/url-state.js';
import { ANIMATE_LAYOUT_MAX_NODES, PIVOT_LAYOUT_NODES } from './scale.js';

// Inner rings first: what users search for sits in the middle, people at the edge.
const RING: Record<string, number> = { Project: 8, Theme: 7, Network: 6, Municipality: 5, Organization: 4, Meeting: 3, AgendaItem: 2, Person: 1, Document: 0 };

/** Room between the graph and the canvas edge after a layout's fit, in px. */
export const FIT_PADDING = 40;

const firstYear = (node: NodeSingular): number | null => {
  const years = node.data('years') as number[] | undefined;
  return years && years.length > 0 ? Math.min(...years) : null;
};

/** Whether a layout run of `name` over `nodes` nodes is the pivot layout: a fresh structure layout of a large graph. */
export function usesPivotLayout(name: LayoutName, nodes: number, incremental: boolean): boolean {
  return name === 'fcose' && !incremental && nodes >= PIVOT_LAYOUT_NODES;
}

/**
 * Layout options for `name`; `incremental` keeps placed nodes where they are. Small graphs
 * animate into place; from PIVOT_LAYOUT_NODES nodes a fresh structure layout is the pivot
 * layout (pivot-layout.ts: tens of ms where fcose's draft took seconds and piled nodes on
 * top of each other) and nothing is animated, so the canvas is never redrawn frame by frame
 * with thousands of elements.
 */
export function layoutOptions(cy: Core, name: LayoutName, incremental: boolean): LayoutOptions {
  const nodes = cy.nodes().length;
  const common = { animate: nodes < ANIMATE_LAYOUT_MAX_NODES, animationDuration: 350, fit: true, padding: FIT_PADDING };
  if (name === 'concentric') {
    return { name: 'concentric', ...common, concentric: (n: NodeSingular) => RING[n.data('type') as string] ?? 0, levelWidth: () => 1, minNodeSpacing: 28 } as LayoutOptions;
  }
  if (name === 'timeline') return { name: 'preset', ...common, positions: timelinePositions(cy) } as LayoutOptions;
  if (usesPivotLayout(name, nodes, incremental)) return { name: 'pivot', ...common } as LayoutOptions;
  return {
    name: 'fcose',
    ...common,
    // An incremental run keeps the positions and refines them, fewer rounds when big.
    quality: 'default',
    ...(nodes >= PIVOT_LAYOUT_NODES ? { numIter: 1000 } : {}),
    randomize: !incremental,
    nodeRepulsion: () => 9000,
    idealEdgeLength: () => 110,
    nodeSeparation: 90,
    packComponents: true,
  } as LayoutOptions;
}

/**
 * What a layout run moves. Expanding a node on a large canvas lays out only the expanded
 * nodes and their neighbours with fcose (the rest stays where it is, and the view too): a
 * force-directed run over thousands of nodes takes seconds per expansion. Everything else,
 * and every small canvas, lays out the whole graph.
 */
export function layoutScope(cy: Core, name: LayoutName, incremental: boolean, around: string[] = []): { eles: CollectionReturnValue; local: boolean } {
  const local = incremental && name === 'fcose' && around.length > 0 && cy.nodes().length >= PIVOT_LAYOUT_NODES;
  if (!local) return { eles: cy.elements(), local };
  const seeds = around.reduce((c, id) => c.merge(cy.getElementById(id)), cy.collection());
  return { eles: seeds.closedNeighborhood(), local };
}

/** Runs the chosen layout over its scope (see layoutScope). */
export function runLayout(cy: Core, name: LayoutName, incremental: boolean, around: string[] = []): void {
  const { eles, local } = layoutScope(cy, name, incremental, around);
  if (eles.empty()) return;
  const options = layoutOptions(cy, name, incremental);
  eles.layout(local ? ({ ...options, fit: false, animate: false } as LayoutOptions) : options).run();
}

/** x by first year, y by type row; nodes without years sit with their neighbours. */
function timelinePositions(cy: Core): Record<string, { x: number; y: number }> {
  const nodes = cy.nodes();
  const years = nodes.map(firstYear).filter((y): y is number => y !== null);
  const min = years.length ? Math.min(...years) : 0;
  const slots = new Map<string, number>();
  const positions: Record<string, { x: number; y: number }> = {};
  const place = (node: NodeSingular, x: number) => {
    const row = 8 - (RING[node.data('type') as string] ?? 0);
    const key = `${Math.round(x)}:${row}`;
    const n = slots.get(key) ?? 0;
    slots.set(key, n + 1);
    positions[node.id()] = { x: x + (n % 3) * 60, y: row * 160 + Math.floor(n / 3) * 34 + (n % 3) * 12 };
  };
  const undated: NodeSingular[] = [];
  nodes.forEach((node) => {
    const year = firstYear(node);
    if (year === null) undated.push(node);
    else place(node, (year - min) * 260);
  });
  for (const node of undated) {
    const xs = node.neighborhood('node').map((n) => positions[n.id()]?.x).filter((x): x is number => x !== undefined);
    place(node, xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : -260);
  }
  return positions;
}
