// Conversions at the driver boundary. Going in, whole numbers become Neo4j integers (a JS
// number is a float to Cypher, and `LIMIT 10.0` is an error). Coming out, integers become
// numbers, temporals ISO strings, and nodes and relationships plain objects.
import neo4j, { isDate, isDateTime, isDuration, isLocalDateTime, isLocalTime, isNode, isRelationship, isTime, isPath } from 'neo4j-driver';

export type Params = Record<string, unknown>;

/** Parameters as Cypher should see them. */
export function toCypherParams(params: Params): Params {
  return toCypher(params) as Params;
}

function toCypher(value: unknown): unknown {
  if (typeof value === 'number' && Number.isSafeInteger(value)) return neo4j.int(value);
  if (Array.isArray(value)) return value.map(toCypher);
  if (value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toCypher(v)]));
  }
  return value;
}

/** A record value as plain JSON-friendly data. */
export function fromCypher(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (neo4j.isInt(value)) {
    // Counts and years fit a double; an id that does not is kept exact as text.
    return value.inSafeRange() ? value.toNumber() : value.toString();
  }
  if (isDate(value) || isDateTime(value) || isLocalDateTime(value) || isTime(value) || isLocalTime(value) || isDuration(value)) {
    return value.toString();
  }
  if (isNode(value)) return { elementId: value.elementId, labels: value.labels, ...plainObject(value.properties) };
  if (isRelationship(value)) return { elementId: value.elementId, type: value.type, ...plainObject(value.properties) };
  if (isPath(value)) return value.segments.map((s) => ({ start: fromCypher(s.start), relationship: fromCypher(s.relationship), end: fromCypher(s.end) }));
  if (Array.isArray(value)) return value.map(fromCypher);
  if (typeof value === 'object') return plainObject(value as Record<string, unknown>);
  return value;
}

function plainObject(value: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, fromCypher(v)]));
}
