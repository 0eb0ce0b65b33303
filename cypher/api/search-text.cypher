// Full-text hits in what the notes say rather than in names: agenda items by their title and
// opening sentences (excerpt_search), documents by their whole text (document_text), for the
// kinds in $types. $query is a Lucene query built by the API with user text escaped.
// params:  $query: string, $types: list of labels, $first: integer
// returns: many rows: id, type, name, score, aliases, detail
CALL () {
  WITH 1 AS asked WHERE 'AgendaItem' IN $types
  CALL db.index.fulltext.queryNodes('excerpt_search', $query, {limit: $first}) YIELD node, score
  RETURN node, score, 'AgendaItem' AS type, coalesce(node.title, node.id) AS name
  UNION ALL
  WITH 1 AS asked WHERE 'Document' IN $types
  CALL db.index.fulltext.queryNodes('document_text', $query, {limit: $first}) YIELD node, score
  RETURN node, score, 'Document' AS type, coalesce(node.name, node.filename, node.id) AS name
}
WITH node, type, name, score
ORDER BY score DESC, name
LIMIT $first
// An agenda item's detail is its meeting, as a person's is their affiliations.
RETURN node.id AS id, type, name, score, [] AS aliases, head([(node)-[:PART_OF]->(m:Meeting) | m.name]) AS detail
