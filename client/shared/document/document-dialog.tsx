// The whole note with the cited lines marked and scrolled into view, so a reader can check
// the context of any excerpt. Opened from every view that shows evidence.
import { useEffect, useRef } from 'react';
import type { DocumentSpan } from '../graphql/api-types.js';
import { useQuery } from '../graphql/use-query.js';
import { useT } from '../i18n/i18n.js';
import { QueryStatus } from '../ui/query-status.js';
import { findSpan } from './find-span.js';

const QUERY = `query Document($id: ID!) { document(id: $id) { id filename text lineCount } }`;

interface Doc {
  id: string;
  filename: string | null;
  text: string | null;
}

export function DocumentDialog({ span, onClose }: { span: DocumentSpan | null; onClose: () => void }) {
  const t = useT();
  const dialog = useRef<HTMLDialogElement>(null);
  const state = useQuery<{ document: Doc | null }, Doc>({ query: QUERY, variables: span ? { id: span.docId } : null, select: (d) => d.document });
  useEffect(() => {
    if (span && !dialog.current?.open) dialog.current?.showModal();
    if (!span && dialog.current?.open) dialog.current.close();
  }, [span]);
  useEffect(() => {
    dialog.current?.querySelector('.line.marked')?.scrollIntoView({ block: 'center' });
  }, [state.status]);

  const lines = state.status === 'ready' ? (state.data.text ?? '').split(/\r?\n/) : [];
  const [start, end] = span && state.status === 'ready' ? findSpan(lines, span) : [0, -1];
  return (
    <dialog ref={dialog} className="document-dialog" aria-labelledby="document-title" onClose={onClose}>
      <header>
        <h2 id="document-title">{state.status === 'ready' ? state.data.filename ?? state.data.id : span?.docId}</h2>
        <button type="button" onClick={onClose}>{t('close')}</button>
      </header>
      <QueryStatus state={state} idle="state.loading" />
      {state.status === 'ready' && (
        <pre className="document-text">
          {lines.map((line, i) => (
            <div key={i} className={i + 1 >= start && i + 1 <= end ? 'line marked' : 'line'}>
              <span className="line-no" aria-hidden="true">{i + 1}</span>
              {line || ' '}
            </div>
          ))}
        </pre>
      )}
    </dialog>
  );
}
