// Dated excerpts with the cell's words marked and a link to each document.
import type { DocumentSpan, Evidence } from '../../shared/graphql/api-types.js';
import { useT } from '../../shared/i18n/i18n.js';
import { Highlight } from '../../shared/ui/highlight.js';

export function EvidenceList({ evidence, terms, onOpenDocument }: { evidence: Evidence[]; terms: string[]; onOpenDocument: (span: DocumentSpan) => void }) {
  const t = useT();
  return (
    <ul className="evidence-list">
      {evidence.map((e, i) => (
        <li key={i}>
          <strong>{e.date ?? e.year ?? '?'}</strong>
          {e.excerpt && <blockquote><Highlight text={e.excerpt} terms={terms} /></blockquote>}
          {e.docId && (
            <button type="button" className="link" onClick={() => onOpenDocument({ docId: e.docId!, lineStart: e.lineStart, lineEnd: e.lineEnd, excerpt: e.excerpt })}>
              {t('openDocument')}
              {e.lineStart ? ` (${t('lines')} ${e.lineStart}–${e.lineEnd ?? e.lineStart})` : ''}
            </button>
          )}
        </li>
      ))}
    </ul>
  );
}
