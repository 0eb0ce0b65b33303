// Agenda items, each part of its meeting; a part ("2.1", a "Korta punkter" bullet) names its
// item in parentId.
// params: $rows: string, a JSON list of map
// returns: one row: created
// Plans are unique-index seeks whatever the statistics: skip replanning while the graph grows.
// The rows arrive as one JSON string: the driver packs a list of maps value by value, which
// took about a third of an import's CPU, on both sides (server/db/json-rows.ts).
CYPHER replan=skip
UNWIND apoc.convert.fromJsonList($rows) AS item
MATCH (m:Meeting {id: item.meetingId})
CREATE (i:AgendaItem {id: item.props.id, name: item.props.name, title: item.props.title, number: item.props.number, order: item.props.order, kind: item.props.kind, excerpt: item.props.excerpt, lineStart: item.props.lineStart, lineEnd: item.props.lineEnd, docId: item.props.docId, year: item.props.year, date: item.props.date, parentId: item.props.parentId})
CREATE (i)-[:PART_OF {docId: item.props.docId, year: item.props.year}]->(m)
RETURN count(i) AS created
