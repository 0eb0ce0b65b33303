// The canvas's shapes: nodes with their years, and edges that collapse the several stored
// facts between one pair (one per note) into one line with every year and one excerpt.
import type { Tx } from '../../db/database.js';

/** Facts of one kind between two nodes: one stored fact, or several aggregated in Cypher. */
export interface FactRow {
  startEid: string;
  endEid: string;
  type: string;
  years: number[];
  /** How many stored facts the row stands for. */
  count: number;
  excerpt: string | null;
  docId: string | null;
}

export interface CanvasNode {
  id: string;
  type: string;
  label: string;
  properties: Record<string, unknown>;
  years: number[];
}

export interface CanvasEdge {
  id: string;
  source: string;
  target: string;
  type: string;
  years: number[];
  excerpt: string | null;
  docId: string | null;
  count: number;
}

// Long or internal properties stay off the canvas: the text is fetched with document(id:).
const HIDDEN = ['text', 'searchText', 'nameKey', 'nameForms', 'nameFormCounts', 'surfaces', 'factYears'];

/** Canvas nodes for these element ids, in the order given, keyed by element id. */
export async function canvasNodes(tx: Tx, eids: string[]): Promise<Map<string, CanvasNode>> {
  // The hidden keys are dropped in Cypher, so a note's text never crosses the wire.
  const rows = await tx.run('api/canvas-nodes', { eids, hidden: HIDDEN });
  const byEid = new Map<string, CanvasNode>();
  for (const row of rows) {
    const properties = row.properties as Record<string, unknown>;
    byEid.set(String(row.eid), { id: String(row.id), type: String(row.type), label: String(row.label), properties, years: (row.years as number[]) ?? [] });
  }
  return new Map(eids.filter((eid) => byEid.has(eid)).map((eid) => [eid, byEid.get(eid)!]));
}

/** Facts grouped into edges between the given nodes; facts touching other nodes are dropped. */
export function collapseEdges(facts: FactRow[], nodes: Map<string, CanvasNode>): CanvasEdge[] {
  const edges = new Map<string, CanvasEdge>();
  for (const fact of facts) {
    const source = nodes.get(fact.startEid);
    const target = nodes.get(fact.endEid);
    if (!source || !target) continue;
    const id = `${source.id}|${fact.type}|${target.id}`;
    const edge = edges.get(id) ?? { id, source: source.id, target: target.id, type: fact.type, years: [], excerpt: null, docId: null, count: 0 };
    edge.count += fact.count;
    for (const year of fact.years) if (!edge.years.includes(year)) edge.years.push(year);
    if (!edge.excerpt && fact.excerpt) {
      edge.excerpt = fact.excerpt;
      edge.docId = fact.docId;
    }
    edges.set(id, edge);
  }
  for (const edge of edges.values()) edge.years.sort((a, b) => a - b);
  return [...edges.values()];
}
