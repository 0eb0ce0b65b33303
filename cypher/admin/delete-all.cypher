// Removes every node and relationship: used by tests between suites and by benchmarks.
// params:
// returns: nothing
MATCH (n) DETACH DELETE n
