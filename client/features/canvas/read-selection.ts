// Turns a Cytoscape element into the plain Selection the details panel shows.
import type { EdgeSingular, NodeSingular, SingularElementReturnValue } from 'cytoscape';
import type { CanvasEdge, CanvasNode } from '../../shared/graphql/api-types.js';
import type { NodeRef, Selection } from '../../shared/selection.js';

const ref = (node: NodeSingular): NodeRef => ({ id: node.id(), label: node.data('label') as string, type: node.data('type') as NodeRef['type'] });

const edgeData = (edge: EdgeSingular): CanvasEdge => {
  const { id, source, target, type, years, excerpt, docId, count } = edge.data() as CanvasEdge;
  return { id, source, target, type, years, excerpt, docId, count };
};

/** The selection for `element`, with a node's links read from the canvas. */
export function readSelection(element: SingularElementReturnValue): Selection {
  if (element.isEdge()) {
    const edge = element as EdgeSingular;
    return { kind: 'edge', edge: edgeData(edge), source: ref(edge.source()), target: ref(edge.target()) };
  }
  const node = element as NodeSingular;
  const data = node.data() as CanvasNode;
  const links = node.connectedEdges().map((edge) => {
    const out = edge.source().id() === node.id();
    return { edge: edgeData(edge), direction: out ? ('out' as const) : ('in' as const), other: ref(out ? edge.target() : edge.source()) };
  });
  return { kind: 'node', node: { id: data.id, type: data.type, label: data.label, properties: data.properties ?? {}, years: data.years ?? [] }, links };
}
