// Projects and themes discussed in the same agenda item.
// params: $rows: list of map
// returns: one row: created
// Plans are unique-index seeks whatever the statistics: skip replanning while the graph grows.
CYPHER replan=skip
UNWIND $rows AS row
MATCH (p:Project {id: row.projectId})
MATCH (t:Theme {id: row.themeId})
CREATE (p)-[r:RELATES_TO {docId: row.props.docId, year: row.props.year, lineStart: row.props.lineStart, lineEnd: row.props.lineEnd, excerpt: row.props.excerpt}]->(t)
RETURN count(r) AS created
