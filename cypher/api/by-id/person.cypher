// The Person with this id, for the root field `person(id:)` (@neo4j/graphql projects the rest).
// params:  $id: string
// returns: zero or one row: this
MATCH (this:Person {id: $id})
RETURN this
