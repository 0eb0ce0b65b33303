// Nodes as the canvas draws them: kind, label, properties and the years they are evidenced
// in (a meeting's own year; otherwise the years of the meetings its facts come from).
// params:  $eids: list of element ids
// returns: many rows: eid, id, type, label, properties, years
UNWIND $eids AS eid
MATCH (n) WHERE elementId(n) = eid
CALL (n) {
  OPTIONAL MATCH (n)-[r]-(x)
  WITH CASE WHEN n:Meeting THEN n.year WHEN x:Meeting THEN x.year
    ELSE head([(:Document {id: r.docId})<-[:RECORDED_IN]-(m:Meeting) | m.year]) END AS year
  RETURN apoc.coll.sort(collect(DISTINCT year)) AS years
}
RETURN eid, n.id AS id,
  head([l IN labels(n) WHERE l IN ['Person', 'Municipality', 'Organization', 'Network', 'Project', 'Theme', 'Meeting', 'AgendaItem', 'Document']]) AS type,
  coalesce(n.name, n.title, n.filename, n.id) AS label, properties(n) AS properties, years
