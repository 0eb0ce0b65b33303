// Removes a document and every fact it contributed: its meeting, agenda items and the
// relationships that name it as their source. Shared entities stay.
// params: $docId: string
// returns: one row: deleted
OPTIONAL MATCH (d:Document {id: $docId})
OPTIONAL MATCH (d)<-[:RECORDED_IN]-(m:Meeting)
OPTIONAL MATCH (m)<-[:PART_OF]-(i:AgendaItem)
CALL (d) {
  OPTIONAL MATCH ()-[r:REPRESENTS {docId: $docId}]->() DELETE r
}
CALL (d) {
  OPTIONAL MATCH ()-[r:PARTICIPATES_IN {docId: $docId}]->() DELETE r
}
CALL (d) {
  OPTIONAL MATCH ()-[r:RELATES_TO {docId: $docId}]->() DELETE r
}
CALL (d) {
  OPTIONAL MATCH ()-[r:SEEN_IN {docId: $docId}]->() DELETE r
}
DETACH DELETE i, m, d
RETURN count(*) AS deleted
