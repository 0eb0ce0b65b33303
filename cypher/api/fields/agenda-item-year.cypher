// AgendaItem.year: its meeting's year (null when undated), to filter items by time.
// params:
// returns: one row: year
MATCH (this)-[:PART_OF]->(m:Meeting)
RETURN m.year AS year
LIMIT 1
