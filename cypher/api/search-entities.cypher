// Ranked full-text hits over entity_search (name + searchText, which holds aliases and
// diacritic-free forms). $query is a Lucene query built by the API with user text escaped.
// params:  $query: string, $types: list of labels (empty = all), $first: integer
// returns: many rows: id, type, name, score, aliases, detail
// detail tells hits of one name apart: a person's affiliations (stored with the person, so no
// hop per hit), a meeting's date.
CALL db.index.fulltext.queryNodes('entity_search', $query, {limit: $first * 5}) YIELD node, score
WITH node, score
WHERE size($types) = 0 OR any(l IN labels(node) WHERE l IN $types)
WITH node, score, coalesce(node.name, node.title, node.filename, node.id) AS name
ORDER BY score DESC, name
LIMIT $first
RETURN node.id AS id,
  head([l IN labels(node) WHERE l IN ['Person', 'Municipality', 'Organization', 'Network', 'Project', 'Theme', 'Meeting', 'Document']]) AS type,
  name, score, coalesce(node.aliases, []) AS aliases,
  CASE
    WHEN node:Person THEN apoc.text.join(apoc.coll.sort(coalesce(node.affiliations, [])), ', ')
    WHEN node:Meeting THEN node.date
    ELSE null
  END AS detail
