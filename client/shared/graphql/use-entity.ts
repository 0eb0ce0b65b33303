// The name and type behind an id from the URL, so a restored view can label what it shows.
import type { EntityRef } from './api-types.js';
import { useQuery, type QueryState } from './use-query.js';

const QUERY = `query Entity($id: ID!) { entity(id: $id) { id type name } }`;

export function useEntity(id: string | null): QueryState<EntityRef> {
  return useQuery<{ entity: EntityRef }, EntityRef>({ query: QUERY, variables: id ? { id } : null, select: (d) => d.entity });
}
