// The app shell: header, tabs and views, wired together through the URL state. Features
// never talk to each other directly; everything they share passes through here.
import { useRef, useState, type ReactNode } from 'react';
import type { CanvasEdge, CanvasNode, DocumentSpan, EntityRef } from '../shared/graphql/api-types.js';
import { DocumentDialog } from '../shared/document/document-dialog.js';
import { I18nProvider } from '../shared/i18n/i18n.js';
import type { CanvasCommand } from '../shared/selection.js';
import { ErrorBoundary } from '../shared/ui/error-boundary.js';
import type { View } from '../shared/url/url-state.js';
import { ConnectionsView } from '../features/connections/connections-view.js';
import { ConsoleView } from '../features/console/console-view.js';
import { ParticipationMatrix } from '../features/matrices/participation-matrix.js';
import { RecurrenceMatrix } from '../features/matrices/recurrence-matrix.js';
import { ProjectView } from '../features/project/project-view.js';
import { ThemeHistoryView } from '../features/theme-history/theme-history-view.js';
import { ExploreView } from './explore-view.js';
import { Header } from './header.js';
import { useUrlState } from './use-url-state.js';

export function App() {
  const [url, update] = useUrlState();
  const [command, setCommand] = useState<CanvasCommand | null>(null);
  const [doc, setDoc] = useState<DocumentSpan | null>(null);
  const nonce = useRef(0);
  // Omit over a union would merge its members; distribute it so each command keeps its fields.
  const send = (c: CanvasCommand extends infer C ? (C extends CanvasCommand ? Omit<C, 'nonce'> : never) : never) =>
    setCommand({ ...c, nonce: ++nonce.current } as CanvasCommand);

  const onSearch = (hit: EntityRef) => {
    update({ view: 'explore', sel: hit.id });
    // A project or theme reaches meetings and municipalities through its agenda items, two
    // steps away; one step would show only the items and leave the user asking "where, when?".
    // Other projects and themes are left out of that second step: through shared themes they
    // would bury the answer (Yrkesresan: 61 nodes instead of 23). Double-click brings them in.
    // Then the municipalities that were at those meetings: where the initiative was heard, even
    // when no note names a place in the item itself.
    const subject = hit.type === 'Project' || hit.type === 'Theme';
    send({
      kind: 'expand', ids: [hit.id], depth: subject ? 2 : 1,
      types: subject ? ['AgendaItem', 'Meeting', 'Municipality', 'Network', 'Person', 'Organization'] : undefined,
      follow: subject ? { from: 'Meeting', types: ['Municipality'] } : undefined,
    });
  };
  const onSubject = (hit: EntityRef) => update({ subject: hit.id });
  const showOnCanvas = (nodes: CanvasNode[], edges: CanvasEdge[]) => {
    update({ view: 'explore' });
    send({ kind: 'show', nodes, edges, highlight: true });
  };
  const panel = (view: View, content: ReactNode) => (
    <div role="tabpanel" id={`panel-${view}`} aria-labelledby={`tab-${view}`} hidden={url.view !== view} className="panel">
      {url.view === view && <ErrorBoundary name={view}>{content}</ErrorBoundary>}
    </div>
  );

  return (
    <I18nProvider lang={url.lang}>
      <Header view={url.view} onView={(view) => update({ view })} onLang={(lang) => update({ lang })} onSearch={onSearch} />
      <main className="app-main">
        <div role="tabpanel" id="panel-explore" aria-labelledby="tab-explore" hidden={url.view !== 'explore'} className="panel">
          <ExploreView url={url} update={update} active={url.view === 'explore'} command={command} onOpenDocument={setDoc} />
        </div>
        {panel('project', <ProjectView subject={url.subject} onSubjectChange={onSubject} onOpenDocument={setDoc} />)}
        {panel('theme', <ThemeHistoryView subject={url.subject} onSubjectChange={onSubject} onOpenDocument={setDoc} />)}
        {panel('connections', <ConnectionsView a={url.a} b={url.b} onChange={update} onShowOnCanvas={showOnCanvas} />)}
        {panel('participation', <ParticipationMatrix onOpenDocument={setDoc} />)}
        {panel('recurrence', <RecurrenceMatrix subject={url.subject} onSubjectChange={onSubject} onOpenDocument={setDoc} />)}
        {panel('console', <ConsoleView />)}
      </main>
      <DocumentDialog span={doc} onClose={() => setDoc(null)} />
    </I18nProvider>
  );
}
