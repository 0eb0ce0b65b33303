// Meeting.projects: projects the meeting discussed, in any agenda item or outside one, by
// name. `Meeting.about` holds only the meeting-level facts (the day's theme), so filtering on
// it misses what agenda items discussed; this node list filters on both:
// meetings(where: { projects: { some: { id: { eq: "project:yrkesresan" } } } }).
// params:
// returns: many rows: project
// `this` is bound by @neo4j/graphql; matching it again keeps the statement valid on its own (EXPLAIN test).
MATCH (this:Meeting)
CALL (this) {
  MATCH (this)-[:ABOUT]->(p:Project) RETURN p
  UNION
  MATCH (this)<-[:PART_OF]-(:AgendaItem)-[:ABOUT]->(p:Project) RETURN p
}
WITH DISTINCT p
ORDER BY p.name
RETURN p AS project
