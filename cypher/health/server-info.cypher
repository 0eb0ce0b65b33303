// The server's version and edition, for the health check and the start-up log.
// params:
// returns: one row: name, version, edition
CALL dbms.components() YIELD name, versions, edition
RETURN name, versions[0] AS version, edition
