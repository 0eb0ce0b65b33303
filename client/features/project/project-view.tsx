// A project at a glance: which municipalities the notes say take part (and since when), and
// which meetings in which networks discussed it, year by year.
import { useState } from 'react';
import type { DocumentSpan, EntityRef, HistoryEntry } from '../../shared/graphql/api-types.js';
import { useQuery } from '../../shared/graphql/use-query.js';
import { useT } from '../../shared/i18n/i18n.js';
import { Highlight } from '../../shared/ui/highlight.js';
import { QueryStatus } from '../../shared/ui/query-status.js';
import { SubjectPicker } from '../../shared/ui/subject-picker.js';
import { NetworkYearGrid } from './network-year-grid.js';

const QUERY = `query ProjectView($id: ID!) {
  project(id: $id) {
    id name tracks
    municipalities { municipalityId municipalityName firstYear lastYear evidenceCount }
    history { meetingId meetingTitle date year dateInferred networks itemId itemTitle excerpt docId lineStart lineEnd }
  }
}`;

interface Project {
  id: string;
  name: string;
  tracks: string[] | null;
  municipalities: { municipalityId: string; municipalityName: string; firstYear: number | null; lastYear: number | null; evidenceCount: number }[];
  history: HistoryEntry[];
}

export interface ProjectViewProps {
  subject: string | null;
  onSubjectChange: (hit: EntityRef) => void;
  onOpenDocument: (span: DocumentSpan) => void;
}

export function ProjectView({ subject, onSubjectChange, onOpenDocument }: ProjectViewProps) {
  const t = useT();
  const id = subject?.startsWith('project:') ? subject : null;
  const state = useQuery<{ project: Project | null }, Project>({ query: QUERY, variables: id ? { id } : null, select: (d) => d.project });
  const [chosen, setChosen] = useState<HistoryEntry[] | null>(null);
  return (
    <section className="view" aria-labelledby="project-title">
      <h2 id="project-title">{state.status === 'ready' ? state.data.name : t('view.project')}</h2>
      <SubjectPicker label={t('chooseProject')} id={id} types={['Project']} onChoose={onSubjectChange} />
      <QueryStatus state={state} idle="projectIdle" />
      {state.status === 'ready' && (
        <>
          {state.data.tracks && state.data.tracks.length > 0 && <p>{t('tracks')}: {state.data.tracks.join(', ')}</p>}
          <h3>{t('participatingMunicipalities')} ({state.data.municipalities.length})</h3>
          {state.data.municipalities.length === 0 && <p className="status-empty">{t('state.empty')}</p>}
          <ul className="tile-grid">
            {state.data.municipalities.map((m) => (
              <li key={m.municipalityId} className="tile">
                <strong>{m.municipalityName}</strong>
                <span>{[m.firstYear, m.lastYear].filter(Boolean).join('–') || '–'}</span>
                <span className="muted">{m.evidenceCount} ×</span>
              </li>
            ))}
          </ul>
          <h3>{t('meetingsByNetwork')}</h3>
          <NetworkYearGrid history={state.data.history} onChoose={setChosen} />
          {chosen && (
            <ul className="evidence-list">
              {chosen.map((h) => (
                <li key={`${h.meetingId}:${h.itemId ?? ''}`}>
                  <strong>{h.date}</strong> {h.meetingTitle} {h.itemTitle && <>— {h.itemTitle}</>}
                  {h.excerpt && <blockquote><Highlight text={h.excerpt} terms={[state.data.name]} /></blockquote>}
                  {h.docId && <button type="button" className="link" onClick={() => onOpenDocument({ docId: h.docId!, lineStart: h.lineStart, lineEnd: h.lineEnd, excerpt: h.excerpt })}>{t('openDocument')}</button>}
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </section>
  );
}
