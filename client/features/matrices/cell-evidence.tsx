// The sentences behind one participation cell, fetched only when the cell is opened.
import type { DocumentSpan, Evidence } from '../../shared/graphql/api-types.js';
import { useQuery } from '../../shared/graphql/use-query.js';
import { useT } from '../../shared/i18n/i18n.js';
import { QueryStatus } from '../../shared/ui/query-status.js';
import { EvidenceList } from './evidence-list.js';

const QUERY = `query CellEvidence($m: [ID!], $p: [ID!]) {
  participation(municipalityIds: $m, projectIds: $p) { evidence(first: 20) { docId meetingId date year lineStart lineEnd excerpt } }
}`;

export interface CellEvidenceProps {
  municipalityId: string;
  projectId: string;
  terms: string[];
  onOpenDocument: (span: DocumentSpan) => void;
}

export function CellEvidence({ municipalityId, projectId, terms, onOpenDocument }: CellEvidenceProps) {
  const t = useT();
  const state = useQuery<{ participation: { evidence: Evidence[] }[] }, Evidence[]>({
    query: QUERY,
    variables: { m: [municipalityId], p: [projectId] },
    select: (d) => d.participation.flatMap((c) => c.evidence),
  });
  return (
    <section className="cell-evidence" aria-live="polite">
      <h3>{t('cellEvidence')}: {terms.join(' × ')}</h3>
      <QueryStatus state={state} idle="cellHint" />
      {state.status === 'ready' && <EvidenceList evidence={state.data} terms={terms} onOpenDocument={onOpenDocument} />}
    </section>
  );
}
