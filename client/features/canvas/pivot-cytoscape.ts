// pivot-layout.ts as a Cytoscape layout ('pivot'), so it runs like any other: through
// cy.layout / eles.layout, with fit, padding and the layoutstart/layoutstop events, and
// locked nodes staying where they are.
import type cytoscape from 'cytoscape';
import type { Collection, NodeSingular } from 'cytoscape';
import { pivotLayout, type PivotLayoutOptions } from './pivot-layout.js';

interface Options extends Partial<PivotLayoutOptions> {
  eles: Collection;
}

/** Cytoscape layouts are constructors with a `run`; Cytoscape adds the event methods. */
function PivotLayout(this: { options: Options }, options: Options) {
  this.options = { fit: true, padding: 30, animate: false, ...options } as Options;
}

PivotLayout.prototype.run = function run(this: { options: Options }) {
  const { eles } = this.options;
  const nodes = eles.nodes();
  const index = new Map<string, number>();
  nodes.forEach((node, i) => void index.set(node.id(), i));
  const source: number[] = [];
  const target: number[] = [];
  eles.edges().forEach((edge) => {
    const s = index.get(edge.data('source') as string);
    const t = index.get(edge.data('target') as string);
    if (s !== undefined && t !== undefined) {
      source.push(s);
      target.push(t);
    }
  });
  const xy = pivotLayout({ nodeCount: nodes.length, source, target }, this.options);
  (nodes as unknown as { layoutPositions(layout: unknown, options: unknown, fn: (node: NodeSingular) => unknown): void }).layoutPositions(this, this.options, (node) => {
    const i = index.get(node.id())!;
    return node.locked() ? false : { x: xy[2 * i]!, y: xy[2 * i + 1]! };
  });
  return this;
};

PivotLayout.prototype.stop = function stop() {
  return this;
};

/** Registers the 'pivot' layout with Cytoscape (a cytoscape.use extension). */
export function pivotExtension(cy: typeof cytoscape): void {
  cy('layout', 'pivot', PivotLayout);
}
