// A municipality named in an agenda item.
// params: $rows: list of map
// returns: one row: created
// Plans are unique-index seeks whatever the statistics: skip replanning while the graph grows.
CYPHER replan=skip
UNWIND $rows AS row
MATCH (i:AgendaItem {id: row.itemId})
MATCH (t:Municipality {id: row.targetId})
CREATE (i)-[r:MENTIONS {docId: row.props.docId, year: row.props.year, lineStart: row.props.lineStart, lineEnd: row.props.lineEnd, excerpt: row.props.excerpt}]->(t)
RETURN count(r) AS created
