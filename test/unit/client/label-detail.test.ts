// Labels on demand on large canvases (label-detail.ts), on a headless Cytoscape: its viewport
// is 1×1 px, so zoom and pan choose which model point the view shows.
import cytoscape, { type Core } from 'cytoscape';
import { afterEach, describe, expect, it } from 'vitest';
import { LABELLED } from '../../../client/features/canvas/cy-style.js';
import { labelAll, labelsPending, LEGIBLE_ZOOM, unlabelledInView, watchLabels } from '../../../client/features/canvas/label-detail.js';
import { markStyle, stylesheetFor } from '../../../client/features/canvas/scale.js';

const made: Core[] = [];
afterEach(() => made.splice(0).forEach((cy) => cy.destroy()));

/** Nodes a (at 0,0), b (at 10,0) and far (at 5000,5000), edges a–b and a–far, in the given style. */
function canvas(large: boolean): Core {
  const cy = cytoscape({ headless: true, styleEnabled: true, style: stylesheetFor(large) });
  markStyle(cy, large);
  cy.add([
    { group: 'nodes', data: { id: 'a', label: 'Ale', type: 'Municipality' }, position: { x: 0, y: 0 } },
    { group: 'nodes', data: { id: 'b', label: 'Mini-Maria', type: 'Project' }, position: { x: 10, y: 0 } },
    { group: 'nodes', data: { id: 'far', label: 'Långt bort', type: 'Person' }, position: { x: 5000, y: 5000 } },
    { group: 'edges', data: { id: 'ab', source: 'a', target: 'b', relLabel: 'deltar i', count: 1 } },
    { group: 'edges', data: { id: 'afar', source: 'a', target: 'far', relLabel: 'nämner', count: 1 } },
  ]);
  made.push(cy);
  return cy;
}

const view = (zoom: number) => ({ extent: { x1: -20, y1: -20, x2: 20, y2: 20 }, zoom });
const ids = (cy: Core, zoom: number) => unlabelledInView(cy, view(zoom)).map((e) => e.id()).sort();
const waitFor = async (done: () => boolean) => {
  for (let i = 0; i < 200 && !done(); i++) await new Promise((r) => setTimeout(r, 5));
};

describe('labels in the two stylesheets', () => {
  it('labels every node and edge of a small canvas', () => {
    const cy = canvas(false);
    expect(cy.getElementById('b').style('label')).toBe('Mini-Maria');
    expect(cy.getElementById('b').style('font-weight')).toBe('bold');
    expect(cy.getElementById('ab').style('label')).toBe('deltar i');
    expect(cy.getElementById('ab').style('target-arrow-shape')).toBe('triangle');
  });

  it('labels only LABELLED elements of a large canvas, with the same label style', () => {
    const cy = canvas(true);
    const b = cy.getElementById('b');
    expect(b.style('label')).toBe('');
    expect(cy.getElementById('ab').style('label')).toBe('');
    b.addClass(LABELLED);
    cy.getElementById('ab').addClass(LABELLED);
    expect(b.style('label')).toBe('Mini-Maria');
    expect(b.style('font-weight')).toBe('bold');
    expect(b.style('min-zoomed-font-size')).toBe(canvas(false).getElementById('b').style('min-zoomed-font-size'));
    expect(cy.getElementById('ab').style('label')).toBe('deltar i');
    expect(cy.getElementById('ab').style('curve-style')).toBe('haystack');
  });
});

describe('unlabelledInView', () => {
  it('asks for nothing while labels would be too small to read', () => {
    expect(ids(canvas(true), LEGIBLE_ZOOM.node * 0.5)).toEqual([]);
  });

  it('asks for the nodes in view from a readable zoom, and their edges once edge labels are', () => {
    const cy = canvas(true);
    expect(ids(cy, LEGIBLE_ZOOM.node)).toEqual(['a', 'b']);
    // afar's middle (2500, 2500) lies outside the view; far itself too.
    expect(ids(cy, LEGIBLE_ZOOM.edge)).toEqual(['a', 'ab', 'b']);
    cy.getElementById('a').addClass(LABELLED);
    expect(ids(cy, LEGIBLE_ZOOM.edge)).toEqual(['ab', 'b']);
  });

  it('leaves edge labels of a large canvas until twice the zoom where a small canvas shows them', () => {
    const px = (edge: ReturnType<Core['getElementById']>, property: string) => parseFloat(edge.style(property) as string);
    const small = canvas(false).getElementById('ab');
    const zoom = px(small, 'min-zoomed-font-size') / px(small, 'font-size');
    expect(ids(canvas(true), zoom)).toEqual(['a', 'b']);
    expect(ids(canvas(true), 2 * zoom)).toEqual(['a', 'ab', 'b']);
    const large = canvas(true).getElementById('ab').addClass(LABELLED);
    expect(px(large, 'min-zoomed-font-size')).toBe(2 * px(small, 'min-zoomed-font-size'));
  });
});

describe('watchLabels', () => {
  it('labels what a zoomed-in view shows and nothing else', async () => {
    const cy = canvas(true);
    const stop = watchLabels(cy);
    // Model (5, 0) at the view's corner: the middle of edge ab, where its label sits, and
    // neither of its ends.
    cy.zoom(2);
    cy.pan({ x: -5 * 2, y: 0 });
    await waitFor(() => !labelsPending(cy));
    expect(labelsPending(cy)).toBe(false);
    expect(cy.$(`.${LABELLED}`).map((e) => e.id())).toEqual(['ab']);
    // Panning to the far node labels it too.
    cy.pan({ x: -5000 * 2, y: -5000 * 2 });
    await waitFor(() => cy.getElementById('far').hasClass(LABELLED));
    expect(cy.getElementById('far').hasClass(LABELLED)).toBe(true);
    stop();
  });

  it('leaves a zoomed-out view and a small canvas alone', async () => {
    const large = canvas(true);
    const small = canvas(false);
    const stops = [watchLabels(large), watchLabels(small)];
    large.zoom(LEGIBLE_ZOOM.node * 0.5);
    small.zoom(2);
    await new Promise((r) => setTimeout(r, 30));
    expect(large.$(`.${LABELLED}`).length).toBe(0);
    expect(small.$(`.${LABELLED}`).length).toBe(0);
    stops.forEach((stop) => stop());
  });

  it('labels nodes that a layout moves into a view it had already labelled', async () => {
    const cy = canvas(true);
    const stop = watchLabels(cy);
    cy.zoom(2);
    cy.pan({ x: 0, y: 0 });
    await waitFor(() => !labelsPending(cy));
    cy.getElementById('far').position({ x: 0.2, y: 0.2 });
    await waitFor(() => cy.getElementById('far').hasClass(LABELLED));
    expect(cy.getElementById('far').hasClass(LABELLED)).toBe(true);
    stop();
  });
});

describe('labelAll', () => {
  it('labels every element of a large canvas for an export of the whole graph', () => {
    const cy = canvas(true);
    labelAll(cy);
    expect(cy.$(`.${LABELLED}`).length).toBe(5);
    expect(cy.getElementById('far').style('label')).toBe('Långt bort');
  });
});
