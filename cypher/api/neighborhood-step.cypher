// One breadth-first step of a neighbourhood, one row per neighbour and kind of link: the
// new neighbours of the frontier and the links within the frontier, with the facts between
// each pair aggregated (how many, their years, one sample sentence). A frontier node with at
// most $scanDegree links is read once, facts and all. A hub (a municipality in thousands of
// notes) is not read to the end: it lists at most $perSource new neighbours, whose facts are
// then read pair by pair, and its links within the frontier are read from the other end, or
// between two hubs from one of them. Of all new neighbours only the first $room are kept
// (`truncated` says whether there were more). Neighbours in $older (earlier steps) are
// skipped: their links to the frontier were read in the step that found them. Meetings
// outside the years [$from, $to] are not entered, and a fact whose `year` lies outside is
// left out. $types empty means every kind.
// params:  $frontier: list of element ids, $older: list of element ids, $types: list of labels, $from: integer or null, $to: integer or null, $perSource: integer, $room: integer, $scanDegree: integer
// returns: one row: truncated, links (list of maps: sourceEid, neighborEid, startEid, type, count, years, excerpt, docId)
UNWIND $frontier AS eid
MATCH (s) WHERE elementId(s) = eid
WITH s, COUNT { (s)--() } > $scanDegree AS hub
WITH collect({s: s, hub: hub}) AS sources
WITH sources, [x IN sources WHERE x.hub | x.s] AS hubs
UNWIND sources AS source
WITH source.s AS s, source.hub AS hub, hubs
CALL (s, hub, hubs) {
  // No hub: every link read once, with its facts.
  WITH s, hub, hubs WHERE NOT hub
  MATCH (s)-[r]-(n)
  WHERE type(r) <> 'NOT_SAME_AS' AND NOT elementId(n) IN $older
    AND ($from IS NULL OR r.year IS NULL OR r.year >= $from) AND ($to IS NULL OR r.year IS NULL OR r.year <= $to)
  WITH s, hubs, n, collect(r) AS facts, elementId(n) IN $frontier AS sameStep
  WHERE CASE WHEN sameStep
    // Within the frontier: each pair once.
    THEN n IN hubs OR elementId(s) < elementId(n)
    ELSE n.id IS NOT NULL AND (size($types) = 0 OR any(l IN labels(n) WHERE l IN $types))
      AND (NOT n:Meeting OR (($from IS NULL OR n.year >= $from) AND ($to IS NULL OR n.year <= $to)))
  END
  RETURN n, sameStep, facts
  UNION ALL
  // A hub: new neighbours up to the limit; their facts are read afterwards.
  WITH s, hub, hubs WHERE hub
  MATCH (s)-[r]-(n)
  WHERE type(r) <> 'NOT_SAME_AS'
    AND ($from IS NULL OR r.year IS NULL OR r.year >= $from) AND ($to IS NULL OR r.year IS NULL OR r.year <= $to)
  WITH DISTINCT n
  WHERE NOT elementId(n) IN $older AND NOT elementId(n) IN $frontier AND n.id IS NOT NULL
    AND (size($types) = 0 OR any(l IN labels(n) WHERE l IN $types))
    AND (NOT n:Meeting OR (($from IS NULL OR n.year >= $from) AND ($to IS NULL OR n.year <= $to)))
  WITH n LIMIT $perSource
  RETURN n, false AS sameStep, null AS facts
  UNION ALL
  // Between two hubs of the frontier: read from the one with the smaller element id.
  WITH s, hub, hubs WHERE hub AND size(hubs) > 1
  // Each pair looked up by both ends, not by reading all of either hub's links.
  UNWIND hubs AS n
  WITH s, n WHERE elementId(s) < elementId(n)
  MATCH (s)-[r]-(n)
  WHERE type(r) <> 'NOT_SAME_AS'
    AND ($from IS NULL OR r.year IS NULL OR r.year >= $from) AND ($to IS NULL OR r.year IS NULL OR r.year <= $to)
  RETURN n, true AS sameStep, collect(r) AS facts
}
WITH collect([s, n, sameStep, facts]) AS pairs
WITH pairs, apoc.coll.toSet([p IN pairs WHERE NOT p[2] | p[1]]) AS fresh
WITH pairs, size(fresh) > $room AS truncated, apoc.map.fromPairs([x IN fresh[0..$room] | [elementId(x), true]]) AS kept
CALL (pairs, kept) {
  UNWIND pairs AS p
  WITH p[0] AS s, p[1] AS n, p[2] AS sameStep, p[3] AS read
  WHERE sameStep OR kept[elementId(n)] IS NOT NULL
  CALL (s, n, read) {
    WITH read WHERE read IS NOT NULL
    UNWIND read AS r
    RETURN r
    UNION ALL
    WITH s, n, read WHERE read IS NULL
    MATCH (s)-[r]-(n)
    WHERE type(r) <> 'NOT_SAME_AS'
      AND ($from IS NULL OR r.year IS NULL OR r.year >= $from) AND ($to IS NULL OR r.year IS NULL OR r.year <= $to)
    RETURN r
  }
  WITH s, n, type(r) AS type, startNode(r) AS start, collect(r) AS facts
  // The first fact with a sentence, without reading every fact's sentence.
  WITH s, n, type, start, facts,
    reduce(found = null, f IN facts | CASE WHEN found IS NULL AND f.excerpt IS NOT NULL THEN f ELSE found END) AS sample
  RETURN collect({
    sourceEid: elementId(s), neighborEid: elementId(n), startEid: elementId(start), type: type, count: size(facts),
    years: apoc.coll.sort(apoc.coll.toSet([f IN facts WHERE f.year IS NOT NULL | f.year])), excerpt: sample.excerpt, docId: sample.docId
  }) AS links
}
RETURN truncated, links
