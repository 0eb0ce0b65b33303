// Keeps `factYears` (the distinct years of the facts touching a node, which the canvas shows)
// stored on every entity, so that a hub's years are not read from its thousands of facts on
// every request. The documents just written add their meeting's year to every node their facts
// touch; nodes that lost facts (a replaced document, a merge or split) have theirs read again
// from what remains. A node is written only when its years change, so an import does not
// queue on the municipalities that every note mentions.
// params: $docIds: list of string, $recompute: list of element ids
// returns: one row: added, recomputed
CALL () {
  UNWIND $docIds AS docId
  MATCH (:Document {id: docId})<-[:RECORDED_IN]-(m:Meeting)
  WHERE m.year IS NOT NULL
  // Every fact of a document touches its meeting or one of its agenda items, except these four.
  CALL (m, docId) {
    MATCH (m)--(n) WHERE NOT n:Meeting
    RETURN n
    UNION
    MATCH (m)<-[:PART_OF]-(:AgendaItem)--(n) WHERE NOT n:Meeting
    RETURN n
    UNION
    MATCH (a)-[:REPRESENTS {docId: docId}]->(b) UNWIND [a, b] AS n
    RETURN n
    UNION
    MATCH (a)-[:PARTICIPATES_IN {docId: docId}]->(b) UNWIND [a, b] AS n
    RETURN n
    UNION
    MATCH (a)-[:RELATES_TO {docId: docId}]->(b) UNWIND [a, b] AS n
    RETURN n
    UNION
    MATCH (a)-[:SEEN_IN {docId: docId}]->(b) UNWIND [a, b] AS n
    RETURN n
  }
  WITH n, collect(DISTINCT m.year) AS years
  WITH n, [y IN years WHERE NOT y IN coalesce(n.factYears, [])] AS added
  WHERE size(added) > 0
  SET n.factYears = apoc.coll.sort(coalesce(n.factYears, []) + added)
  RETURN count(n) AS added
}
CALL () {
  UNWIND $recompute AS eid
  MATCH (n) WHERE elementId(n) = eid
  SET n.factYears = apoc.coll.sort(apoc.coll.toSet([(n)-[r]-() WHERE r.year IS NOT NULL | r.year]))
  RETURN count(n) AS recomputed
}
RETURN added, recomputed
