// Shortest paths between two entities over the fact relationships (not look-alike or
// document links), at most six steps; the API trims to $maxLength. A fact is stored once per
// note, so the same chain of entities comes back once per combination of notes: each chain is
// returned once, with every fact along it. Chains through shared events come first (two people
// at one meeting before two people of the same municipality: the meeting is where they met,
// the municipality only something they have in common), then those through less connected
// entities (a small meeting before a plenary).
// params:  $fromEid: string, $toEid: string, $maxLength: integer, $first: integer
// returns: many rows: nodeEids, rels, meetingIds
MATCH (a) WHERE elementId(a) = $fromEid
MATCH (b) WHERE elementId(b) = $toEid
MATCH p = allShortestPaths((a)-[:ATTENDED|REPRESENTS|TOOK_NOTES|PART_OF|PRESENTED|ABOUT|MENTIONS|PARTICIPATES_IN|RELATES_TO|OF_NETWORK*..6]-(b))
WITH p WHERE length(p) <= $maxLength
// Enough combinations to find every chain between two well-documented entities, bounded.
LIMIT 5000
WITH [n IN nodes(p) | elementId(n)] AS nodeEids, collect(p) AS variants
WITH nodeEids, variants, nodes(variants[0])[1..-1] AS inside
WITH nodeEids, variants, size([n IN inside WHERE NOT n:Meeting AND NOT n:AgendaItem]) AS shared, [n IN inside | apoc.node.degree(n)] AS degrees
ORDER BY shared, apoc.coll.max(degrees + [0]), apoc.coll.sum(degrees + [0])
LIMIT $first
WITH nodeEids, variants, apoc.coll.toSet(apoc.coll.flatten([v IN variants | relationships(v)])) AS facts
CALL (variants) {
  UNWIND nodes(variants[0]) AS n
  OPTIONAL MATCH (n)-[:PART_OF]->(im:Meeting)
  WITH coalesce(im, n) AS m WHERE m:Meeting
  RETURN collect(m.id) AS onPath
}
CALL (facts) {
  UNWIND facts AS r
  MATCH (:Document {id: r.docId})<-[:RECORDED_IN]-(m:Meeting)
  RETURN collect(m.id) AS evidenced
}
RETURN nodeEids,
  [r IN facts | {startEid: elementId(startNode(r)), endEid: elementId(endNode(r)), type: type(r), excerpt: r.excerpt, docId: r.docId, year: r.year}] AS rels,
  apoc.coll.toSet(onPath + evidenced) AS meetingIds
