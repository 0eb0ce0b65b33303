// The canvas stylesheet: colour and shape per type (shared with the legend), labels that
// stay legible at any zoom (outline; hidden below a readable size rather than drawn as
// smudges), and the classes the filters toggle.
import type { StylesheetJson } from 'cytoscape';
import { ENTITY_STYLE } from '../../shared/ui/entity-style.js';

const typeRules: StylesheetJson = Object.entries(ENTITY_STYLE).map(([type, style]) => ({
  selector: `node[type = "${type}"]`,
  style: { 'background-color': style.color, shape: style.shape as never },
}));

export const cyStyle: StylesheetJson = [
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
