// Who attended the meeting, with every group heading they were listed under.
// params: $meetingId: string, $rows: list of map
// returns: one row: created
MATCH (m:Meeting {id: $meetingId})
UNWIND $rows AS row
MATCH (p:Person {id: row.personId})
CREATE (p)-[r:ATTENDED]->(m) SET r = row.props
RETURN count(r) AS created
