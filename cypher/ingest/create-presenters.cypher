// Who presented which agenda item.
// params: $rows: list of map
// returns: one row: created
UNWIND $rows AS row
MATCH (p:Person {id: row.personId})
MATCH (i:AgendaItem {id: row.itemId})
CREATE (p)-[r:PRESENTED]->(i) SET r = row.props
RETURN count(r) AS created
