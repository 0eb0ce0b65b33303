// Nodes as the canvas draws them: kind, label, properties (without $hidden: long text and
// internal keys) and the years they are evidenced in (a meeting's own year; otherwise the
// distinct `year`s of its facts, each fact carrying its meeting's year).
// params:  $eids: list of element ids, $hidden: list of strings
// returns: many rows: eid, id, type, label, properties, years
UNWIND $eids AS eid
MATCH (n) WHERE elementId(n) = eid
CALL (n) {
  OPTIONAL MATCH (n)-[r]-() WHERE NOT n:Meeting AND r.year IS NOT NULL
  RETURN collect(DISTINCT r.year) AS factYears
}
RETURN eid, n.id AS id,
  head([l IN labels(n) WHERE l IN ['Person', 'Municipality', 'Organization', 'Network', 'Project', 'Theme', 'Meeting', 'AgendaItem', 'Document']]) AS type,
  coalesce(n.name, n.title, n.filename, n.id) AS label, apoc.map.removeKeys(properties(n), $hidden) AS properties,
  CASE WHEN NOT n:Meeting THEN apoc.coll.sort(factYears) WHEN n.year IS NULL THEN [] ELSE [n.year] END AS years
