// Meeting summaries for these ids, oldest first.
// params:  $ids: list of strings
// returns: many rows: id, title, date, year, dateInferred
MATCH (m:Meeting) WHERE m.id IN $ids
RETURN m.id AS id, coalesce(m.title, m.name) AS title, m.date AS date, m.year AS year, m.dateInferred AS dateInferred
ORDER BY m.date, m.id
