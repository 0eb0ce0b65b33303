// The app's navigational state lives in the query string (see shared/url/url-state.ts):
// changing a view pushes a history entry so Back works; finer changes replace the current one.
import { useCallback, useEffect, useState } from 'react';
import { formatUrlState, parseUrlState, type UrlState } from '../shared/url/url-state.js';

export type UpdateUrlState = (change: Partial<UrlState>) => void;

export function useUrlState(): [UrlState, UpdateUrlState] {
  const [state, setState] = useState(() => parseUrlState(window.location.search));
  useEffect(() => {
    const onPop = () => setState(parseUrlState(window.location.search));
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, []);
  const update = useCallback<UpdateUrlState>((change) => {
    setState((current) => {
      const next = { ...current, ...change };
      const url = `${window.location.pathname}${formatUrlState(next)}`;
      if (change.view && change.view !== current.view) window.history.pushState(null, '', url);
      else window.history.replaceState(null, '', url);
      return next;
    });
  }, []);
  return [state, update];
}
