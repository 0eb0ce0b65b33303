// How two entities connect: the shortest paths between them, drawn as chains of named links,
// with the meetings along each path; any path can be put on the explorer canvas.
import type { CanvasEdge, CanvasNode, EntityRef, MeetingSummary } from '../../shared/graphql/api-types.js';
import { useQuery } from '../../shared/graphql/use-query.js';
import { useT } from '../../shared/i18n/i18n.js';
import { QueryStatus } from '../../shared/ui/query-status.js';
import { SubjectPicker } from '../../shared/ui/subject-picker.js';
import { PathChain } from './path-chain.js';

const QUERY = `query Connections($from: ID!, $to: ID!) {
  connections(from: $from, to: $to, maxLength: 4, first: 5) {
    length
    nodes { id type label properties years }
    edges { id source target type years excerpt docId count }
    meetings { id title date year dateInferred }
  }
}`;

interface GraphPath {
  length: number;
  nodes: CanvasNode[];
  edges: CanvasEdge[];
  meetings: MeetingSummary[];
}

export interface ConnectionsViewProps {
  a: string | null;
  b: string | null;
  onChange: (ends: { a: string | null; b: string | null }) => void;
  onShowOnCanvas: (nodes: CanvasNode[], edges: CanvasEdge[]) => void;
}

export function ConnectionsView({ a, b, onChange, onShowOnCanvas }: ConnectionsViewProps) {
  const t = useT();
  const state = useQuery<{ connections: GraphPath[] }, GraphPath[]>({ query: QUERY, variables: a && b ? { from: a, to: b } : null, select: (d) => d.connections });
  return (
    <section className="view" aria-labelledby="connections-title">
      <h2 id="connections-title">{t('view.connections')}</h2>
      <div className="picker-row">
        <SubjectPicker label={t('from')} id={a} types={[]} onChoose={(hit: EntityRef) => onChange({ a: hit.id, b })} />
        <SubjectPicker label={t('to')} id={b} types={[]} onChoose={(hit: EntityRef) => onChange({ a, b: hit.id })} />
      </div>
      <QueryStatus state={state} idle="connectionsIdle" />
      {state.status === 'ready' && (
        <ol className="paths">
          {state.data.map((path, i) => (
            <li key={i} className="path-card">
              <h3>
                {t('path')} {i + 1} ({path.length})
              </h3>
              <PathChain nodes={path.nodes} edges={path.edges} />
              {path.meetings.length > 0 && (
                <p>
                  {t('meetingsAlong')}: {path.meetings.map((m) => `${m.date ?? '?'} ${m.title ?? ''}`).join(' · ')}
                </p>
              )}
              <button type="button" onClick={() => onShowOnCanvas(path.nodes, path.edges)}>{t('showOnCanvas')}</button>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
