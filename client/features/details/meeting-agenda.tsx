// A meeting's agenda with each item's excerpt: the quickest way to see what was said.
import type { DocumentSpan } from '../../shared/graphql/api-types.js';
import { useQuery } from '../../shared/graphql/use-query.js';
import { useT } from '../../shared/i18n/i18n.js';
import { QueryStatus } from '../../shared/ui/query-status.js';
import { EvidenceItem } from './evidence-item.js';

const QUERY = `query MeetingAgenda($id: ID!) {
  meeting(id: $id) {
    id date dateInferred dateEvidence location
    networks { id name }
    documents { id }
    agenda { id number title excerpt lineStart lineEnd }
  }
}`;

interface Meeting {
  id: string;
  date: string | null;
  dateInferred: boolean | null;
  dateEvidence: string | null;
  networks: { id: string; name: string }[];
  documents: { id: string }[];
  agenda: { id: string; number: string | null; title: string | null; excerpt: string | null; lineStart: number | null; lineEnd: number | null }[];
}

/** `terms`: names linked to the meeting on the canvas, marked where the agenda mentions them. */
export function MeetingAgenda({ meetingId, terms, onOpenDocument }: { meetingId: string; terms: string[]; onOpenDocument: (span: DocumentSpan) => void }) {
  const t = useT();
  const state = useQuery<{ meeting: Meeting | null }, Meeting>({ query: QUERY, variables: { id: meetingId }, select: (d) => d.meeting });
  if (state.status !== 'ready') return <QueryStatus state={state} idle="detailsIdle" />;
  const meeting = state.data;
  const docId = meeting.documents[0]?.id ?? null;
  return (
    <section className="agenda">
      <p>
        {meeting.date}
        {meeting.dateInferred && <em className="muted"> ({t('inferredDate')}: {meeting.dateEvidence})</em>}
        {meeting.networks.length > 0 && <> · {meeting.networks.map((n) => n.name).join(', ')}</>}
      </p>
      <h4>{t('agenda')}</h4>
      <ul className="agenda-list">
        {meeting.agenda.map((item) => (
          <li key={item.id}>
            <strong>{[item.number, item.title].filter(Boolean).join(' ')}</strong>
            <EvidenceItem excerpt={item.excerpt} docId={docId} lineStart={item.lineStart} lineEnd={item.lineEnd} terms={terms} onOpenDocument={onOpenDocument} />
          </li>
        ))}
      </ul>
    </section>
  );
}
