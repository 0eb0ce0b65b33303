// Who attended which meeting, with every group heading they were listed under.
// params: $rows: list of map
// returns: one row: created
UNWIND $rows AS row
MATCH (m:Meeting {id: row.meetingId})
MATCH (p:Person {id: row.personId})
CREATE (p)-[r:ATTENDED]->(m) SET r = row.props
RETURN count(r) AS created
