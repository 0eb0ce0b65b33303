// The layouts a user can choose. fcose for structure, concentric to see the kinds in rings,
// and a timeline that puts each node at its first year so recurrence reads left to right.
import type { Core, LayoutOptions, NodeSingular } from 'cytoscape';
import type { LayoutName } from '../../shared/url/url-state.js';

// Inner rings first: what users search for sits in the middle, people at the edge.
const RING: Record<string, number> = { Project: 8, Theme: 7, Network: 6, Municipality: 5, Organization: 4, Meeting: 3, AgendaItem: 2, Person: 1, Document: 0 };

const firstYear = (node: NodeSingular): number | null => {
  const years = node.data('years') as number[] | undefined;
  return years && years.length > 0 ? Math.min(...years) : null;
};

/** Layout options for `name`; `incremental` keeps placed nodes where they are. */
export function layoutOptions(cy: Core, name: LayoutName, incremental: boolean): LayoutOptions {
  const common = { animate: cy.nodes().length < 400, animationDuration: 350, fit: true, padding: 40 };
  if (name === 'concentric') {
    return { name: 'concentric', ...common, concentric: (n: NodeSingular) => RING[n.data('type') as string] ?? 0, levelWidth: () => 1, minNodeSpacing: 28 } as LayoutOptions;
  }
  if (name === 'timeline') return { name: 'preset', ...common, positions: timelinePositions(cy) } as LayoutOptions;
  return {
    name: 'fcose',
    ...common,
    quality: 'default',
    randomize: !incremental,
    nodeRepulsion: () => 9000,
    idealEdgeLength: () => 110,
    nodeSeparation: 90,
    packComponents: true,
  } as LayoutOptions;
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
