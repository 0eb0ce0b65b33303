// The graph's constraints and indexes. Applied at every start; each statement is
// idempotent (IF NOT EXISTS). Community Edition allows property uniqueness only.

CREATE CONSTRAINT document_id IF NOT EXISTS FOR (n:Document) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT meeting_id IF NOT EXISTS FOR (n:Meeting) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT agenda_item_id IF NOT EXISTS FOR (n:AgendaItem) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT person_id IF NOT EXISTS FOR (n:Person) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT municipality_id IF NOT EXISTS FOR (n:Municipality) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT organization_id IF NOT EXISTS FOR (n:Organization) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT network_id IF NOT EXISTS FOR (n:Network) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT project_id IF NOT EXISTS FOR (n:Project) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT theme_id IF NOT EXISTS FOR (n:Theme) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT candidate_id IF NOT EXISTS FOR (n:Candidate) REQUIRE n.id IS UNIQUE;
CREATE INDEX meeting_date IF NOT EXISTS FOR (n:Meeting) ON (n.date);
CREATE INDEX meeting_year IF NOT EXISTS FOR (n:Meeting) ON (n.year);
CREATE INDEX person_name_key IF NOT EXISTS FOR (n:Person) ON (n.nameKey);
// Facts not hanging off a document's own meeting are found by their source when the
// document is replaced.
CREATE INDEX represents_doc IF NOT EXISTS FOR ()-[r:REPRESENTS]-() ON (r.docId);
CREATE INDEX participates_doc IF NOT EXISTS FOR ()-[r:PARTICIPATES_IN]-() ON (r.docId);
CREATE INDEX relates_doc IF NOT EXISTS FOR ()-[r:RELATES_TO]-() ON (r.docId);
CREATE INDEX seen_in_doc IF NOT EXISTS FOR ()-[r:SEEN_IN]-() ON (r.docId);
// One index over every kind a user searches for. `searchText` holds the name, the aliases
// and their forms without diacritics, so "goteborg" finds Göteborg.
CREATE FULLTEXT INDEX entity_search IF NOT EXISTS
FOR (n:Person|Municipality|Organization|Network|Project|Theme|Meeting|Document)
ON EACH [n.name, n.searchText]
OPTIONS { indexConfig: { `fulltext.analyzer`: 'swedish', `fulltext.eventually_consistent`: false } };
CREATE FULLTEXT INDEX excerpt_search IF NOT EXISTS
FOR (n:AgendaItem) ON EACH [n.title, n.excerpt]
OPTIONS { indexConfig: { `fulltext.analyzer`: 'swedish' } };
// A note's whole text, for `search(types: [Document])`: words no vocabulary knows.
CREATE FULLTEXT INDEX document_text IF NOT EXISTS
FOR (n:Document) ON EACH [n.text]
OPTIONS { indexConfig: { `fulltext.analyzer`: 'swedish', `fulltext.eventually_consistent`: false } };
