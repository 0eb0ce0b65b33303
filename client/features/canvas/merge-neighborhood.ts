// Puts an API neighborhood on the canvas without duplicating what is already there; new
// nodes start at the node they were expanded from so the layout grows outwards from it.
// Linear in the size of the neighborhood (ids are looked up in a Set and cy's own index),
// and one cy.add of the whole array, so 5,000 nodes and 10,000 edges go on in one step.
import type { Core, ElementDefinition } from 'cytoscape';
import type { Neighborhood } from '../../shared/graphql/api-types.js';
import type { Translate } from '../../shared/i18n/i18n.js';
import { fitStyleToSize } from './scale.js';

export interface MergeOptions {
  /** Keep only these node ids (restoring a shared link); all when absent. */
  onlyIds?: Set<string>;
  /** Where new nodes appear. */
  origin?: { x: number; y: number };
  t: Translate;
}

/** The elements of `hood` that cy lacks: each node and edge once, edges only between present nodes. */
export function newElements(cy: Core, hood: Neighborhood, { onlyIds, origin, t }: MergeOptions): ElementDefinition[] {
  const elements: ElementDefinition[] = [];
  const added = new Set<string>();
  const onCanvas = (id: string) => cy.getElementById(id).nonempty();
  const jitter = () => (Math.random() - 0.5) * 40;
  for (const node of hood.nodes) {
    if ((onlyIds && !onlyIds.has(node.id)) || added.has(node.id) || onCanvas(node.id)) continue;
    added.add(node.id);
    elements.push({
      group: 'nodes',
      data: { id: node.id, label: node.label, type: node.type, years: node.years, properties: node.properties },
      ...(origin ? { position: { x: origin.x + jitter(), y: origin.y + jitter() } } : {}),
    });
  }
  const present = (id: string) => added.has(id) || onCanvas(id);
  const relLabels = new Map<string, string>();
  const relLabel = (type: string) => {
    let label = relLabels.get(type);
    if (label === undefined) {
      label = t(`rel.${type}` as Parameters<Translate>[0]) ?? type.toLowerCase();
      relLabels.set(type, label);
    }
    return label;
  };
  for (const edge of hood.edges) {
    if (added.has(edge.id) || onCanvas(edge.id) || !present(edge.source) || !present(edge.target)) continue;
    added.add(edge.id);
    elements.push({ group: 'edges', data: { ...edge, relLabel: relLabel(edge.type) } });
  }
  return elements;
}

/** Adds `elements` (from newElements) in one step; returns how many were added. */
export function addElements(cy: Core, elements: ElementDefinition[]): number {
  if (elements.length === 0) return 0;
  // The stylesheet for the size the canvas is about to have, before the add, so each new
  // element is styled once.
  fitStyleToSize(cy, cy.elements().length + elements.length);
  cy.add(elements);
  return elements.length;
}

/** Adds the nodes and edges cy lacks; returns how many elements were added. */
export function mergeNeighborhood(cy: Core, hood: Neighborhood, options: MergeOptions): number {
  return addElements(cy, newElements(cy, hood, options));
}
