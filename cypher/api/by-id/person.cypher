// The Person with this id, for the root field `person(id:)` (@neo4j/graphql projects the rest).
// An id keeps the spelling the person was first seen under ("person:peter-aimgren", OCR'd);
// an id made from the name as it is now ("person:peter-almgren") finds the person too.
// params:  $id: string
// returns: zero or one row: this
OPTIONAL MATCH (exact:Person {id: $id})
CALL (exact) {
  WITH exact WHERE exact IS NOT NULL
  RETURN exact AS this
  UNION
  WITH exact WHERE exact IS NULL
  MATCH (p:Person) WHERE 'person:' + apoc.text.regreplace(p.nameKey, '[^a-z0-9]+', '-') = $id
  RETURN p AS this
  ORDER BY p.id
  LIMIT 1
}
RETURN this
