// The content hashes of already imported documents, to skip unchanged ones.
// params: $docIds: list of string
// returns: many rows: id, contentHash
// Plans are unique-index seeks whatever the statistics: skip replanning while the graph grows.
CYPHER replan=skip
UNWIND $docIds AS docId
MATCH (d:Document {id: docId})
RETURN d.id AS id, d.contentHash AS contentHash
