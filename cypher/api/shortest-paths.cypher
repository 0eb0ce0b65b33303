// Shortest paths between two entities over the fact relationships (not look-alike or
// document links), at most six steps; the API trims to $maxLength.
// params:  $fromEid: string, $toEid: string, $maxLength: integer, $first: integer
// returns: many rows: nodeEids, rels, meetingIds
MATCH (a) WHERE elementId(a) = $fromEid
MATCH (b) WHERE elementId(b) = $toEid
MATCH p = allShortestPaths((a)-[:ATTENDED|REPRESENTS|TOOK_NOTES|PART_OF|PRESENTED|ABOUT|MENTIONS|PARTICIPATES_IN|RELATES_TO|OF_NETWORK*..6]-(b))
WITH p WHERE length(p) <= $maxLength
LIMIT $first
WITH p, [n IN nodes(p) | elementId(n)] AS nodeEids,
  [r IN relationships(p) | {startEid: elementId(startNode(r)), endEid: elementId(endNode(r)), type: type(r), excerpt: r.excerpt, docId: r.docId,
    year: r.year}] AS rels
CALL (p) {
  UNWIND nodes(p) AS n
  OPTIONAL MATCH (n)-[:PART_OF]->(im:Meeting)
  WITH coalesce(im, n) AS m WHERE m:Meeting
  RETURN collect(m.id) AS onPath
}
CALL (p) {
  UNWIND relationships(p) AS r
  MATCH (:Document {id: r.docId})<-[:RECORDED_IN]-(m:Meeting)
  RETURN collect(m.id) AS evidenced
}
RETURN nodeEids, rels, apoc.coll.toSet(onPath + evidenced) AS meetingIds
