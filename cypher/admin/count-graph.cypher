// How big the graph is: for import reports, idempotency checks and the health check.
// params:
// returns: one row: nodes, relationships
CALL { MATCH (n) RETURN count(n) AS nodes }
CALL { MATCH ()-[r]->() RETURN count(r) AS relationships }
RETURN nodes, relationships
