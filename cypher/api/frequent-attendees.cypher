// frequentAttendees: people by distinct meetings attended, at least $minMeetings, optionally
// within one network and a range of years.
// params:  $minMeetings: integer, $networkId: string or null, $from: integer or null, $to: integer or null, $first: integer
// returns: many rows: id, name, meetings, years
MATCH (p:Person)-[:ATTENDED]->(m:Meeting)
WHERE ($networkId IS NULL OR EXISTS { (m)-[:OF_NETWORK]->(:Network {id: $networkId}) })
  AND ($from IS NULL OR m.year >= $from) AND ($to IS NULL OR m.year <= $to)
WITH p, collect(DISTINCT m) AS meetings
WHERE size(meetings) >= $minMeetings
RETURN p.id AS id, p.name AS name, size(meetings) AS meetings,
  apoc.coll.sort(apoc.coll.toSet([m IN meetings WHERE m.year IS NOT NULL | m.year])) AS years
ORDER BY meetings DESC, name
LIMIT $first
