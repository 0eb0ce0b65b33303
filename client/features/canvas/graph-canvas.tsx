// The explorer canvas: draws what the app asks for (a search hit and its neighbours, a path),
// grows on double-click, and reports selection and contents back to the app shell.
import type { Core } from 'cytoscape';
import { useEffect, useRef, useState } from 'react';
import type { EntityType } from '../../shared/graphql/api-types.js';
import { useT } from '../../shared/i18n/i18n.js';
import type { CanvasCommand, GraphSummary, Selection } from '../../shared/selection.js';
import type { LayoutName, TimeMode } from '../../shared/url/url-state.js';
import { applyFilters } from './apply-filters.js';
import { CanvasToolbar } from './canvas-toolbar.js';
import { Legend } from './legend.js';
import { useCanvasActions } from './use-canvas-actions.js';
import { useCytoscape } from './use-cytoscape.js';
import { readSelection } from './read-selection.js';
import { preferWebgl } from './renderer-choice.js';

export interface GraphCanvasProps {
  command: CanvasCommand | null;
  /** False while another tab is shown (the canvas stays mounted to keep its graph). */
  active: boolean;
  /** Node ids from a shared link, drawn once on first load. */
  restoreIds: string[];
  selectedId: string | null;
  layout: LayoutName;
  hiddenTypes: EntityType[];
  from: number | null;
  to: number | null;
  timeMode: TimeMode;
  onSelect: (selection: Selection | null) => void;
  onGraphChange: (summary: GraphSummary) => void;
  onLayoutChange: (layout: LayoutName) => void;
  onHiddenTypesChange: (types: EntityType[]) => void;
}

export function GraphCanvas(props: GraphCanvasProps) {
  const t = useT();
  const container = useRef<HTMLDivElement>(null);
  // WebGL by default only where the browser has hardware GL (renderer-choice.ts); the toolbar switch overrides.
  const [webgl, setWebgl] = useState(preferWebgl);
  const [webglFailed, setWebglFailed] = useState(false);
  // A WebGL renderer that throws is replaced by the canvas renderer, and the user is told why.
  const cy = useCytoscape(container, webgl, (error) => {
    console.error('the WebGL renderer failed; switching to the canvas renderer', error);
    setWebglFailed(true);
    setWebgl(false);
  });
  const switchWebgl = (on: boolean) => {
    setWebglFailed(false);
    setWebgl(on);
  };
  const filters = { from: props.from, to: props.to, timeMode: props.timeMode, hiddenTypes: props.hiddenTypes };
  const actions = useCanvasActions(cy, { layout: props.layout, restoreIds: props.restoreIds, selectedId: props.selectedId, filters, onGraphChange: props.onGraphChange, onSelect: props.onSelect });

  useEvents(cy, props.onSelect, actions.expand);
  // Each command runs once, as soon as the instance exists; the nonce tells new from seen.
  const handled = useRef(0);
  useEffect(() => {
    if (!cy || !props.command || props.command.nonce === handled.current) return;
    handled.current = props.command.nonce;
    void actions.run(props.command);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [cy, props.command?.nonce]);
  // A canvas drawn while its tab was hidden has no size; measure again when it is shown.
  useEffect(() => {
    if (cy && props.active) {
      cy.resize();
      if (cy.nodes().length) cy.fit(cy.elements(':visible'), 40);
    }
  }, [cy, props.active]);
  useEffect(() => {
    if (cy) applyFilters(cy, filters);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [cy, props.from, props.to, props.timeMode, props.hiddenTypes.join(',')]);

  return (
    <section className="canvas-area" aria-label={t('canvasLabel')}>
      <CanvasToolbar cy={cy} actions={actions} layout={props.layout} onLayoutChange={props.onLayoutChange} webgl={webgl} onWebglChange={switchWebgl} selectedId={props.selectedId} />
      {webglFailed && (
        <p className="canvas-notice" role="status" data-testid="webgl-failed">
          {t('webglFailed')}
        </p>
      )}
      <div className="canvas-wrap">
        <div ref={container} className="cy" data-testid="cy" />
        {actions.status.kind !== 'ready' && <CanvasStatus status={actions.status} empty={actions.nodeCount === 0} />}
        <Legend hiddenTypes={props.hiddenTypes} onChange={props.onHiddenTypesChange} />
      </div>
      <p className="hint">{t('canvasHint')}</p>
    </section>
  );
}

function CanvasStatus({ status, empty }: { status: ReturnType<typeof useCanvasActions>['status']; empty: boolean }) {
  const t = useT();
  if (status.kind === 'loading') return <p className="canvas-status" role="status">{t('state.loading')}</p>;
  if (status.kind === 'error') {
    return (
      <div className="canvas-status status-error" role="alert">
        {t('state.error')} ({status.code}): {status.message}. {t('state.errorHint')}
      </div>
    );
  }
  if (status.kind === 'truncated') return <p className="canvas-status" role="status">{t('state.truncated')}</p>;
  return empty ? <p className="canvas-status status-idle">{t('state.idleExplore')}</p> : null;
}

function useEvents(cy: Core | null, onSelect: (s: Selection | null) => void, expand: (ids: string[]) => Promise<void>) {
  const latest = useRef({ onSelect, expand });
  latest.current = { onSelect, expand };
  useEffect(() => {
    if (!cy) return;
    cy.on('tap', (event) => {
      if (event.target === cy) latest.current.onSelect(null);
      else latest.current.onSelect(readSelection(event.target));
    });
    cy.on('dbltap', 'node', (event) => void latest.current.expand([event.target.id() as string]));
    return () => {
      cy.removeListener('tap');
      cy.removeListener('dbltap');
    };
  }, [cy]);
}
