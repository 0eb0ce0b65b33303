// The Municipality with this id, for the root field `municipality(id:)` (@neo4j/graphql projects the rest).
// params:  $id: string
// returns: zero or one row: this
MATCH (this:Municipality {id: $id})
RETURN this
