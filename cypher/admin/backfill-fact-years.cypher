// Stores `factYears` on entities imported before it was kept (see ingest/update-fact-years):
// once per node, so on a graph that has them all it only finds nothing to do. Runs outside a
// transaction of its own (CALL … IN TRANSACTIONS), in slices, however large the graph.
// params:
// returns: nothing
MATCH (n) WHERE n.factYears IS NULL AND n.id IS NOT NULL AND NOT n:Meeting
CALL (n) {
  SET n.factYears = apoc.coll.sort(apoc.coll.toSet([(n)-[r]-() WHERE r.year IS NOT NULL | r.year]))
} IN TRANSACTIONS OF 1000 ROWS
