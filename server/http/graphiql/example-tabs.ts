// The console's opening tabs: one per question the explorer is built for.

export const exampleTabs = [
  {
    query: `# Which municipalities take part in Mini-Maria, and since when?
# search finds ids despite missing diacritics or typos; participation gives the years.
query MiniMaria {
  search(text: "mini maria", types: [Project], first: 3) { id name score }
  participation(projectIds: ["project:mini-maria"]) {
    municipality { name }
    firstYear
    lastYear
    evidenceCount
    evidence(first: 3) { date excerpt }
  }
}`,
  },
  {
    query: `# Trace the theme Hållbar socialtjänst (SoU 2020:47) through every meeting, oldest first,
# with the sentence that shows it, and where it recurs (networks × years).
query HallbarSocialtjanst {
  theme(id: "theme:hallbar-socialtjanst") {
    name
    history { date dateInferred networks itemTitle excerpt }
  }
  recurrence(id: "theme:hallbar-socialtjanst") { years cells { networkName year meetings } }
}`,
  },
  {
    query: `# Who from Kungälv has attended, and which people link IFO and Funktionsstöd?
query KungalvAndBridges {
  municipality(id: "municipality:1482") {
    name
    people { name meetingCount networks { name } }
    meetingsByYear { year meetings }
  }
  networkBridges(networkA: "network:ifo-chefsnatverket", networkB: "network:fh-chefsnatverket") {
    person { name }
    jointOnly
  }
}`,
  },
  {
    query: `# The generated entity API: filter, sort, page with cursors, aggregate.
# Here: people at three or more meetings, and meetings of the IFO network by date.
query EntityApi {
  people(where: { meetingCount: { gte: 3 } }, sort: [{ meetingCount: DESC }]) { name meetingCount }
  meetingsConnection(first: 10, sort: [{ date: ASC }], where: { networks: { some: { name: { startsWith: "IFO" } } } }) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { node { id date dateInferred title } }
  }
}`,
  },
  {
    query: `# Follow-up questions in one request, each a field that filters and sorts:
# meetings that discussed Yrkesresan anywhere on the agenda (Meeting.about is meeting-level only),
# themes by how many meetings discussed them, a person's networks per year and presentations,
# an agenda item's whole text (decisions included) and the possible duplicates to curate.
query FollowUps {
  meetings(where: { projects: { some: { id: { eq: "project:yrkesresan" } } } }, sort: [{ date: ASC }]) {
    date
    networks { name }
    municipalities { name }
  }
  themes(sort: [{ meetingCount: DESC }, { name: ASC }], limit: 5) { name meetingCount years }
  person(id: "person:anna-melke") {
    networksByYear { networkName year meetings }
    presentations { date networks itemTitle }
  }
  agendaItems(where: { title: { contains: "yttrande" } }) { title meeting { date } text }
  possibleDuplicates { score reasons a { person { id } affiliations } b { person { id } affiliations } }
}`,
  },
  {
    query: `# The canvas: a neighbourhood (depth ≤ 3, years filter meetings) and shortest connections.
query Canvas {
  neighborhood(ids: ["project:yrkesresan"], depth: 2, from: 2019, to: 2023, limit: 100) {
    truncated
    nodes { id type label years }
    edges { source target type years excerpt }
  }
  connections(from: "person:juan-navas", to: "person:ebba-gierow", maxLength: 4) {
    length
    nodes { id label }
    meetings { id date }
  }
}`,
  },
  {
    query: `# Curation needs the API token: add {"Authorization": "Bearer <API_TOKEN>"} under Headers.
mutation AddAlias {
  addAlias(personId: "person:jorgen-larzon", alias: "J. Larzon") { person { id name aliases } message }
}`,
  },
];
