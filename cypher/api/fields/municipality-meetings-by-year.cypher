// Municipality.meetingsByYear: meetings attended by someone who, in that same note,
// represented the municipality (people who changed employer count where they were then).
// params:
// returns: many rows: row
MATCH (this)<-[r:REPRESENTS]-(:Person)-[a:ATTENDED]->(m:Meeting)
WHERE r.docId = a.docId
WITH m.year AS year, count(DISTINCT m) AS meetings
ORDER BY year
RETURN {year: year, meetings: meetings} AS row
