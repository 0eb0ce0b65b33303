// An accessible autocomplete (WAI-ARIA combobox pattern): type, move with the arrows, pick
// with Enter, close with Escape. Used by the header search and by every view that picks an
// entity, so they all behave the same.
import { useEffect, useId, useRef, useState } from 'react';
import type { EntityRef, EntityType, SearchHit } from '../graphql/api-types.js';
import { graphqlRequest, GraphQLRequestError } from '../graphql/graphql-request.js';
import { useT } from '../i18n/i18n.js';
import { SEARCH_QUERY } from './search-query.js';
import { HitList } from './hit-list.js';

export interface EntityComboboxProps {
  label: string;
  /** Restricts hits to these types; all types when absent. */
  types?: EntityType[];
  onChoose: (hit: EntityRef) => void;
  placeholder?: string;
  /** Shown in the box after a choice (e.g. the chosen project's name). */
  initialText?: string;
}

type Hits = { status: 'idle' | 'loading' } | { status: 'ready'; hits: SearchHit[] } | { status: 'error'; message: string };

export function EntityCombobox({ label, types, onChoose, placeholder, initialText = '' }: EntityComboboxProps) {
  const t = useT();
  const id = useId();
  const [text, setText] = useState(initialText);
  const [hits, setHits] = useState<Hits>({ status: 'idle' });
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const typesKey = types?.join(',') ?? '';
  const lastChosen = useRef(initialText);

  useEffect(() => {
    // A name filled in from a restored link is a choice already made, not something to search.
    lastChosen.current = initialText;
    setText(initialText);
  }, [initialText]);

  useEffect(() => {
    const query = text.trim();
    if (query.length < 2 || query === lastChosen.current) {
      setHits({ status: 'idle' });
      return;
    }
    const controller = new AbortController();
    // Wait for a pause in typing so each keystroke does not cost a query.
    const timer = setTimeout(() => {
      setHits({ status: 'loading' });
      graphqlRequest<{ search: SearchHit[] }>(SEARCH_QUERY, { text: query, types: typesKey ? typesKey.split(',') : null, first: 12 }, controller.signal)
        .then((data) => {
          setHits({ status: 'ready', hits: data.search });
          setActive(data.search.length > 0 ? 0 : -1);
          setOpen(true);
        })
        .catch((error: unknown) => {
          if (controller.signal.aborted) return;
          setHits({ status: 'error', message: error instanceof GraphQLRequestError ? `${error.code}: ${error.message}` : String(error) });
          setOpen(true);
        });
    }, 180);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [text, typesKey]);

  const list = hits.status === 'ready' ? hits.hits : [];
  const choose = (hit: SearchHit) => {
    lastChosen.current = hit.name;
    setText(hit.name);
    setOpen(false);
    onChoose({ id: hit.id, type: hit.type, name: hit.name });
  };
  const onKeyDown = (event: React.KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      setOpen(true);
      setActive((i) => (list.length ? (i + 1) % list.length : -1));
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      setActive((i) => (list.length ? (i - 1 + list.length) % list.length : -1));
    } else if (event.key === 'Enter') {
      const hit = list[active];
      if (open && hit) {
        event.preventDefault();
        choose(hit);
      }
    } else if (event.key === 'Escape') {
      setOpen(false);
    }
  };

  const listId = `${id}-list`;
  const expanded = open && hits.status !== 'idle';
  return (
    <div className="combobox">
      <label htmlFor={`${id}-input`} className="visually-hidden">
        {label}
      </label>
      <input
        id={`${id}-input`}
        type="search"
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-activedescendant={expanded && active >= 0 ? `${id}-opt-${active}` : undefined}
        autoComplete="off"
        placeholder={placeholder ?? t('searchPlaceholder')}
        value={text}
        onChange={(e) => {
          lastChosen.current = '';
          setText(e.target.value);
        }}
        onKeyDown={onKeyDown}
        onFocus={() => setOpen(true)}
        onBlur={() => setTimeout(() => setOpen(false), 150)}
      />
      {expanded && <HitList id={id} listId={listId} label={label} hits={hits} active={active} onChoose={choose} onHover={setActive} />}
    </div>
  );
}
