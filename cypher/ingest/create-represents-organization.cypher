// People's stated affiliation with a organization, once per document that states it.
// params: $rows: string, a JSON list of map
// returns: one row: created
// Plans are unique-index seeks whatever the statistics: skip replanning while the graph grows.
// The rows arrive as one JSON string: the driver packs a list of maps value by value, which
// took about a third of an import's CPU, on both sides (server/db/json-rows.ts).
CYPHER replan=skip
UNWIND apoc.convert.fromJsonList($rows) AS row
MATCH (p:Person {id: row.personId})
MATCH (a:Organization {id: row.targetId})
CREATE (p)-[r:REPRESENTS {docId: row.props.docId, year: row.props.year, lineStart: row.props.lineStart, lineEnd: row.props.lineEnd, excerpt: row.props.excerpt, surface: row.props.surface, unit: row.props.unit}]->(a)
RETURN count(r) AS created
