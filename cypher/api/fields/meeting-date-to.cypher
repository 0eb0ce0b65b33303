// Meeting.dateTo: the last day its date may stand for ("2023-01" → "2023-01-31", "2019" →
// "2019-12-31"); see meeting-date-from.
// params:
// returns: one row: dateTo
MATCH (this)
RETURN CASE size(this.date)
  WHEN 4 THEN this.date + '-12-31'
  WHEN 7 THEN toString(date(this.date + '-01') + duration('P1M') - duration('P1D'))
  ELSE this.date
END AS dateTo
