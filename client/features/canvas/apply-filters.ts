// Time range and type filters as classes, so the data stays on the canvas and a filter
// change is instant and reversible.
import type { Core } from 'cytoscape';
import type { EntityType } from '../../shared/graphql/api-types.js';
import type { TimeMode } from '../../shared/url/url-state.js';

export interface FilterState {
  from: number | null;
  to: number | null;
  timeMode: TimeMode;
  hiddenTypes: EntityType[];
}

/** True when `years` touches the range; elements without years are timeless and always in. */
export function inRange(years: number[] | undefined, from: number | null, to: number | null): boolean {
  if (!years || years.length === 0) return true;
  return years.some((y) => (from === null || y >= from) && (to === null || y <= to));
}

export function applyFilters(cy: Core, { from, to, timeMode, hiddenTypes }: FilterState): void {
  const hidden = new Set<string>(hiddenTypes);
  cy.batch(() => {
    cy.elements().forEach((ele) => {
      const out = !inRange(ele.data('years') as number[] | undefined, from, to);
      ele.toggleClass('time-faded', out && timeMode === 'fade');
      ele.toggleClass('time-hidden', out && timeMode === 'hide');
      if (ele.isNode()) ele.toggleClass('type-hidden', hidden.has(ele.data('type') as string));
    });
  });
}
