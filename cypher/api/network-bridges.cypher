// networkBridges: people who attended meetings of both networks, with those meetings, and
// whether they reached one of the two only through joint meetings (a weaker link than someone
// who attends each network's own meetings).
// params:  $networkA: string, $networkB: string
// returns: many rows: id, name, meetingsA, meetingsB, jointOnly
MATCH (na:Network {id: $networkA})<-[:OF_NETWORK]-(ma:Meeting)<-[:ATTENDED]-(p:Person)
WITH na, p, collect(DISTINCT ma) AS msA
MATCH (nb:Network {id: $networkB})<-[:OF_NETWORK]-(mb:Meeting)<-[:ATTENDED]-(p)
WITH na, nb, p, msA, collect(DISTINCT mb) AS msB
WITH p, msA, msB,
  NOT (any(m IN msA WHERE NOT EXISTS { (m)-[:OF_NETWORK]->(nb) }) AND any(m IN msB WHERE NOT EXISTS { (m)-[:OF_NETWORK]->(na) })) AS jointOnly
ORDER BY jointOnly, p.name
RETURN p.id AS id, p.name AS name,
  [m IN apoc.coll.sortNodes(msA, '^date') | {id: m.id, title: coalesce(m.title, m.name), date: m.date, year: m.year, dateInferred: m.dateInferred}] AS meetingsA,
  [m IN apoc.coll.sortNodes(msB, '^date') | {id: m.id, title: coalesce(m.title, m.name), date: m.date, year: m.year, dateInferred: m.dateInferred}] AS meetingsB,
  jointOnly
