// Where a project or theme comes back: networks × years with meeting counts; a cell lists
// the meetings and what was said.
import { useState } from 'react';
import type { DocumentSpan, EntityRef, HistoryEntry } from '../../shared/graphql/api-types.js';
import { historyQuery } from '../../shared/graphql/history-query.js';
import { useQuery } from '../../shared/graphql/use-query.js';
import { useT } from '../../shared/i18n/i18n.js';
import { QueryStatus } from '../../shared/ui/query-status.js';
import { SubjectPicker } from '../../shared/ui/subject-picker.js';
import { EvidenceList } from './evidence-list.js';

const QUERY = `query Recurrence($id: ID!) { recurrence(id: $id) {
  subject { id type name } years networks { id name } meetingCount
  cells { networkId networkName year meetings meetingIds }
} }`;

interface Recurrence {
  subject: EntityRef;
  years: number[];
  networks: EntityRef[];
  meetingCount: number;
  cells: { networkId: string | null; networkName: string | null; year: number | null; meetings: number; meetingIds: string[] }[];
}

export interface RecurrenceMatrixProps {
  subject: string | null;
  onSubjectChange: (hit: EntityRef) => void;
  onOpenDocument: (span: DocumentSpan) => void;
}

export function RecurrenceMatrix({ subject, onSubjectChange, onOpenDocument }: RecurrenceMatrixProps) {
  const t = useT();
  const id = subject && /^(theme|project):/.test(subject) ? subject : null;
  const state = useQuery<{ recurrence: Recurrence }, Recurrence>({ query: QUERY, variables: id ? { id } : null, select: (d) => (d.recurrence.meetingCount ? d.recurrence : null) });
  const [chosen, setChosen] = useState<string[] | null>(null);
  const history = historyQuery(id ?? 'theme:');
  const evidence = useQuery<Record<string, { history: HistoryEntry[] } | null>, HistoryEntry[]>({
    query: history.query,
    variables: id && chosen ? { id } : null,
    select: (d) => (d[history.field]?.history ?? []).filter((h) => chosen?.includes(h.meetingId)),
  });
  const rec = state.status === 'ready' ? state.data : null;
  const max = Math.max(1, ...(rec?.cells.map((c) => c.meetings) ?? []));
  return (
    <section className="view" aria-labelledby="recurrence-title">
      <h2 id="recurrence-title">{rec ? `${rec.subject.name}: ${rec.meetingCount} ${t('meetings')}` : t('view.recurrence')}</h2>
      <SubjectPicker label={t('chooseSubject')} id={id} types={['Project', 'Theme']} onChoose={(hit) => { setChosen(null); onSubjectChange(hit); }} />
      <QueryStatus state={state} idle="recurrenceIdle" />
      {rec && (
        <table className="matrix" aria-label={t('view.recurrence')}>
          <thead>
            <tr><th scope="col">{t('network')}</th>{rec.years.map((y) => <th key={y} scope="col">{y}</th>)}</tr>
          </thead>
          <tbody>
            {rec.networks.map((n) => (
              <tr key={n.id}>
                <th scope="row">{n.name}</th>
                {rec.years.map((y) => {
                  const cell = rec.cells.find((c) => c.networkId === n.id && c.year === y);
                  return (
                    <td key={y} className={cell ? 'hot' : ''} style={cell ? { ['--heat' as string]: 0.25 + (0.75 * cell.meetings) / max } : undefined}>
                      {cell && <button type="button" aria-label={`${n.name} ${y}: ${cell.meetings} ${t('meetings')}`} onClick={() => setChosen(cell.meetingIds)}>{cell.meetings}</button>}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {rec && !chosen && <p className="hint">{t('cellHint')}</p>}
      {chosen && (
        <section className="cell-evidence">
          <h3>{t('cellEvidence')}</h3>
          <QueryStatus state={evidence} idle="cellHint" />
          {evidence.status === 'ready' && (
            <EvidenceList evidence={evidence.data.map((h) => ({ ...h, docId: h.docId, meetingId: h.meetingId }))} terms={rec ? [rec.subject.name] : []} onOpenDocument={onOpenDocument} />
          )}
        </section>
      )}
    </section>
  );
}
