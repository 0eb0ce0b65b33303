// One excerpt from the notes with the words it is about marked, and a link to its document.
import type { DocumentSpan } from '../../shared/graphql/api-types.js';
import { useT } from '../../shared/i18n/i18n.js';
import { Highlight } from '../../shared/ui/highlight.js';

export interface EvidenceItemProps {
  excerpt: string | null;
  docId: string | null;
  terms: string[];
  lineStart?: number | null;
  lineEnd?: number | null;
  onOpenDocument: (span: DocumentSpan) => void;
}

export function EvidenceItem({ excerpt, docId, terms, lineStart, lineEnd, onOpenDocument }: EvidenceItemProps) {
  const t = useT();
  return (
    <div className="evidence">
      {excerpt ? (
        <blockquote>
          <Highlight text={excerpt} terms={terms} />
        </blockquote>
      ) : (
        <p className="muted">{t('noEvidence')}</p>
      )}
      {docId && (
        <button type="button" className="link" onClick={() => onOpenDocument({ docId, lineStart: lineStart ?? null, lineEnd: lineEnd ?? null, excerpt })}>
          {t('openDocument')}
          {lineStart ? ` (${t('lines')} ${lineStart}${lineEnd && lineEnd !== lineStart ? `–${lineEnd}` : ''})` : ''}
        </button>
      )}
    </div>
  );
}
