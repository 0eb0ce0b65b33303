// The Explore tab: canvas with its timeline, and the details of what is selected.
import { useState } from 'react';
import type { DocumentSpan } from '../shared/graphql/api-types.js';
import type { CanvasCommand, GraphSummary, Selection } from '../shared/selection.js';
import { ErrorBoundary } from '../shared/ui/error-boundary.js';
import type { UrlState } from '../shared/url/url-state.js';
import { GraphCanvas } from '../features/canvas/graph-canvas.js';
import { DetailsPanel } from '../features/details/details-panel.js';
import { YearSlider } from '../features/timeline/year-slider.js';
import type { UpdateUrlState } from './use-url-state.js';

export interface ExploreViewProps {
  url: UrlState;
  update: UpdateUrlState;
  active: boolean;
  command: CanvasCommand | null;
  onOpenDocument: (span: DocumentSpan) => void;
}

export function ExploreView({ url, update, active, command, onOpenDocument }: ExploreViewProps) {
  const [selection, setSelection] = useState<Selection | null>(null);
  const [years, setYears] = useState<number[]>([]);
  // The ids a shared link named, read once: later canvas changes write the URL, not read it.
  const [restoreIds] = useState(url.nodes);
  const onGraphChange = (summary: GraphSummary) => {
    setYears(summary.years);
    update({ nodes: summary.nodeIds });
  };
  const onSelect = (next: Selection | null) => {
    setSelection(next);
    update({ sel: next ? (next.kind === 'node' ? next.node.id : next.edge.id) : null });
  };
  return (
    <div className="explore">
      <div className="explore-main">
        <ErrorBoundary name="canvas">
          <GraphCanvas
            command={command}
            active={active}
            restoreIds={restoreIds}
            selectedId={url.sel}
            layout={url.layout}
            hiddenTypes={url.hiddenTypes}
            from={url.from}
            to={url.to}
            timeMode={url.timeMode}
            onSelect={onSelect}
            onGraphChange={onGraphChange}
            onLayoutChange={(layout) => update({ layout })}
            onHiddenTypesChange={(hiddenTypes) => update({ hiddenTypes })}
          />
        </ErrorBoundary>
        <ErrorBoundary name="timeline">
          <YearSlider years={years} from={url.from} to={url.to} mode={url.timeMode} onChange={update} onModeChange={(timeMode) => update({ timeMode })} />
        </ErrorBoundary>
      </div>
      <ErrorBoundary name="details">
        <DetailsPanel selection={selection} onOpenDocument={onOpenDocument} />
      </ErrorBoundary>
    </div>
  );
}
