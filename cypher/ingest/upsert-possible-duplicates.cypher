// Look-alike people kept apart, with the resolver's score and reasons.
// params: $rows: list of map
// returns: one row: written
// Plans are unique-index seeks whatever the statistics: skip replanning while the graph grows.
CYPHER replan=skip
UNWIND $rows AS row
MATCH (a:Person {id: row.a})
MATCH (b:Person {id: row.b})
MERGE (a)-[r:POSSIBLE_DUPLICATE]->(b)
SET r.score = row.score, r.reasons = row.reasons
RETURN count(r) AS written
