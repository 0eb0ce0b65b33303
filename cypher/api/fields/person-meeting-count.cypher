// Person.meetingCount: distinct meetings attended (a person listed under two headings of
// one meeting counts once).
// params:
// returns: one row: count
MATCH (this)-[:ATTENDED]->(m:Meeting)
RETURN count(DISTINCT m) AS count
