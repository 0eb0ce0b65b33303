// networkBridges: people who attended meetings of both networks, with those meetings, and
// whether all of them were joint meetings of the two (a weaker link than separate ones).
// params:  $networkA: string, $networkB: string
// returns: many rows: id, name, meetingsA, meetingsB, jointOnly
MATCH (na:Network {id: $networkA})<-[:OF_NETWORK]-(ma:Meeting)<-[:ATTENDED]-(p:Person)
WITH na, p, collect(DISTINCT ma) AS msA
MATCH (nb:Network {id: $networkB})<-[:OF_NETWORK]-(mb:Meeting)<-[:ATTENDED]-(p)
WITH na, nb, p, msA, collect(DISTINCT mb) AS msB
WITH p, msA, msB, all(m IN msA + msB WHERE EXISTS { (m)-[:OF_NETWORK]->(na) } AND EXISTS { (m)-[:OF_NETWORK]->(nb) }) AS jointOnly
ORDER BY jointOnly, p.name
RETURN p.id AS id, p.name AS name,
  [m IN apoc.coll.sortNodes(msA, '^date') | {id: m.id, title: coalesce(m.title, m.name), date: m.date, year: m.year, dateInferred: m.dateInferred}] AS meetingsA,
  [m IN apoc.coll.sortNodes(msB, '^date') | {id: m.id, title: coalesce(m.title, m.name), date: m.date, year: m.year, dateInferred: m.dateInferred}] AS meetingsB,
  jointOnly
