// Municipalities that had someone at a meeting, once per meeting, citing the first attendance
// line naming it; deleted with the meeting when its document is replaced.
// params: $rows: string, a JSON list of map
// returns: one row: created
// Plans are unique-index seeks whatever the statistics: skip replanning while the graph grows.
// The rows arrive as one JSON string: the driver packs a list of maps value by value, which
// took about a third of an import's CPU, on both sides (server/db/json-rows.ts).
CYPHER replan=skip
UNWIND apoc.convert.fromJsonList($rows) AS row
MATCH (mu:Municipality {id: row.municipalityId})
MATCH (m:Meeting {id: row.meetingId})
CREATE (mu)-[r:REPRESENTED_AT {docId: row.props.docId, year: row.props.year, lineStart: row.props.lineStart, lineEnd: row.props.lineEnd, excerpt: row.props.excerpt, people: row.props.people}]->(m)
RETURN count(r) AS created
