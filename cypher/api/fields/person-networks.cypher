// Person.networks: the networks of the meetings the person attended.
// params:
// returns: many rows: network
MATCH (this)-[:ATTENDED]->(:Meeting)-[:OF_NETWORK]->(n:Network)
WITH DISTINCT n
ORDER BY n.name
RETURN n AS network
