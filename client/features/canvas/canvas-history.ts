// Undo/redo of canvas actions (expand, hide, pin, clear, layout) as whole snapshots of the
// elements: the graphs here are small, and snapshots cannot drift out of step the way
// inverse operations can.
import type { Core, ElementDefinition } from 'cytoscape';
import { fitStyleToSize } from './scale.js';

export interface CanvasHistory {
  /** Call before a change, so undo returns to the state before it. */
  record(): void;
  undo(): boolean;
  redo(): boolean;
  canUndo(): boolean;
  canRedo(): boolean;
}

const LIMIT = 50;

export function createCanvasHistory(cy: Core, onRestore: () => void): CanvasHistory {
  const past: ElementDefinition[][] = [];
  const future: ElementDefinition[][] = [];
  const snapshot = () => cy.elements().jsons() as unknown as ElementDefinition[];
  const restore = (elements: ElementDefinition[]) => {
    cy.batch(() => {
      cy.elements().remove();
      fitStyleToSize(cy, elements.length);
      cy.add(elements);
    });
    onRestore();
  };
  /** Undo and redo are one move in opposite directions: restore `from`'s last, keep the present in `to`. */
  const step = (from: typeof past, to: typeof past): boolean => {
    const target = from.pop();
    if (!target) return false;
    to.push(snapshot());
    restore(target);
    return true;
  };
  return {
    record() {
      past.push(snapshot());
      if (past.length > LIMIT) past.shift();
      future.length = 0;
    },
    undo: () => step(past, future),
    redo: () => step(future, past),
    canUndo: () => past.length > 0,
    canRedo: () => future.length > 0,
  };
}
