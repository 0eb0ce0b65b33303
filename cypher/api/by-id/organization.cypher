// The Organization with this id, for the root field `organization(id:)` (@neo4j/graphql projects the rest).
// params:  $id: string
// returns: zero or one row: this
MATCH (this:Organization {id: $id})
RETURN this
