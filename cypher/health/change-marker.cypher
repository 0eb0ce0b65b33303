// The cheapest read there is: Database.changeMarker runs it for the bookmark Neo4j returns,
// which names the database's last committed transaction.
// params:
// returns: one row: ok
RETURN 1 AS ok
