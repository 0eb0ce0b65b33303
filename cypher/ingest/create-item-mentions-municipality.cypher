// A municipality named in an agenda item.
// params: $rows: list of map
// returns: one row: created
UNWIND $rows AS row
MATCH (i:AgendaItem {id: row.itemId})
MATCH (t:Municipality {id: row.targetId})
CREATE (i)-[r:MENTIONS]->(t) SET r = row.props
RETURN count(r) AS created
