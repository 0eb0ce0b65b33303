// AgendaItem.date: its meeting's date (YYYY-MM-DD or YYYY-MM), so items from several meetings
// sort in time order: agendaItems(sort: [{ date: ASC }, { order: ASC }]).
// params:
// returns: one row: date
MATCH (this)-[:PART_OF]->(m:Meeting)
RETURN m.date AS date
LIMIT 1
