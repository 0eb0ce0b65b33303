// Networks down, years across; each cell counts the meetings that discussed the subject and
// opens their excerpts when clicked.
import type { HistoryEntry } from '../../shared/graphql/api-types.js';
import { useT } from '../../shared/i18n/i18n.js';

export function NetworkYearGrid({ history, onChoose }: { history: HistoryEntry[]; onChoose: (entries: HistoryEntry[]) => void }) {
  const t = useT();
  const years = [...new Set(history.map((h) => h.year).filter((y): y is number => y !== null))].sort();
  const cells = new Map<string, HistoryEntry[]>();
  for (const h of history) {
    for (const network of h.networks.length ? h.networks : ['–']) {
      const key = `${network}|${h.year}`;
      cells.set(key, [...(cells.get(key) ?? []), h]);
    }
  }
  const networks = [...new Set([...cells.keys()].map((k) => k.split('|')[0] ?? ''))].sort();
  if (years.length === 0) return <p className="status-empty">{t('state.empty')}</p>;
  return (
    <table className="matrix">
      <thead>
        <tr>
          <th scope="col">{t('network')}</th>
          {years.map((y) => <th key={y} scope="col">{y}</th>)}
        </tr>
      </thead>
      <tbody>
        {networks.map((network) => (
          <tr key={network}>
            <th scope="row">{network}</th>
            {years.map((y) => {
              const entries = cells.get(`${network}|${y}`) ?? [];
              const meetings = new Set(entries.map((e) => e.meetingId)).size;
              return (
                <td key={y} className={meetings ? 'hot' : ''} style={meetings ? { ['--heat' as string]: Math.min(1, meetings / 4) } : undefined}>
                  {meetings > 0 && (
                    <button type="button" onClick={() => onChoose(entries)} aria-label={`${network} ${y}: ${meetings} ${t('meetings')}`}>
                      {meetings}
                    </button>
                  )}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
