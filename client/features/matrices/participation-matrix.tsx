// Municipalities × projects as a heatmap: darker means more sentences in the notes say the
// municipality takes part. A cell opens those sentences.
import { useState } from 'react';
import type { DocumentSpan, EntityRef } from '../../shared/graphql/api-types.js';
import { useQuery } from '../../shared/graphql/use-query.js';
import { useT } from '../../shared/i18n/i18n.js';
import { QueryStatus } from '../../shared/ui/query-status.js';
import { CellEvidence } from './cell-evidence.js';

const QUERY = `query Participation { participation {
  municipality { id name } project { id name } firstYear lastYear evidenceCount
} }`;

interface Cell {
  municipality: EntityRef;
  project: EntityRef;
  firstYear: number | null;
  lastYear: number | null;
  evidenceCount: number;
}

const byName = (a: EntityRef, b: EntityRef) => a.name.localeCompare(b.name, 'sv');
const unique = (refs: EntityRef[]) => [...new Map(refs.map((r) => [r.id, r])).values()].sort(byName);

export function ParticipationMatrix({ onOpenDocument }: { onOpenDocument: (span: DocumentSpan) => void }) {
  const t = useT();
  const state = useQuery<{ participation: Cell[] }, Cell[]>({ query: QUERY, variables: {}, select: (d) => d.participation });
  const [chosen, setChosen] = useState<Cell | null>(null);
  const cells = state.status === 'ready' ? state.data : [];
  const municipalities = unique(cells.map((c) => c.municipality));
  const projects = unique(cells.map((c) => c.project));
  const at = new Map(cells.map((c) => [`${c.municipality.id}|${c.project.id}`, c]));
  const max = Math.max(1, ...cells.map((c) => c.evidenceCount));
  return (
    <section className="view" aria-labelledby="participation-title">
      <h2 id="participation-title">{t('participationTitle')}</h2>
      <QueryStatus state={state} idle="state.loading" />
      {state.status === 'ready' && (
        <div className="matrix-wrap">
          <table className="matrix" aria-label={t('participationTitle')}>
            <thead>
              <tr>
                <th scope="col">{t('municipality')}</th>
                {projects.map((p) => <th key={p.id} scope="col" className="col-head"><span>{p.name}</span></th>)}
              </tr>
            </thead>
            <tbody>
              {municipalities.map((m) => (
                <tr key={m.id}>
                  <th scope="row">{m.name}</th>
                  {projects.map((p) => {
                    const cell = at.get(`${m.id}|${p.id}`);
                    return (
                      <td key={p.id} className={cell ? 'hot' : ''} style={cell ? { ['--heat' as string]: 0.25 + (0.75 * cell.evidenceCount) / max } : undefined}>
                        {cell && (
                          <button type="button" aria-label={`${m.name} × ${p.name}: ${[cell.firstYear, cell.lastYear].filter(Boolean).join('–')}`} aria-pressed={chosen === cell} onClick={() => setChosen(cell)}>
                            {cell.firstYear ?? '•'}
                          </button>
                        )}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {state.status === 'ready' && !chosen && <p className="hint">{t('cellHint')}</p>}
      {chosen && <CellEvidence municipalityId={chosen.municipality.id} projectId={chosen.project.id} terms={[chosen.municipality.name, chosen.project.name]} onOpenDocument={onOpenDocument} />}
    </section>
  );
}
