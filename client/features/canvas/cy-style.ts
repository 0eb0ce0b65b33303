// The canvas stylesheet: colour and shape per type (shared with the legend), labels that
// stay legible at any zoom (outline; hidden below a readable size rather than drawn as
// smudges), and the classes the filters toggle. Every rule is a plain value, a data mapping or
// a selector (no per-element JS functions), so styling thousands of elements stays cheap.
// `cyStyleLarge` is the variant for large graphs (see scale.ts).
import type { StylesheetJson } from 'cytoscape';
import { ENTITY_STYLE } from '../../shared/ui/entity-style.js';

const typeRules: StylesheetJson = Object.entries(ENTITY_STYLE).map(([type, style]) => ({
  selector: `node[type = "${type}"]`,
  style: { 'background-color': style.color, shape: style.shape as never },
}));

const baseStyle: StylesheetJson = [
  {
    selector: 'node',
    style: {
      label: 'data(label)',
      width: 26,
      height: 26,
      'font-size': 12,
      'font-family': 'system-ui, sans-serif',
      color: '#111',
      'text-valign': 'bottom',
      'text-margin-y': 4,
      'text-wrap': 'ellipsis',
      'text-max-width': '160px',
      'text-outline-color': '#fff',
      'text-outline-width': 2.5,
      // Below 7 px on screen a label is unreadable; hiding it keeps the map clean when zoomed out.
      'min-zoomed-font-size': 7,
      'border-width': 0,
    },
  },
  ...typeRules,
  { selector: 'node[type = "Project"], node[type = "Theme"]', style: { width: 38, height: 38, 'font-weight': 'bold' } },
  {
    selector: 'edge',
    style: {
      width: 'mapData(count, 1, 10, 1.2, 5)',
      'line-color': '#9aa3ad',
      'target-arrow-color': '#9aa3ad',
      'target-arrow-shape': 'triangle',
      'arrow-scale': 0.8,
      'curve-style': 'bezier',
      label: 'data(relLabel)',
      'font-size': 9,
      color: '#333',
      'text-rotation': 'autorotate',
      'text-outline-color': '#fff',
      'text-outline-width': 2,
      // Edge labels only once zoomed in enough to read them.
      'min-zoomed-font-size': 9,
    },
  },
  { selector: 'node:selected', style: { 'border-width': 4, 'border-color': '#ffbf00', 'overlay-opacity': 0 } },
  { selector: 'edge:selected', style: { 'line-color': '#e08a00', 'target-arrow-color': '#e08a00', width: 4 } },
  { selector: 'node:locked', style: { 'border-width': 3, 'border-style': 'double', 'border-color': '#111' } },
  { selector: '.seed', style: { 'border-width': 3, 'border-color': '#111' } },
  { selector: '.time-faded', style: { opacity: 0.15 } },
  { selector: '.time-hidden, .type-hidden, .user-hidden', style: { display: 'none' } },
  { selector: '.path', style: { 'line-color': '#d33', 'target-arrow-color': '#d33', width: 4 } },
];

export const cyStyle: StylesheetJson = baseStyle;

/**
 * For large graphs: haystack edges, a straight segment between the node centres with no
 * control points, parallel-edge bundling or endpoint clipping to compute, and no arrows
 * (Cytoscape draws none on haystack edges; the details panel still gives the direction).
 * The rule only sets these three properties, so selection, path and filter rules still apply.
 */
export const cyStyleLarge: StylesheetJson = [
  ...baseStyle,
  { selector: 'edge', style: { 'curve-style': 'haystack', 'haystack-radius': 0, 'target-arrow-shape': 'none' } },
];
