// Removes a document and every fact it contributed: its meeting, agenda items and the
// relationships that name it as their source. Shared entities stay; they are returned, as
// they lose facts, for ingest/update-fact-years to read their years again.
// params: $docId: string
// returns: one row: touched (list of element ids)
OPTIONAL MATCH (d:Document {id: $docId})
OPTIONAL MATCH (d)<-[:RECORDED_IN]-(m:Meeting)
OPTIONAL MATCH (m)<-[:PART_OF]-(i:AgendaItem)
WITH d, m, collect(i) AS items
WITH d, m, items,
  coalesce([(m)--(n) WHERE NOT n:AgendaItem AND n <> d | elementId(n)], []) +
  apoc.coll.flatten([i IN items | [(i)--(n) WHERE NOT n:Meeting | elementId(n)]]) AS nearby
CALL (d) {
  OPTIONAL MATCH (a)-[r:REPRESENTS {docId: $docId}]->(b) DELETE r
  RETURN collect(elementId(a)) + collect(elementId(b)) AS ends
  UNION ALL
  OPTIONAL MATCH (a)-[r:PARTICIPATES_IN {docId: $docId}]->(b) DELETE r
  RETURN collect(elementId(a)) + collect(elementId(b)) AS ends
  UNION ALL
  OPTIONAL MATCH (a)-[r:RELATES_TO {docId: $docId}]->(b) DELETE r
  RETURN collect(elementId(a)) + collect(elementId(b)) AS ends
  UNION ALL
  OPTIONAL MATCH (a)-[r:SEEN_IN {docId: $docId}]->() DELETE r
  RETURN collect(elementId(a)) AS ends
}
WITH d, m, items, nearby, collect(ends) AS ends
CALL (items) {
  UNWIND items AS i
  DETACH DELETE i
}
DETACH DELETE m, d
RETURN apoc.coll.toSet(nearby + apoc.coll.flatten(ends)) AS touched
