// Person.affiliations: each municipality or organisation the person was stated to represent,
// once, although the fact is stored once per note. `this` is the person (@cypher field).
// params:
// returns: many rows: affiliation
MATCH (this)-[:REPRESENTS]->(a)
WITH DISTINCT a
ORDER BY a.name
RETURN a AS affiliation
