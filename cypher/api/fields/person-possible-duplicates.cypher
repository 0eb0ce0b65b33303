// Person.possibleDuplicates: look-alikes in either direction (the importer stores one
// direction only), with the best score and every reason given.
// params:
// returns: many rows: candidate
MATCH (this)-[d:POSSIBLE_DUPLICATE]-(other:Person)
WITH other, max(d.score) AS score, collect(coalesce(d.reasons, [])) AS reasonLists
WITH other, score, reduce(all = [], rs IN reasonLists | all + [r IN rs WHERE NOT r IN all]) AS reasons
ORDER BY score DESC, other.name
RETURN {id: other.id, name: other.name, score: score, reasons: reasons} AS candidate
