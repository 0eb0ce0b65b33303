// Everything a user can do to the canvas, with undo/redo recorded before each change and the
// app told about the result afterwards.
import type { Core } from 'cytoscape';
import { useEffect, useMemo, useRef, useState } from 'react';
import type { EntityType, Neighborhood } from '../../shared/graphql/api-types.js';
import { graphqlRequest, GraphQLRequestError } from '../../shared/graphql/graphql-request.js';
import { NEIGHBORHOOD_QUERY } from '../../shared/graphql/neighborhood-query.js';
import { useT } from '../../shared/i18n/i18n.js';
import type { CanvasCommand, GraphSummary, Selection } from '../../shared/selection.js';
import type { LayoutName } from '../../shared/url/url-state.js';
import { applyFilters, type FilterState } from './apply-filters.js';
import { createCanvasHistory } from './canvas-history.js';
import { runLayout } from './layouts.js';
import { mergeNeighborhood } from './merge-neighborhood.js';
import { readSelection } from './read-selection.js';
import { fitStyleToSize } from './scale.js';
import { showNeighborhood } from './show-neighborhood.js';

export type CanvasStatus = { kind: 'ready' | 'loading' | 'truncated' } | { kind: 'error'; code: string; message: string };

export interface CanvasActionOptions {
  layout: LayoutName;
  restoreIds: string[];
  selectedId: string | null;
  filters: FilterState;
  onGraphChange: (summary: GraphSummary) => void;
  onSelect: (selection: Selection | null) => void;
}

export function useCanvasActions(cy: Core | null, options: CanvasActionOptions) {
  const t = useT();
  const [status, setStatus] = useState<CanvasStatus>({ kind: 'ready' });
  const [version, setVersion] = useState(0);
  const latest = useRef(options);
  latest.current = options;

  // The instance on screen now. A renderer switch (the fast-mode toggle, or WebGL failing)
  // replaces it while a request may be in flight; an answer goes to whichever instance shows
  // the graph when it arrives, never to the destroyed one.
  const current = useRef(cy);
  current.current = cy;
  const live = (): Core | null => (current.current && !current.current.destroyed() ? current.current : null);

  const changed = () => {
    const cy = live();
    if (!cy) return;
    // Back to the detailed style when the canvas has shrunk (clear, undo, hide is not removal).
    fitStyleToSize(cy, cy.elements().length);
    applyFilters(cy, latest.current.filters);
    const years = new Set<number>();
    cy.elements().forEach((e) => ((e.data('years') as number[] | undefined) ?? []).forEach((y) => years.add(y)));
    latest.current.onGraphChange({ nodeIds: cy.nodes().map((n) => n.id()), years: [...years].sort((a, b) => a - b) });
    syncSelection();
    setVersion((v) => v + 1);
  };
  // The app may name a selection before the element is drawn (a search hit, a shared link).
  const syncSelection = () => {
    const cy = live();
    const id = latest.current.selectedId;
    const element = cy && id ? cy.getElementById(id) : null;
    if (!cy || !element?.nonempty() || element.selected()) return;
    cy.$(':selected').unselect();
    element.select();
    latest.current.onSelect(readSelection(element));
  };
  useEffect(syncSelection, [cy, options.selectedId]); // eslint-disable-line react-hooks/exhaustive-deps
  const history = useMemo(() => (cy ? createCanvasHistory(cy, changed) : null), [cy]); // eslint-disable-line react-hooks/exhaustive-deps
  const layoutNow = (incremental: boolean, around: string[] = []) => cy && runLayout(cy, latest.current.layout, incremental, around);

  /** Fetches the neighbourhood of `ids`, adds it and lays out the canvas (see showNeighborhood). */
  // Resolves to whether the answer was cut at its limit, or false when the request failed. A
  // follow-up load (see expand) does not mark its ids as seeds, and keeps a truncation the load
  // before it reported (`truncatedBefore`).
  const load = async (ids: string[], layout: { incremental: boolean; around?: string[]; followUp?: boolean; truncatedBefore?: boolean }, onlyIds?: Set<string>, depth = 1, types?: EntityType[]): Promise<false | 'ready' | 'truncated'> => {
    if (!cy) return false;
    setStatus({ kind: 'loading' });
    try {
      const data = await graphqlRequest<{ neighborhood: Neighborhood }>(NEIGHBORHOOD_QUERY, { ids, depth, types: types ?? null, limit: onlyIds ? 1000 : 300 });
      const cy = live();
      if (!cy) {
        // Between the old instance's end and the new one's start: nothing to draw on.
        setStatus({ kind: 'ready' });
        return false;
      }
      const origin = cy.getElementById(ids[0] ?? '').nonempty() ? cy.getElementById(ids[0] ?? '').position() : undefined;
      showNeighborhood(cy, data.neighborhood, { t, ...(onlyIds ? { onlyIds } : {}), ...(origin ? { origin: { ...origin } } : {}) }, { name: latest.current.layout, ...layout });
      if (!layout.followUp) ids.forEach((id) => cy.getElementById(id).addClass('seed'));
      const outcome = data.neighborhood.truncated || layout.truncatedBefore ? 'truncated' : 'ready';
      setStatus({ kind: outcome });
      return outcome;
    } catch (error) {
      const e = error instanceof GraphQLRequestError ? error : new GraphQLRequestError('NETWORK', String(error));
      setStatus({ kind: 'error', code: e.code, message: e.message });
      return false;
    }
  };

  const expand = async (ids: string[], depth = 1, types?: EntityType[], follow?: { from: EntityType; types: EntityType[] }) => {
    if (!cy || ids.length === 0) return;
    history?.record();
    const incremental = cy.nodes().length > 0;
    const first = await load(ids, { incremental, around: ids }, undefined, depth, types);
    const now = live();
    if (!first || !now) return;
    // What was asked for is shown (and selected) before the follow-up step arrives.
    changed();
    // The `from` nodes within `depth` steps of what was expanded, then one step from them.
    let reached = now.collection().union(ids.map((id) => now.getElementById(id)));
    for (let d = 0; d < depth; d++) reached = reached.union(reached.neighborhood());
    const next = follow ? reached.nodes(`[type = "${follow.from}"]`).map((n) => n.id()) : [];
    if (follow && next.length > 0 && (await load(next, { incremental: true, around: next, followUp: true, truncatedBefore: first === 'truncated' }, undefined, 1, follow.types))) changed();
  };

  const run = async (command: CanvasCommand) => {
    if (!cy) return;
    if (command.kind === 'expand') return expand(command.ids, command.depth, command.types, command.follow);
    history?.record();
    cy.elements('.path').removeClass('path');
    mergeNeighborhood(cy, { nodes: command.nodes, edges: command.edges, truncated: false }, { t });
    if (command.highlight) command.edges.forEach((e) => cy.getElementById(e.id).addClass('path'));
    layoutNow(true);
    changed();
  };

  // A shared link: draw exactly the nodes it names, once, then reselect what was selected.
  const restored = useRef(false);
  useEffect(() => {
    if (!cy || restored.current) return;
    restored.current = true;
    const ids = latest.current.restoreIds;
    if (ids.length === 0 || cy.nodes().length > 0) return;
    void load(ids, { incremental: false }, new Set(ids)).then((ok) => ok && changed());
  }, [cy]); // eslint-disable-line react-hooks/exhaustive-deps

  const firstLayout = useRef(true);
  useEffect(() => {
    if (firstLayout.current) {
      firstLayout.current = false;
      return;
    }
    history?.record();
    layoutNow(false);
  }, [options.layout]); // eslint-disable-line react-hooks/exhaustive-deps

  const selected = () => (cy ? cy.$(':selected') : null);
  const edit = (change: (cy: Core) => void) => {
    if (!cy) return;
    history?.record();
    change(cy);
    changed();
  };
  return {
    status, version, expand, run,
    nodeCount: cy?.nodes().length ?? 0,
    fit: () => cy?.animate({ fit: { eles: cy.elements(':visible'), padding: 40 } }, { duration: 250 }),
    relayout: () => edit(() => layoutNow(false)),
    undo: () => history?.undo(),
    redo: () => history?.redo(),
    canUndo: history?.canUndo() ?? false,
    canRedo: history?.canRedo() ?? false,
    expandSelected: () => void expand(selected()?.nodes().map((n) => n.id()) ?? []),
    hideSelected: () => edit(() => {
      selected()?.addClass('user-hidden').unselect();
      latest.current.onSelect(null);
    }),
    togglePin: () => edit(() => selected()?.nodes().forEach((n) => void (n.locked() ? n.unlock() : n.lock()))),
    showHidden: () => edit((c) => c.elements('.user-hidden').removeClass('user-hidden')),
    clear: () => edit((c) => {
      c.elements().remove();
      latest.current.onSelect(null);
    }),
  };
}

export type CanvasActions = ReturnType<typeof useCanvasActions>;
