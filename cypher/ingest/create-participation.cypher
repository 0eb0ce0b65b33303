// Municipalities the note says take part in a project.
// params: $rows: string, a JSON list of map
// returns: one row: created
// Plans are unique-index seeks whatever the statistics: skip replanning while the graph grows.
// The rows arrive as one JSON string: the driver packs a list of maps value by value, which
// took about a third of an import's CPU, on both sides (server/db/json-rows.ts).
CYPHER replan=skip
UNWIND apoc.convert.fromJsonList($rows) AS row
MATCH (mu:Municipality {id: row.municipalityId})
MATCH (p:Project {id: row.projectId})
CREATE (mu)-[r:PARTICIPATES_IN {docId: row.props.docId, year: row.props.year, lineStart: row.props.lineStart, lineEnd: row.props.lineEnd, excerpt: row.props.excerpt, date: row.props.date, group: row.props.group}]->(p)
RETURN count(r) AS created
