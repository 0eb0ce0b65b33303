// Agenda items that discuss a project.
// params: $rows: list of map
// returns: one row: created
UNWIND $rows AS row
MATCH (i:AgendaItem {id: row.itemId})
MATCH (t:Project {id: row.targetId})
CREATE (i)-[r:ABOUT]->(t) SET r = row.props
RETURN count(r) AS created
