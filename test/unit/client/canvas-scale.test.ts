// The canvas's large-graph path on a headless Cytoscape: merging an API neighborhood (once,
// linear, edges only between present nodes), filter classes touched only where they change,
// the stylesheet switch with its hysteresis, the layout choice by size and the WebGL choice.
import cytoscape, { type Core } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { describe, expect, it } from 'vitest';
import { applyFilters, filterClasses, type FilterState } from '../../../client/features/canvas/apply-filters.js';
import { layoutOptions, layoutScope, runLayout } from '../../../client/features/canvas/layouts.js';
import { mergeNeighborhood } from '../../../client/features/canvas/merge-neighborhood.js';
import { pivotExtension } from '../../../client/features/canvas/pivot-cytoscape.js';
import { isSoftwareGl } from '../../../client/features/canvas/renderer-choice.js';
import { showNeighborhood } from '../../../client/features/canvas/show-neighborhood.js';
import { fitStyleToSize, LARGE_GRAPH_ELEMENTS, markStyle, SMALL_GRAPH_ELEMENTS, stylesheetFor, usesLargeStyle, wantsLargeStyle } from '../../../client/features/canvas/scale.js';
import type { CanvasEdge, CanvasNode, EntityType, Neighborhood } from '../../../client/shared/graphql/api-types.js';

const t = ((key: string) => (key === 'rel.ATTENDED' ? 'deltog i' : key)) as Parameters<typeof mergeNeighborhood>[2]['t'];

function headless(): Core {
  const cy = cytoscape({ headless: true, styleEnabled: true, style: stylesheetFor(false) });
  markStyle(cy, false);
  return cy;
}

const node = (id: string, type: EntityType = 'Person', years: number[] = []): CanvasNode => ({ id, type, label: id, properties: {}, years });
const edge = (id: string, source: string, target: string, years: number[] = []): CanvasEdge => ({ id, source, target, type: 'ATTENDED', years, excerpt: null, docId: null, count: 1 });
const hood = (nodes: CanvasNode[], edges: CanvasEdge[]): Neighborhood => ({ nodes, edges, truncated: false });

/** n nodes in a ring plus chords: 2n edges, like the client benchmark's graphs. */
function ring(n: number): Neighborhood {
  const nodes = Array.from({ length: n }, (_, i) => node(`n${i}`, i % 10 === 0 ? 'Meeting' : 'Person', [2015 + (i % 10)]));
  const edges = nodes.flatMap((_, i) => [edge(`r${i}`, `n${i}`, `n${(i + 1) % n}`, [2015 + (i % 10)]), edge(`c${i}`, `n${i}`, `n${(i + 7) % n}`)]);
  return hood(nodes, edges);
}

describe('mergeNeighborhood', () => {
  it('adds each node and edge once, and only edges whose ends are on the canvas', () => {
    const cy = headless();
    const first = hood([node('a'), node('b'), node('a')], [edge('e1', 'a', 'b'), edge('e1', 'a', 'b'), edge('e2', 'a', 'missing')]);
    expect(mergeNeighborhood(cy, first, { t })).toBe(3);
    expect(cy.nodes().map((n) => n.id()).sort()).toEqual(['a', 'b']);
    expect(cy.edges().map((e) => e.id())).toEqual(['e1']);
    expect(cy.getElementById('e1').data('relLabel')).toBe('deltog i');
    // A second neighborhood overlapping the first adds only what is new, including an edge
    // to a node already on the canvas.
    expect(mergeNeighborhood(cy, hood([node('b'), node('c')], [edge('e1', 'a', 'b'), edge('e3', 'c', 'a')]), { t })).toBe(2);
    expect(cy.elements().length).toBe(5);
    expect(mergeNeighborhood(cy, hood([node('a')], [edge('e1', 'a', 'b')]), { t })).toBe(0);
  });

  it('keeps only the named nodes of a shared link and places new nodes at the origin', () => {
    const cy = headless();
    mergeNeighborhood(cy, hood([node('a'), node('b'), node('c')], [edge('e1', 'a', 'b'), edge('e2', 'a', 'c')]), { t, onlyIds: new Set(['a', 'c']), origin: { x: 500, y: -300 } });
    expect(cy.nodes().map((n) => n.id()).sort()).toEqual(['a', 'c']);
    expect(cy.edges().map((e) => e.id())).toEqual(['e2']);
    const { x, y } = cy.getElementById('c').position();
    expect(Math.abs(x - 500)).toBeLessThanOrEqual(20);
    expect(Math.abs(y + 300)).toBeLessThanOrEqual(20);
  });

  it('puts 5,000 nodes and 10,000 edges on the canvas with the large-graph style', () => {
    const cy = headless();
    const graph = ring(5_000);
    expect(mergeNeighborhood(cy, graph, { t })).toBe(15_000);
    expect(usesLargeStyle(cy)).toBe(true);
    expect(cy.edges()[0]!.style('curve-style')).toBe('haystack');
    expect(cy.getElementById('n3').connectedEdges().length).toBe(4);
    // Speed is bench:client's to report; the limit only keeps a loaded machine from failing this.
  }, 60_000);
});

describe('the stylesheet by size', () => {
  it('switches to the large style above the threshold and back only well below it', () => {
    expect(wantsLargeStyle(LARGE_GRAPH_ELEMENTS - 1, false)).toBe(false);
    expect(wantsLargeStyle(LARGE_GRAPH_ELEMENTS, false)).toBe(true);
    expect(wantsLargeStyle(SMALL_GRAPH_ELEMENTS, true)).toBe(true);
    expect(wantsLargeStyle(SMALL_GRAPH_ELEMENTS - 1, true)).toBe(false);
  });

  it('draws bezier edges with arrows on a small canvas and restyles existing edges on a switch', () => {
    const cy = headless();
    mergeNeighborhood(cy, ring(10), { t });
    const e = cy.edges()[0]!;
    expect(e.style('curve-style')).toBe('bezier');
    expect(e.style('target-arrow-shape')).toBe('triangle');
    fitStyleToSize(cy, LARGE_GRAPH_ELEMENTS);
    expect(e.style('curve-style')).toBe('haystack');
    expect(e.style('target-arrow-shape')).toBe('none');
    fitStyleToSize(cy, 30);
    expect(e.style('curve-style')).toBe('bezier');
  });
});

describe('applyFilters', () => {
  const all: FilterState = { from: null, to: null, timeMode: 'fade', hiddenTypes: [] };

  it('fades or hides what lies outside the years and hides unticked types, nodes only', () => {
    expect(filterClasses(true, 'Person', [2016], { ...all, from: 2018 })).toEqual({ 'time-faded': true, 'time-hidden': false, 'type-hidden': false });
    expect(filterClasses(true, 'Person', [2016, 2019], { ...all, from: 2018, timeMode: 'hide' })['time-hidden']).toBe(false);
    expect(filterClasses(true, 'Person', [2016], { ...all, to: 2015, timeMode: 'hide' })['time-hidden']).toBe(true);
    expect(filterClasses(true, 'Person', [], { ...all, from: 2030 })['time-faded']).toBe(false);
    expect(filterClasses(true, 'Meeting', [], { ...all, hiddenTypes: ['Meeting'] })['type-hidden']).toBe(true);
    expect(filterClasses(false, 'Meeting', [], { ...all, hiddenTypes: ['Meeting'] })['type-hidden']).toBe(false);
  });

  it('touches only the elements whose classes change', () => {
    const cy = headless();
    mergeNeighborhood(cy, ring(100), { t });
    let restyled = 0;
    cy.on('style', () => void restyled++);
    expect(applyFilters(cy, all)).toBe(0);
    expect(restyled).toBe(0);
    // Years 2015..2024 over 100 nodes and the 100 ring edges: 2024 alone keeps a tenth of each.
    const changed = applyFilters(cy, { ...all, from: 2024 });
    expect(changed).toBe(180);
    expect(cy.$('.time-faded').length).toBe(180);
    expect(applyFilters(cy, { ...all, from: 2024 })).toBe(0);
    expect(applyFilters(cy, { ...all, from: 2024, timeMode: 'hide' })).toBe(180);
    expect(cy.$('.time-faded').length).toBe(0);
    expect(cy.$('.time-hidden').length).toBe(180);
    expect(applyFilters(cy, all)).toBe(180);
    expect(cy.$('.time-hidden, .time-faded').length).toBe(0);
  });
});

describe('layout and renderer choices', () => {
  it('animates fcose on small graphs and lays out large ones afresh with the unanimated pivot layout', () => {
    const small = headless();
    mergeNeighborhood(small, ring(50), { t });
    expect(layoutOptions(small, 'fcose', false)).toMatchObject({ name: 'fcose', quality: 'default', animate: true, randomize: true });
    const large = headless();
    mergeNeighborhood(large, ring(1_000), { t });
    expect(layoutOptions(large, 'fcose', false)).toMatchObject({ name: 'pivot', animate: false, fit: true });
    expect(layoutOptions(large, 'fcose', true)).toMatchObject({ name: 'fcose', quality: 'default', animate: false, randomize: false });
  });

  it('spreads a large graph out on the fresh layout: no node on another, neighbours near, locked nodes kept', () => {
    cytoscape.use(pivotExtension);
    const cy = headless();
    // Twenty meetings with fifty attendees each, a chain of meetings, and ten people alone.
    const meetings = Array.from({ length: 20 }, (_, m) => node(`m${m}`, 'Meeting'));
    const people = meetings.flatMap((_, m) => Array.from({ length: 50 }, (_, p) => node(`p${m}-${p}`)));
    const alone = Array.from({ length: 10 }, (_, i) => node(`alone${i}`));
    const edges = [
      ...people.map((p) => edge(`a-${p.id}`, p.id, `m${p.id.slice(1).split('-')[0]}`)),
      ...meetings.slice(1).map((m, i) => edge(`chain${i}`, meetings[i]!.id, m.id)),
    ];
    mergeNeighborhood(cy, hood([...meetings, ...people, ...alone], edges), { t });
    cy.getElementById('alone0').position({ x: -5000, y: -5000 }).lock();
    runLayout(cy, 'fcose', false);
    const pos = new Map(cy.nodes().map((n) => [n.id(), { ...n.position() }]));
    expect(pos.get('alone0')).toEqual({ x: -5000, y: -5000 });
    const points = [...pos.values()];
    expect(points.every((p) => Number.isFinite(p.x) && Number.isFinite(p.y))).toBe(true);
    // No two nodes closer than a node's size (30 px in the large-graph style, Cytoscape's default).
    let closest = Infinity;
    for (let i = 0; i < points.length; i++) {
      for (let j = i + 1; j < points.length; j++) closest = Math.min(closest, Math.hypot(points[i]!.x - points[j]!.x, points[i]!.y - points[j]!.y));
    }
    expect(closest).toBeGreaterThan(30);
    // An attendee sits much nearer its own meeting than the other meetings do, on average.
    const dist = (a: string, b: string) => Math.hypot(pos.get(a)!.x - pos.get(b)!.x, pos.get(a)!.y - pos.get(b)!.y);
    const own = people.reduce((sum, p) => sum + dist(p.id, `m${p.id.slice(1).split('-')[0]}`), 0) / people.length;
    const others = people.reduce((sum, p) => {
      const mine = `m${p.id.slice(1).split('-')[0]}`;
      return sum + meetings.filter((m) => m.id !== mine).reduce((s, m) => s + dist(p.id, m.id), 0) / (meetings.length - 1);
    }, 0) / people.length;
    expect(own).toBeLessThan(others / 3);
  });

  it('puts a large graph landing on an empty canvas where the pivot layout would, fitted to the view', () => {
    cytoscape.use(pivotExtension);
    cytoscape.use(fcose);
    const graph = ring(1_000);
    const placed = headless();
    expect(showNeighborhood(placed, graph, { t }, { name: 'fcose', incremental: false })).toBe(3_000);
    const laidOut = headless();
    mergeNeighborhood(laidOut, graph, { t });
    runLayout(laidOut, 'fcose', false);
    laidOut.nodes().forEach((node) => {
      const p = placed.getElementById(node.id()).position();
      expect(p.x).toBeCloseTo(node.position().x, 6);
      expect(p.y).toBeCloseTo(node.position().y, 6);
    });
    expect(placed.zoom()).toBeCloseTo(laidOut.zoom(), 9);
    expect(placed.pan().x).toBeCloseTo(laidOut.pan().x, 6);
    // What lands next to nodes already there is laid out around them instead (fcose, from
    // where it was expanded), not placed afresh.
    showNeighborhood(placed, hood([node('new', 'Meeting')], [edge('to-new', 'n3', 'new')]), { t, origin: { ...placed.getElementById('n3').position() } }, { name: 'fcose', incremental: true, around: ['n3'] });
    const n3 = placed.getElementById('n3').position();
    const added = placed.getElementById('new').position();
    expect(Math.hypot(added.x - n3.x, added.y - n3.y)).toBeLessThan(1_000);
  }, 60_000);

  it('lays out only the expanded nodes and their neighbours when expanding a large canvas', () => {
    const small = headless();
    mergeNeighborhood(small, ring(50), { t });
    expect(layoutScope(small, 'fcose', true, ['n3']).eles.length).toBe(small.elements().length);
    const large = headless();
    mergeNeighborhood(large, ring(1_000), { t });
    const { eles, local } = layoutScope(large, 'fcose', true, ['n3']);
    expect(local).toBe(true);
    // n3, its four neighbours (n2, n4, n10, n996) and the four edges between n3 and them.
    expect(eles.nodes().map((n) => n.id()).sort()).toEqual(['n10', 'n2', 'n3', 'n4', 'n996']);
    expect(eles.edges().length).toBe(4);
    expect(layoutScope(large, 'fcose', false, ['n3']).local).toBe(false);
    expect(layoutScope(large, 'concentric', true, ['n3']).local).toBe(false);
  });

  it('treats software GL as no GPU', () => {
    expect(isSoftwareGl('ANGLE (Google, Vulkan 1.3.0 (SwiftShader Device (Subzero) (0x0000C0DE)), SwiftShader driver)')).toBe(true);
    expect(isSoftwareGl('llvmpipe (LLVM 15.0.6, 256 bits)')).toBe(true);
    expect(isSoftwareGl('ANGLE (Intel, Mesa Intel(R) UHD Graphics 620 (KBL GT2), OpenGL 4.6)')).toBe(false);
    expect(isSoftwareGl('ANGLE (NVIDIA, NVIDIA GeForce RTX 3060 Direct3D11 vs_5_0 ps_5_0, D3D11)')).toBe(false);
    expect(isSoftwareGl('Apple M2')).toBe(false);
  });
});
