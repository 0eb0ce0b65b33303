// A project a meeting discussed outside any agenda item (the day's theme, the title).
// params: $rows: list of map
// returns: one row: created
UNWIND $rows AS row
MATCH (m:Meeting {id: row.meetingId})
MATCH (t:Project {id: row.targetId})
CREATE (m)-[r:ABOUT]->(t) SET r = row.props
RETURN count(r) AS created
