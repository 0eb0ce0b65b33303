// Network.meetingsByYear: its meetings (joint meetings included) per year.
// params:
// returns: many rows: row
MATCH (this)<-[:OF_NETWORK]-(m:Meeting)
WITH m.year AS year, count(DISTINCT m) AS meetings
ORDER BY year
RETURN {year: year, meetings: meetings} AS row
