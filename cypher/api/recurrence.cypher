// recurrence(id): meetings that discussed a project or theme, per network and year (a joint
// meeting counts for each of its networks; one without a network has a null network).
// params:  $eid: string
// returns: many rows: networkId, networkName, year, meetings, meetingIds
MATCH (s) WHERE elementId(s) = $eid
MATCH (s)<-[:ABOUT]-(x)
OPTIONAL MATCH (x)-[:PART_OF]->(im:Meeting)
WITH DISTINCT coalesce(im, x) AS m
WHERE m:Meeting
OPTIONAL MATCH (m)-[:OF_NETWORK]->(n:Network)
WITH n, m.year AS year, collect(DISTINCT m) AS meetings
ORDER BY year, n.name
RETURN n.id AS networkId, n.name AS networkName, year, size(meetings) AS meetings, [m IN meetings | m.id] AS meetingIds
