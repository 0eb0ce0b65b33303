// People's stated affiliation with a organization, once per document that states it.
// params: $rows: list of map
// returns: one row: created
// Plans are unique-index seeks whatever the statistics: skip replanning while the graph grows.
CYPHER replan=skip
UNWIND $rows AS row
MATCH (p:Person {id: row.personId})
MATCH (a:Organization {id: row.targetId})
CREATE (p)-[r:REPRESENTS {docId: row.props.docId, year: row.props.year, lineStart: row.props.lineStart, lineEnd: row.props.lineEnd, excerpt: row.props.excerpt, surface: row.props.surface, unit: row.props.unit}]->(a)
RETURN count(r) AS created
