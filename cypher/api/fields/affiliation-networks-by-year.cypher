// Municipality.networksByYear / Organization.networksByYear: meetings attended by someone the
// same note names as representing it, per network and year, oldest first (the networks it is
// active in, and when). A joint meeting counts for each of its networks.
// params:
// returns: many rows: row
MATCH (this)<-[r:REPRESENTS]-(:Person)-[a:ATTENDED]->(m:Meeting)
WHERE r.docId = a.docId
WITH DISTINCT m
OPTIONAL MATCH (m)-[:OF_NETWORK]->(n:Network)
WITH n, m.year AS year, m
ORDER BY m.date, m.id
WITH n, year, collect(DISTINCT m.id) AS meetingIds
ORDER BY year, n.name
RETURN {networkId: n.id, networkName: n.name, year: year, meetings: size(meetingIds), meetingIds: meetingIds} AS row
