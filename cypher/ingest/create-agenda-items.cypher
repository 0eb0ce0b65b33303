// Agenda items, each part of its meeting.
// params: $rows: list of map
// returns: one row: created
// Plans are unique-index seeks whatever the statistics: skip replanning while the graph grows.
CYPHER replan=skip
UNWIND $rows AS item
MATCH (m:Meeting {id: item.meetingId})
CREATE (i:AgendaItem {id: item.props.id, name: item.props.name, title: item.props.title, number: item.props.number, order: item.props.order, kind: item.props.kind, excerpt: item.props.excerpt, lineStart: item.props.lineStart, lineEnd: item.props.lineEnd, docId: item.props.docId, year: item.props.year, date: item.props.date})
CREATE (i)-[:PART_OF {docId: item.props.docId, year: item.props.year}]->(m)
RETURN count(i) AS created
