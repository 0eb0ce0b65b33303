// Meeting.themes: themes the meeting discussed, in any agenda item or outside one, by name
// (see meeting-projects.cypher for why `about` is not enough).
// params:
// returns: many rows: theme
// `this` is bound by @neo4j/graphql; matching it again keeps the statement valid on its own (EXPLAIN test).
MATCH (this:Meeting)
CALL (this) {
  MATCH (this)-[:ABOUT]->(t:Theme) RETURN t
  UNION
  MATCH (this)<-[:PART_OF]-(:AgendaItem)-[:ABOUT]->(t:Theme) RETURN t
}
WITH DISTINCT t
ORDER BY t.name
RETURN t AS theme
