// AgendaItem.text: the item's own lines of the note (lineStart..lineEnd) as imported, so what
// was decided or said further down an item can be read without fetching the whole document;
// `excerpt` is only the item's opening. Lines are cut the way the importer numbers them
// (\r\n and \r count as one line break).
// params:
// returns: one row: text
MATCH (this)-[:PART_OF]->(:Meeting)-[:RECORDED_IN]->(d:Document)
WHERE this.lineStart IS NOT NULL
WITH this, split(replace(replace(d.text, '\r\n', '\n'), '\r', '\n'), '\n') AS lines
RETURN trim(apoc.text.join(lines[this.lineStart - 1..coalesce(this.lineEnd, this.lineStart)], '\n')) AS text
LIMIT 1
