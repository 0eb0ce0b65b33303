// Undo and redo of canvas actions on a headless Cytoscape: each returns the canvas to exactly
// the state before or after an action, a new action clears what could be redone, and the
// large-graph stylesheet follows the restored size.
import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { createCanvasHistory } from '../../../client/features/canvas/canvas-history.js';
import { LARGE_GRAPH_ELEMENTS, markStyle, stylesheetFor, usesLargeStyle } from '../../../client/features/canvas/scale.js';

function setup() {
  const cy = cytoscape({ headless: true, styleEnabled: true, style: stylesheetFor(false) });
  markStyle(cy, false);
  let restored = 0;
  const history = createCanvasHistory(cy, () => restored++);
  const ids = () => cy.elements().map((e) => e.id()).sort();
  return { cy, history, ids, restores: () => restored };
}

describe('canvas history', () => {
  it('undoes and redoes an expansion and a hide, in order', () => {
    const { cy, history, ids, restores } = setup();
    expect(history.canUndo()).toBe(false);
    expect(history.undo()).toBe(false);

    history.record();
    cy.add([{ data: { id: 'a' } }, { data: { id: 'b' } }, { data: { id: 'ab', source: 'a', target: 'b' } }]);
    history.record();
    cy.getElementById('b').remove();
    expect(ids()).toEqual(['a']);

    expect(history.undo()).toBe(true);
    expect(ids()).toEqual(['a', 'ab', 'b']);
    expect(history.undo()).toBe(true);
    expect(ids()).toEqual([]);
    expect(history.canUndo()).toBe(false);

    expect(history.redo()).toBe(true);
    expect(ids()).toEqual(['a', 'ab', 'b']);
    expect(history.redo()).toBe(true);
    expect(ids()).toEqual(['a']);
    expect(history.canRedo()).toBe(false);
    expect(restores()).toBe(4);
  });

  it('forgets what could be redone once a new action is recorded', () => {
    const { cy, history, ids } = setup();
    history.record();
    cy.add({ data: { id: 'a' } });
    history.undo();
    expect(history.canRedo()).toBe(true);
    history.record();
    cy.add({ data: { id: 'z' } });
    expect(history.canRedo()).toBe(false);
    expect(history.redo()).toBe(false);
    expect(ids()).toEqual(['z']);
  });

  it('switches the stylesheet to the size of the canvas it restores', () => {
    const { cy, history } = setup();
    history.record();
    cy.add(Array.from({ length: LARGE_GRAPH_ELEMENTS }, (_, i) => ({ data: { id: `n${i}` } })));
    history.record();
    history.undo();
    expect(cy.elements().length).toBe(LARGE_GRAPH_ELEMENTS);
    expect(usesLargeStyle(cy)).toBe(true);
    history.undo();
    expect(cy.elements().length).toBe(0);
    expect(usesLargeStyle(cy)).toBe(false);
  }, 60_000);
});
