// Look-alike people kept apart, with the resolver's score and reasons.
// params: $rows: string, a JSON list of map
// returns: one row: written
// Plans are unique-index seeks whatever the statistics: skip replanning while the graph grows.
// The rows arrive as one JSON string: the driver packs a list of maps value by value, which
// took about a third of an import's CPU, on both sides (server/db/json-rows.ts).
CYPHER replan=skip
UNWIND apoc.convert.fromJsonList($rows) AS row
MATCH (a:Person {id: row.a})
MATCH (b:Person {id: row.b})
MERGE (a)-[r:POSSIBLE_DUPLICATE]->(b)
SET r.score = row.score, r.reasons = row.reasons
RETURN count(r) AS written
