// Nodes as the canvas draws them: kind, label, properties (without $hidden: long text and
// internal keys) and the years they are evidenced in (a meeting's own year; otherwise the
// distinct years of its facts, stored as `factYears` by ingest/update-fact-years, since a
// municipality's would otherwise be read from tens of thousands of facts).
// params:  $eids: list of element ids, $hidden: list of strings
// returns: many rows: eid, id, type, label, properties, years
UNWIND $eids AS eid
MATCH (n) WHERE elementId(n) = eid
RETURN eid, n.id AS id,
  head([l IN labels(n) WHERE l IN ['Person', 'Municipality', 'Organization', 'Network', 'Project', 'Theme', 'Meeting', 'AgendaItem', 'Document']]) AS type,
  coalesce(n.name, n.title, n.filename, n.id) AS label, apoc.map.removeKeys(properties(n), $hidden) AS properties,
  CASE WHEN n:Meeting THEN CASE WHEN n.year IS NULL THEN [] ELSE [n.year] END ELSE coalesce(n.factYears, []) END AS years
