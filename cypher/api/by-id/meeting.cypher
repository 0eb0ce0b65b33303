// The Meeting with this id, for the root field `meeting(id:)` (@neo4j/graphql projects the rest).
// params:  $id: string
// returns: zero or one row: this
MATCH (this:Meeting {id: $id})
RETURN this
