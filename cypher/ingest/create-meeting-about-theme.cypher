// A theme a meeting discussed outside any agenda item (the day's theme, the title).
// params: $rows: string, a JSON list of map
// returns: one row: created
// Plans are unique-index seeks whatever the statistics: skip replanning while the graph grows.
// The rows arrive as one JSON string: the driver packs a list of maps value by value, which
// took about a third of an import's CPU, on both sides (server/db/json-rows.ts).
CYPHER replan=skip
UNWIND apoc.convert.fromJsonList($rows) AS row
MATCH (m:Meeting {id: row.meetingId})
MATCH (t:Theme {id: row.targetId})
CREATE (m)-[r:ABOUT {docId: row.props.docId, year: row.props.year, lineStart: row.props.lineStart, lineEnd: row.props.lineEnd, excerpt: row.props.excerpt}]->(t)
RETURN count(r) AS created
