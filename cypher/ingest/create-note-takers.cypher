// Who took the notes of which meeting.
// params: $rows: list of map
// returns: one row: created
UNWIND $rows AS row
MATCH (m:Meeting {id: row.meetingId})
MATCH (p:Person {id: row.personId})
CREATE (p)-[r:TOOK_NOTES]->(m) SET r = row.props
RETURN count(r) AS created
