// The Network with this id, for the root field `network(id:)` (@neo4j/graphql projects the rest).
// params:  $id: string
// returns: zero or one row: this
MATCH (this:Network {id: $id})
RETURN this
