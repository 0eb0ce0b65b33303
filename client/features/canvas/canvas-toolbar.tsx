// The canvas controls, each a labelled button so keyboard and screen-reader users reach them.
import type { Core } from 'cytoscape';
import { useT, type MessageKey } from '../../shared/i18n/i18n.js';
import { LAYOUTS, type LayoutName } from '../../shared/url/url-state.js';
import type { CanvasActions } from './use-canvas-actions.js';
import { exportCsv, exportJson, exportPng } from './export-canvas.js';

export interface CanvasToolbarProps {
  cy: Core | null;
  actions: CanvasActions;
  layout: LayoutName;
  onLayoutChange: (layout: LayoutName) => void;
  webgl: boolean;
  onWebglChange: (on: boolean) => void;
  selectedId: string | null;
}

export function CanvasToolbar({ cy, actions, layout, onLayoutChange, webgl, onWebglChange, selectedId }: CanvasToolbarProps) {
  const t = useT();
  const selected = selectedId && cy ? cy.getElementById(selectedId) : null;
  const hasNode = Boolean(selected?.nonempty() && selected.isNode());
  const locked = hasNode && Boolean(selected?.locked());
  const empty = actions.nodeCount === 0;
  return (
    <div className="toolbar" role="toolbar" aria-label={t('canvasLabel')}>
      <label>
        {t('layout')}{' '}
        <select value={layout} onChange={(e) => onLayoutChange(e.target.value as LayoutName)}>
          {LAYOUTS.map((name) => (
            <option key={name} value={name}>
              {t(`layout.${name}` as MessageKey)}
            </option>
          ))}
        </select>
      </label>
      <button type="button" onClick={actions.fit} disabled={empty}>{t('fit')}</button>
      <button type="button" onClick={actions.undo} disabled={!actions.canUndo}>{t('undo')}</button>
      <button type="button" onClick={actions.redo} disabled={!actions.canRedo}>{t('redo')}</button>
      <span className="sep" aria-hidden="true" />
      <button type="button" onClick={actions.expandSelected} disabled={!hasNode}>{t('expand')}</button>
      <button type="button" onClick={actions.hideSelected} disabled={!selected?.nonempty()}>{t('hide')}</button>
      <button type="button" onClick={actions.togglePin} disabled={!hasNode} aria-pressed={locked}>{locked ? t('unpin') : t('pin')}</button>
      <button type="button" onClick={actions.showHidden} disabled={empty}>{t('showHidden')}</button>
      <button type="button" onClick={actions.clear} disabled={empty}>{t('clear')}</button>
      <span className="sep" aria-hidden="true" />
      <span className="group" role="group" aria-label={t('export')}>
        {t('export')}:{' '}
        <button type="button" onClick={() => cy && exportPng(cy)} disabled={empty}>{t('exportPng')}</button>
        <button type="button" onClick={() => cy && exportJson(cy)} disabled={empty}>{t('exportJson')}</button>
        <button type="button" onClick={() => cy && exportCsv(cy)} disabled={empty}>{t('exportCsv')}</button>
      </span>
      <label className="perf">
        <input type="checkbox" checked={webgl} onChange={(e) => onWebglChange(e.target.checked)} /> {t('performance')}
      </label>
    </div>
  );
}
