// Person.networksByYear: the meetings the person attended per network and year, oldest first.
// A joint meeting counts for each of its networks; a meeting without one has a null network.
// params:
// returns: many rows: row
MATCH (this)-[:ATTENDED]->(m:Meeting)
WITH DISTINCT m
OPTIONAL MATCH (m)-[:OF_NETWORK]->(n:Network)
WITH n, m.year AS year, m
ORDER BY m.date, m.id
WITH n, year, collect(DISTINCT m.id) AS meetingIds
ORDER BY year, n.name
RETURN {networkId: n.id, networkName: n.name, year: year, meetings: size(meetingIds), meetingIds: meetingIds} AS row
