// The canvas stylesheet: colour and shape per type (shared with the legend), labels that
// stay legible at any zoom (outline; hidden below a readable size rather than drawn as
// smudges), and the classes the filters toggle. Every rule is a plain value, a data mapping or
// a selector (no per-element JS functions), so styling thousands of elements stays cheap.
// `cyStyleLarge` is the variant for large graphs (see scale.ts).
import type { StylesheetJson } from 'cytoscape';
import { ENTITY_STYLE } from '../../shared/ui/entity-style.js';

/** Class of the elements that carry their label in the large-graph style (see label-detail.ts). */
export const LABELLED = 'labelled';

/** Label sizes, and the smallest on-screen size at which a label is drawn at all. */
export const LABEL_PX = {
  node: 12,
  // Below 7 px on screen a label is unreadable; hiding it keeps the map clean when zoomed out.
  nodeMin: 7,
  edge: 9,
  // Edge labels only once zoomed in enough to read them.
  edgeMin: 9,
  // On a large graph, from twice that zoom: at zoom 1 the middle of a 5,000-node graph shows
  // ~1,500 edges, whose rotated labels bury each other and took ~4 s to label and most of
  // every frame to draw (edge labels name the relation, which the details panel also gives).
  edgeMinLarge: 18,
};

const typeRules: StylesheetJson = Object.entries(ENTITY_STYLE).map(([type, style]) => ({
  selector: `node[type = "${type}"]`,
  style: { 'background-color': style.color, shape: style.shape as never },
}));

const nodeLabel = {
  label: 'data(label)',
  'font-size': LABEL_PX.node,
  'font-family': 'system-ui, sans-serif',
  color: '#111',
  'text-valign': 'bottom',
  'text-margin-y': 4,
  'text-wrap': 'ellipsis',
  'text-max-width': '160px',
  'text-outline-color': '#fff',
  'text-outline-width': 2.5,
  'min-zoomed-font-size': LABEL_PX.nodeMin,
} as const;

const edgeLine = { width: 'mapData(count, 1, 10, 1.2, 5)', 'line-color': '#9aa3ad' } as const;

const edgeLabel = {
  label: 'data(relLabel)',
  'font-size': LABEL_PX.edge,
  color: '#333',
  'text-rotation': 'autorotate',
  'text-outline-color': '#fff',
  'text-outline-width': 2,
  'min-zoomed-font-size': LABEL_PX.edgeMin,
} as const;

const bigTypes = 'node[type = "Project"], node[type = "Theme"]';

/** Selection, pins, search seeds, paths and the filter classes: last, so they win. */
const stateRules: StylesheetJson = [
  { selector: 'node:selected', style: { 'border-width': 4, 'border-color': '#ffbf00', 'overlay-opacity': 0 } },
  { selector: 'edge:selected', style: { 'line-color': '#e08a00', 'target-arrow-color': '#e08a00', width: 4 } },
  { selector: 'node:locked', style: { 'border-width': 3, 'border-style': 'double', 'border-color': '#111' } },
  { selector: '.seed', style: { 'border-width': 3, 'border-color': '#111' } },
  { selector: '.time-faded', style: { opacity: 0.15 } },
  { selector: '.time-hidden, .type-hidden, .user-hidden', style: { display: 'none' } },
  { selector: '.path', style: { 'line-color': '#d33', 'target-arrow-color': '#d33', width: 4 } },
];

export const cyStyle: StylesheetJson = [
  { selector: 'node', style: { ...nodeLabel, width: 26, height: 26, 'border-width': 0 } },
  ...typeRules,
  { selector: bigTypes, style: { width: 38, height: 38, 'font-weight': 'bold' } },
  {
    selector: 'edge',
    style: { ...edgeLine, 'target-arrow-color': '#9aa3ad', 'target-arrow-shape': 'triangle', 'arrow-scale': 0.8, 'curve-style': 'bezier', ...edgeLabel },
  },
  ...stateRules,
];

/**
 * For large graphs, as few properties per element as the picture needs: Cytoscape's first
 * style pass costs per element and per property, and label properties also mean measuring
 * every label's text for the bounding box of the first fit. So:
 * - haystack edges, a straight segment between the node centres with no control points,
 *   parallel-edge bundling or endpoint clipping to compute, and no arrows (Cytoscape draws
 *   none on haystack edges; the details panel still gives the direction);
 * - labels only on elements with the LABELLED class, which label-detail.ts gives to what the
 *   view shows once zoomed in far enough to read it. Zoomed out over thousands of elements
 *   min-zoomed-font-size hides every label anyway, so the first picture is the same.
 * - Cytoscape's defaults wherever they look close enough: every property an element is given
 *   costs a style application and a cache invalidation of the node's edges on the first pass
 *   (~0.15 s at 5,000 nodes + 10,000 edges for node size, line colour and curve style), so
 *   nodes are its 30 px (the two big types 38 px), edges its grey #999 and its haystack curve.
 * Properties left out here are Cytoscape's defaults (no border, no arrow, haystack radius 0).
 */
export const cyStyleLarge: StylesheetJson = [
  ...typeRules,
  { selector: bigTypes, style: { width: 38, height: 38 } },
  { selector: 'edge', style: { width: edgeLine.width } },
  { selector: `node.${LABELLED}`, style: nodeLabel },
  { selector: `node.${LABELLED}[type = "Project"], node.${LABELLED}[type = "Theme"]`, style: { 'font-weight': 'bold' } },
  { selector: `edge.${LABELLED}`, style: { ...edgeLabel, 'min-zoomed-font-size': LABEL_PX.edgeMinLarge } },
  ...stateRules,
];
