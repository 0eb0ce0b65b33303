// The listbox under the combobox: each hit with its type as icon, colour and word, and the
// alias that made it match (OCR forms like "Kungalv").
import type { SearchHit } from '../graphql/api-types.js';
import { useT, type MessageKey } from '../i18n/i18n.js';
import { entityStyle } from '../ui/entity-style.js';

type Hits = { status: 'idle' | 'loading' } | { status: 'ready'; hits: SearchHit[] } | { status: 'error'; message: string };

export interface HitListProps {
  id: string;
  listId: string;
  label: string;
  hits: Hits;
  active: number;
  onChoose: (hit: SearchHit) => void;
  onHover: (index: number) => void;
}

export function HitList({ id, listId, label, hits, active, onChoose, onHover }: HitListProps) {
  const t = useT();
  if (hits.status !== 'ready') {
    return (
      <div id={listId} className="hit-list hit-message" role={hits.status === 'error' ? 'alert' : 'status'}>
        {hits.status === 'error' ? `${t('state.error')}: ${hits.message}` : t('searchLoading')}
      </div>
    );
  }
  if (hits.hits.length === 0) {
    return (
      <div id={listId} className="hit-list hit-message" role="status">
        {t('searchNoHits')}
      </div>
    );
  }
  return (
    <ul id={listId} className="hit-list" role="listbox" aria-label={label}>
      {hits.hits.map((hit, i) => {
        const style = entityStyle(hit.type);
        const alias = hit.aliases.find((a) => a !== hit.name);
        return (
          <li
            key={hit.id}
            id={`${id}-opt-${i}`}
            role="option"
            aria-selected={i === active}
            className={i === active ? 'hit active' : 'hit'}
            onMouseDown={(e) => {
              e.preventDefault();
              onChoose(hit);
            }}
            onMouseEnter={() => onHover(i)}
          >
            <span className="hit-icon" style={{ color: style.color }} aria-hidden="true">
              {style.icon}
            </span>
            <span className="hit-name">{hit.name}</span>
            {alias && <span className="hit-alias">({alias})</span>}
            <span className="hit-type" style={{ background: style.color }}>
              {t(`type.${hit.type}` as MessageKey)}
            </span>
          </li>
        );
      })}
    </ul>
  );
}
