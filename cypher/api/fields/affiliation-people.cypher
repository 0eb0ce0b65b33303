// Municipality.people / Organization.people: everyone stated to represent it, once each.
// params:
// returns: many rows: person
MATCH (this)<-[:REPRESENTS]-(p:Person)
WITH DISTINCT p
ORDER BY p.name
RETURN p AS person
