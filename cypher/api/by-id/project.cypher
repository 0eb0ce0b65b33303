// The Project with this id, for the root field `project(id:)` (@neo4j/graphql projects the rest).
// params:  $id: string
// returns: zero or one row: this
MATCH (this:Project {id: $id})
RETURN this
