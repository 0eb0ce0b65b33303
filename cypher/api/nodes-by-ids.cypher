// The entities with these ids, whatever their kind. One branch per label so each lookup
// uses that label's id constraint (a label cannot be a parameter).
// params:  $ids: list of strings
// returns: many rows: eid, id, type, name
CALL () {
  MATCH (n:Person) WHERE n.id IN $ids RETURN n
  UNION MATCH (n:Municipality) WHERE n.id IN $ids RETURN n
  UNION MATCH (n:Organization) WHERE n.id IN $ids RETURN n
  UNION MATCH (n:Network) WHERE n.id IN $ids RETURN n
  UNION MATCH (n:Project) WHERE n.id IN $ids RETURN n
  UNION MATCH (n:Theme) WHERE n.id IN $ids RETURN n
  UNION MATCH (n:Meeting) WHERE n.id IN $ids RETURN n
  UNION MATCH (n:AgendaItem) WHERE n.id IN $ids RETURN n
  UNION MATCH (n:Document) WHERE n.id IN $ids RETURN n
}
RETURN elementId(n) AS eid, n.id AS id,
  head([l IN labels(n) WHERE l IN ['Person', 'Municipality', 'Organization', 'Network', 'Project', 'Theme', 'Meeting', 'AgendaItem', 'Document']]) AS type,
  coalesce(n.name, n.title, n.filename, n.id) AS name
