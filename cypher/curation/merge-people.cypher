// Merges people into the one kept: relationships move over, properties of the kept one stay
// (curation.ts recomputes name and aliases afterwards), and a curator's earlier split
// between them is forgotten.
// params: $keepId: string, $absorbIds: list of string
// returns: one row: id
MATCH (keep:Person {id: $keepId})
MATCH (other:Person) WHERE other.id IN $absorbIds AND other <> keep
OPTIONAL MATCH (keep)-[split:NOT_SAME_AS|POSSIBLE_DUPLICATE]-(other)
DELETE split
WITH keep, collect(DISTINCT other) AS others
CALL apoc.refactor.mergeNodes([keep] + others, {properties: 'discard', mergeRels: false}) YIELD node
RETURN node.id AS id
