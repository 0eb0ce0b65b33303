// People whose canonical name or an alias equals the given text (used by curation tools
// and tests to find a person without knowing the id).
// params: $name: string
// returns: many rows: id, name, aliases, affiliations, factYears, meetings
MATCH (p:Person)
WHERE p.name = $name OR $name IN p.aliases
RETURN p.id AS id, p.name AS name, p.aliases AS aliases, p.affiliations AS affiliations, p.factYears AS factYears,
       COUNT { (p)-[:ATTENDED]->(:Meeting) } AS meetings
ORDER BY meetings DESC
