// Project.recurrence / Theme.recurrence: meetings that discussed it per network and year.
// A joint meeting counts for each of its networks; a meeting without one has a null network.
// params:
// returns: many rows: row
MATCH (this)<-[:ABOUT]-(x)
OPTIONAL MATCH (x)-[:PART_OF]->(im:Meeting)
WITH DISTINCT coalesce(im, x) AS m
WHERE m:Meeting
OPTIONAL MATCH (m)-[:OF_NETWORK]->(n:Network)
WITH n, m.year AS year, collect(DISTINCT m) AS meetings
ORDER BY year, n.name
RETURN {networkId: n.id, networkName: n.name, year: year, meetings: size(meetings), meetingIds: [m IN meetings | m.id]} AS row
