// A project the meeting discussed outside any agenda item (the day's theme, the title).
// params: $meetingId: string, $rows: list of map
// returns: one row: created
MATCH (m:Meeting {id: $meetingId})
UNWIND $rows AS row
MATCH (t:Project {id: row.targetId})
CREATE (m)-[r:ABOUT]->(t) SET r = row.props
RETURN count(r) AS created
