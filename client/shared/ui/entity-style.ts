// One colour, shape and icon per entity type, used by search hits, the canvas and the
// legend alike, so a type looks the same everywhere. Colours pass 4.5:1 against white text
// or are drawn with dark text (see `textOn`).
import type { EntityType } from '../graphql/api-types.js';

export interface EntityStyle {
  color: string;
  /** Cytoscape node shape. */
  shape: string;
  /** A short glyph for lists, where the shape cannot be drawn. */
  icon: string;
}

export const ENTITY_STYLE: Record<EntityType, EntityStyle> = {
  Project: { color: '#b4461c', shape: 'round-rectangle', icon: '◆' },
  Theme: { color: '#7a3e9d', shape: 'hexagon', icon: '⬢' },
  Municipality: { color: '#1b6e3c', shape: 'round-pentagon', icon: '⌂' },
  Organization: { color: '#5b5b5b', shape: 'barrel', icon: '▣' },
  Network: { color: '#0b5d8c', shape: 'diamond', icon: '◇' },
  Meeting: { color: '#8a6d00', shape: 'round-triangle', icon: '▲' },
  Person: { color: '#2a4fb0', shape: 'ellipse', icon: '●' },
  AgendaItem: { color: '#8c2f4f', shape: 'tag', icon: '≡' },
  Document: { color: '#3b3b3b', shape: 'rectangle', icon: '▤' },
};

export function entityStyle(type: string): EntityStyle {
  return ENTITY_STYLE[type as EntityType] ?? { color: '#444', shape: 'ellipse', icon: '•' };
}
