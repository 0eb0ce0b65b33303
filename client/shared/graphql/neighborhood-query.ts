// The canvas query, shared because the explorer and the connections view both draw it.
export const NEIGHBORHOOD_QUERY = `query Neighborhood($ids: [ID!]!, $depth: Int, $types: [EntityType!], $limit: Int) {
  neighborhood(ids: $ids, depth: $depth, types: $types, limit: $limit) {
    truncated
    nodes { id type label properties years }
    edges { id source target type years excerpt docId count }
  }
}`;
