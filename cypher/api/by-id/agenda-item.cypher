// The AgendaItem with this id, for the root field `agendaItem(id:)` (@neo4j/graphql projects the rest).
// params:  $id: string
// returns: zero or one row: this
MATCH (this:AgendaItem {id: $id})
RETURN this
