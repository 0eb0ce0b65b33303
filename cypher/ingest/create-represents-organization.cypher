// People's stated affiliation with a organization, once per document that states it.
// params: $rows: list of map
// returns: one row: created
UNWIND $rows AS row
MATCH (p:Person {id: row.personId})
MATCH (a:Organization {id: row.targetId})
CREATE (p)-[r:REPRESENTS]->(a) SET r = row.props
RETURN count(r) AS created
