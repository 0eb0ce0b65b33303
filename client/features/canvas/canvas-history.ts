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
  return {
    record() {
      past.push(snapshot());
      if (past.length > LIMIT) past.shift();
      future.length = 0;
    },
    undo() {
      const previous = past.pop();
      if (!previous) return false;
      future.push(snapshot());
      restore(previous);
      return true;
    },
    redo() {
      const next = future.pop();
      if (!next) return false;
      past.push(snapshot());
      restore(next);
      return true;
    },
    canUndo: () => past.length > 0,
    canRedo: () => future.length > 0,
  };
}
