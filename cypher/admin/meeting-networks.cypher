// The networks of one meeting, with whether each is a candidate (a network the vocabulary
// lacks, named in the note's title), and every candidate network left in the graph.
// params:  $meetingId: string
// returns: one row: networks (list of map {name, candidate}), candidates (list of string)
CALL () {
  MATCH (:Meeting {id: $meetingId})-[:OF_NETWORK]->(n:Network)
  WITH n ORDER BY n.name
  RETURN collect({name: n.name, candidate: coalesce(n.candidate, false)}) AS networks
}
CALL () {
  MATCH (n:Network {candidate: true})
  WITH n ORDER BY n.name
  RETURN collect(n.name) AS candidates
}
RETURN networks, candidates
