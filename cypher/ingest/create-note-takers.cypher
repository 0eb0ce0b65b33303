// Who took the notes of the meeting.
// params: $meetingId: string, $rows: list of map
// returns: one row: created
MATCH (m:Meeting {id: $meetingId})
UNWIND $rows AS row
MATCH (p:Person {id: row.personId})
CREATE (p)-[r:TOOK_NOTES]->(m) SET r = row.props
RETURN count(r) AS created
