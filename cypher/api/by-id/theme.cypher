// The Theme with this id, for the root field `theme(id:)` (@neo4j/graphql projects the rest).
// params:  $id: string
// returns: zero or one row: this
MATCH (this:Theme {id: $id})
RETURN this
