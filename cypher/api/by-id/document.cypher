// The Document with this id, for the root field `document(id:)` (@neo4j/graphql projects the rest).
// params:  $id: string
// returns: zero or one row: this
MATCH (this:Document {id: $id})
RETURN this
