// One breadth-first step of a neighbourhood: the neighbours of the frontier with the facts
// that link them. Meetings outside the years [$from, $to] are not entered, and a fact whose
// meeting year lies outside is left out. $types empty means every kind.
// params:  $frontier: list of element ids, $types: list of labels, $from: integer or null, $to: integer or null, $cap: integer
// returns: many rows: sourceEid, neighborEid, startEid, type, year, excerpt, docId
UNWIND $frontier AS eid
MATCH (s) WHERE elementId(s) = eid
MATCH (s)-[r]-(n)
WHERE n.id IS NOT NULL AND NOT type(r) IN ['NOT_SAME_AS']
  AND (size($types) = 0 OR any(l IN labels(n) WHERE l IN $types))
  AND (NOT n:Meeting OR (($from IS NULL OR n.year >= $from) AND ($to IS NULL OR n.year <= $to)))
WITH s, r, n, CASE WHEN s:Meeting THEN s.year WHEN n:Meeting THEN n.year
  ELSE head([(:Document {id: r.docId})<-[:RECORDED_IN]-(m:Meeting) | m.year]) END AS year
WHERE year IS NULL OR (($from IS NULL OR year >= $from) AND ($to IS NULL OR year <= $to))
RETURN elementId(s) AS sourceEid, elementId(n) AS neighborEid, elementId(startNode(r)) AS startEid,
  type(r) AS type, year, r.excerpt AS excerpt, r.docId AS docId
LIMIT $cap
