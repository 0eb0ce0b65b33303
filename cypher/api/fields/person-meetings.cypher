// Person.meetings: meetings the person is listed as present at, oldest first.
// params:
// returns: many rows: meeting
MATCH (this)-[:ATTENDED]->(m:Meeting)
WITH DISTINCT m
ORDER BY m.date, m.id
RETURN m AS meeting
