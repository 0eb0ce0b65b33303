// Puts an API neighborhood on the canvas without duplicating what is already there; new
// nodes start at the node they were expanded from so the layout grows outwards from it.
import type { Core, ElementDefinition } from 'cytoscape';
import type { Neighborhood } from '../../shared/graphql/api-types.js';
import type { Translate } from '../../shared/i18n/i18n.js';

export interface MergeOptions {
  /** Keep only these node ids (restoring a shared link); all when absent. */
  onlyIds?: Set<string>;
  /** Where new nodes appear. */
  origin?: { x: number; y: number };
  t: Translate;
}

/** Adds the nodes and edges cy lacks; returns how many elements were added. */
export function mergeNeighborhood(cy: Core, hood: Neighborhood, { onlyIds, origin, t }: MergeOptions): number {
  const elements: ElementDefinition[] = [];
  const keep = (id: string) => !onlyIds || onlyIds.has(id);
  for (const node of hood.nodes) {
    if (!keep(node.id) || cy.getElementById(node.id).nonempty()) continue;
    const jitter = () => (Math.random() - 0.5) * 40;
    elements.push({
      group: 'nodes',
      data: { id: node.id, label: node.label, type: node.type, years: node.years, properties: node.properties },
      ...(origin ? { position: { x: origin.x + jitter(), y: origin.y + jitter() } } : {}),
    });
  }
  const present = (id: string) => cy.getElementById(id).nonempty() || elements.some((e) => e.data.id === id);
  for (const edge of hood.edges) {
    if (cy.getElementById(edge.id).nonempty() || !present(edge.source) || !present(edge.target)) continue;
    const relKey = `rel.${edge.type}` as Parameters<Translate>[0];
    const relLabel = t(relKey) ?? edge.type.toLowerCase();
    elements.push({ group: 'edges', data: { ...edge, relLabel } });
  }
  cy.add(elements);
  return elements.length;
}
