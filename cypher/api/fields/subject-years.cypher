// Project.years / Theme.years: the years of the meetings that discussed it, ascending
// (undated meetings add none).
// params:
// returns: one row: years
MATCH (this)<-[:ABOUT]-(x)
OPTIONAL MATCH (x)-[:PART_OF]->(im:Meeting)
WITH coalesce(im, x) AS m
WHERE m:Meeting AND m.year IS NOT NULL
WITH DISTINCT m.year AS year
ORDER BY year
RETURN collect(year) AS years
