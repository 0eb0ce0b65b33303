// A theme (or project) through time: every meeting and agenda item that touched it, oldest
// first, with the sentence that shows it.
import type { DocumentSpan, EntityRef, HistoryEntry } from '../../shared/graphql/api-types.js';
import { historyQuery } from '../../shared/graphql/history-query.js';
import { useQuery } from '../../shared/graphql/use-query.js';
import { useT } from '../../shared/i18n/i18n.js';
import { Highlight } from '../../shared/ui/highlight.js';
import { QueryStatus } from '../../shared/ui/query-status.js';
import { SubjectPicker } from '../../shared/ui/subject-picker.js';

interface Subject {
  id: string;
  name: string;
  history: HistoryEntry[];
  historyCount: number;
}

export interface ThemeHistoryViewProps {
  subject: string | null;
  onSubjectChange: (hit: EntityRef) => void;
  onOpenDocument: (span: DocumentSpan) => void;
}

export function ThemeHistoryView({ subject, onSubjectChange, onOpenDocument }: ThemeHistoryViewProps) {
  const t = useT();
  const id = subject && /^(theme|project):/.test(subject) ? subject : null;
  const { query, field } = historyQuery(id ?? 'theme:');
  const state = useQuery<Record<string, Subject | null>, Subject>({ query, variables: id ? { id } : null, select: (d) => d[field] ?? null });
  const sorted = state.status === 'ready' ? [...state.data.history].sort((a, b) => (a.date ?? '').localeCompare(b.date ?? '')) : [];
  return (
    <section className="view" aria-labelledby="theme-title">
      <h2 id="theme-title">{state.status === 'ready' ? state.data.name : t('view.theme')}</h2>
      <SubjectPicker label={t('chooseSubject')} id={id} types={['Theme', 'Project']} onChoose={onSubjectChange} />
      <QueryStatus state={state} idle="themeIdle" />
      {state.status === 'ready' && sorted.length === 0 && <p className="status-empty">{t('state.empty')}</p>}
      {state.status === 'ready' && state.data.historyCount > sorted.length && (
        <p className="muted" role="status">
          {t('historyPartial')} {sorted.length.toLocaleString()} / {state.data.historyCount.toLocaleString()}
        </p>
      )}
      <ol className="history">
        {sorted.map((h) => (
          <li key={`${h.meetingId}:${h.itemId ?? ''}`}>
            <div className="history-head">
              <time>{h.date ?? '?'}</time>
              {h.dateInferred && <em className="muted"> ({t('inferredDate')})</em>} · <strong>{h.meetingTitle}</strong>
              {h.networks.length > 0 && <span className="muted"> · {h.networks.join(', ')}</span>}
            </div>
            {h.itemTitle && <div className="history-item">{h.itemTitle}</div>}
            {h.excerpt && <blockquote><Highlight text={h.excerpt} terms={state.status === 'ready' ? [state.data.name] : []} /></blockquote>}
            {h.docId && (
              <button type="button" className="link" onClick={() => onOpenDocument({ docId: h.docId!, lineStart: h.lineStart, lineEnd: h.lineEnd, excerpt: h.excerpt })}>
                {t('openDocument')}
              </button>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}
