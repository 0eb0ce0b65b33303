// Time range and type filters as classes, so the data stays on the canvas and a filter
// change is instant and reversible. Only the elements whose classes actually change are
// touched (Cytoscape's toggleClass restyles every element it is given, changed or not), in
// one batch, so moving the year slider over thousands of elements restyles only the few that
// cross the boundary.
import type { CollectionReturnValue, Core } from 'cytoscape';
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
  if (!years || years.length === 0 || (from === null && to === null)) return true;
  return years.some((y) => (from === null || y >= from) && (to === null || y <= to));
}

export type FilterClass = 'time-faded' | 'time-hidden' | 'type-hidden';

/** The filter classes an element with this type and these years should have. */
export function filterClasses(isNode: boolean, type: string, years: number[] | undefined, { from, to, timeMode, hiddenTypes }: FilterState): Record<FilterClass, boolean> {
  const out = !inRange(years, from, to);
  return {
    'time-faded': out && timeMode === 'fade',
    'time-hidden': out && timeMode === 'hide',
    'type-hidden': isNode && hiddenTypes.includes(type as EntityType),
  };
}

const CLASSES: FilterClass[] = ['time-faded', 'time-hidden', 'type-hidden'];

/** Sets the filter classes on every element; returns how many elements changed. */
export function applyFilters(cy: Core, filters: FilterState): number {
  const groups = () => ({ 'time-faded': cy.collection(), 'time-hidden': cy.collection(), 'type-hidden': cy.collection() });
  const add: Record<FilterClass, CollectionReturnValue> = groups();
  const remove: Record<FilterClass, CollectionReturnValue> = groups();
  let changed = 0;
  const elements = cy.elements();
  for (let i = 0; i < elements.length; i++) {
    const ele = elements[i]!;
    let changedHere = false;
    const want = filterClasses(ele.isNode(), ele.data('type') as string, ele.data('years') as number[] | undefined, filters);
    for (const cls of CLASSES) {
      const has = ele.hasClass(cls);
      if (want[cls] === has) continue;
      // merge adds to the collection in place.
      (want[cls] ? add : remove)[cls].merge(ele);
      changedHere = true;
    }
    if (changedHere) changed++;
  }
  if (changed === 0) return 0;
  cy.batch(() => {
    for (const cls of CLASSES) {
      if (add[cls].nonempty()) add[cls].addClass(cls);
      if (remove[cls].nonempty()) remove[cls].removeClass(cls);
    }
  });
  return changed;
}
