// possibleDuplicates: pairs of look-alike people kept apart, each pair once (the importer
// stores one direction, a curator's merge may leave both), best score first, with what a
// curator needs to decide: each side's affiliations and meetings.
// params:  $minScore: float, $first: integer
// returns: many rows: score, reasons, a, b
MATCH (p:Person)-[d:POSSIBLE_DUPLICATE]-(q:Person)
WHERE p.id < q.id
WITH p, q, max(d.score) AS score, collect(coalesce(d.reasons, [])) AS reasonLists
WHERE coalesce(score, 0) >= $minScore
WITH p, q, score, reduce(all = [], rs IN reasonLists | all + [r IN rs WHERE NOT r IN all]) AS reasons
ORDER BY score DESC, p.name, p.id
LIMIT $first
WITH score, reasons, [side IN [p, q] | {
  id: side.id, name: side.name, aliases: coalesce(side.aliases, []),
  affiliations: apoc.coll.sort(apoc.coll.toSet([(side)-[:REPRESENTS]->(a) | a.name])),
  meetings: [m IN apoc.coll.sortNodes(apoc.coll.toSet([(side)-[:ATTENDED]->(m:Meeting) | m]), '^date') |
    {id: m.id, title: coalesce(m.title, m.name), date: m.date, year: m.year, dateInferred: m.dateInferred}]
}] AS sides
RETURN score, reasons, sides[0] AS a, sides[1] AS b
