// A query as a view state: idle until there is something to ask, then loading, and finally
// empty, ready or error — the states every view must show (CONVENTIONS: neodash QueryStatus).
import { useEffect, useState } from 'react';
import { graphqlRequest, GraphQLRequestError } from './graphql-request.js';

export type QueryState<T> =
  | { status: 'idle' }
  | { status: 'loading' }
  | { status: 'empty' }
  | { status: 'ready'; data: T }
  | { status: 'error'; error: GraphQLRequestError };

export interface UseQueryOptions<T, R> {
  query: string;
  /** Null keeps the query idle (nothing chosen yet). */
  variables: Record<string, unknown> | null;
  /** Picks the part of the answer the view shows; null or an empty array means "empty". */
  select: (data: T) => R | null;
}

/** Runs `query` whenever `variables` change (compared as JSON). */
export function useQuery<T, R>({ query, variables, select }: UseQueryOptions<T, R>): QueryState<R> {
  const [state, setState] = useState<QueryState<R>>({ status: 'idle' });
  const key = variables === null ? null : JSON.stringify(variables);
  useEffect(() => {
    if (key === null) {
      setState({ status: 'idle' });
      return;
    }
    const controller = new AbortController();
    setState({ status: 'loading' });
    graphqlRequest<T>(query, JSON.parse(key) as Record<string, unknown>, controller.signal)
      .then((data) => {
        const selected = select(data);
        const empty = selected === null || (Array.isArray(selected) && selected.length === 0);
        setState(empty ? { status: 'empty' } : { status: 'ready', data: selected });
      })
      .catch((error: unknown) => {
        if (controller.signal.aborted) return;
        setState({ status: 'error', error: error instanceof GraphQLRequestError ? error : new GraphQLRequestError('NETWORK', String(error)) });
      });
    return () => controller.abort();
    // `select` is a pure picker; re-running on its identity would refetch on every render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [query, key]);
  return state;
}
