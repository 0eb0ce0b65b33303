// A municipality named in an agenda item.
// params: $rows: string, a JSON list of map
// returns: one row: created
// Plans are unique-index seeks whatever the statistics: skip replanning while the graph grows.
// The rows arrive as one JSON string: the driver packs a list of maps value by value, which
// took about a third of an import's CPU, on both sides (server/db/json-rows.ts).
CYPHER replan=skip
UNWIND apoc.convert.fromJsonList($rows) AS row
MATCH (i:AgendaItem {id: row.itemId})
MATCH (t:Municipality {id: row.targetId})
CREATE (i)-[r:MENTIONS {docId: row.props.docId, year: row.props.year, lineStart: row.props.lineStart, lineEnd: row.props.lineEnd, excerpt: row.props.excerpt, surface: row.props.surface}]->(t)
RETURN count(r) AS created
