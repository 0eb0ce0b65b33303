// Meeting.dateFrom: the first day its date may stand for ("2023-01" → "2023-01-01", "2019" →
// "2019-01-01"), so a range keeps meetings dated only to their month or year:
// meetings(where: { dateTo: { gte: "2023-01-01" }, dateFrom: { lt: "2023-04-01" } }).
// params:
// returns: one row: dateFrom
MATCH (this)
RETURN CASE size(this.date) WHEN 4 THEN this.date + '-01-01' WHEN 7 THEN this.date + '-01' ELSE this.date END AS dateFrom
