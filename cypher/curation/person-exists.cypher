// Which of the given ids are people, so that curation can name the unknown ones.
// params: $ids: list of string
// returns: many rows: id
MATCH (p:Person) WHERE p.id IN $ids
RETURN p.id AS id
