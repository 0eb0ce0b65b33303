// Creates or updates people with their resolved names, aliases and search text.
// params: $people: string, a JSON list of map
// returns: one row: written
// Plans are unique-index seeks whatever the statistics: skip replanning while the graph grows.
// The rows arrive as one JSON string: the driver packs a list of maps value by value, which
// took about a third of an import's CPU, on both sides (server/db/json-rows.ts).
CYPHER replan=skip
UNWIND apoc.convert.fromJsonList($people) AS row
MERGE (p:Person {id: row.id})
SET p.name = row.name, p.aliases = row.aliases, p.nameKey = row.nameKey, p.nameForms = row.nameForms,
    p.nameFormCounts = row.nameFormCounts, p.surfaces = row.surfaces, p.affiliations = row.affiliations,
    p.searchText = row.searchText
RETURN count(p) AS written
