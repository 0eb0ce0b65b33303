// `neighborhood`: breadth-first from the start entities, one step per statement inside one
// read transaction, nearest first, so that `limit` keeps what is closest. Each step returns
// one row per neighbour and kind of link (the facts aggregated in Cypher) and reads no more
// of a hub's links than the limit can use.
import type { Tx } from '../../db/database.js';
import type { GraphQLContext } from '../context.js';
import { checkPageSize, checkRange, checkYears } from '../inputs.js';
import { canvasNodes, collapseEdges, type FactRow } from './canvas.js';
import { requireEntities } from './entities-by-id.js';

interface NeighborhoodArgs {
  ids: string[];
  depth?: number | null;
  types?: string[] | null;
  from?: number | null;
  to?: number | null;
  limit?: number | null;
}

interface LinkRow {
  sourceEid: string;
  neighborEid: string;
  startEid: string;
  type: string;
  count: number;
  years: number[];
  excerpt: string | null;
  docId: string | null;
}

/**
 * Frontier nodes with at most this many links are read once, facts and all; hubs with more
 * (a municipality in thousands of notes) list only as many new neighbours as fit and have
 * those links read pair by pair (on the 1,000-note bench graph, about 75 db hits a pair).
 */
const SCAN_DEGREE = 5000;

export interface WalkOptions {
  depth: number;
  limit: number;
  types: string[];
  from: number | null;
  to: number | null;
}

/** Breadth-first from `startEids`: the element ids reached (at most `limit`) and the facts between them. */
export async function walkNeighborhood(tx: Tx, startEids: string[], options: WalkOptions): Promise<{ eids: string[]; facts: FactRow[]; truncated: boolean }> {
  const { depth, limit, types, from, to } = options;
  const seen = new Set(startEids);
  const facts: FactRow[] = [];
  let frontier = [...seen];
  let truncated = false;
  for (let step = 0; step < depth && frontier.length > 0 && !truncated; step++) {
    const room = Math.max(0, limit - seen.size);
    const current = new Set(frontier);
    const older = [...seen].filter((eid) => !current.has(eid));
    // room + 1 per source is enough to fill the room and to tell whether anything was left out.
    const [row] = await tx.run('api/neighborhood-step', { frontier, older, types, from, to, perSource: room + 1, room, scanDegree: SCAN_DEGREE });
    if (row?.truncated) truncated = true;
    const next: string[] = [];
    for (const link of (row?.links ?? []) as LinkRow[]) {
      const endEid = link.startEid === link.sourceEid ? link.neighborEid : link.sourceEid;
      facts.push({ startEid: link.startEid, endEid, type: link.type, years: link.years, count: link.count, excerpt: link.excerpt, docId: link.docId });
      if (seen.has(link.neighborEid)) continue;
      seen.add(link.neighborEid);
      next.push(link.neighborEid);
    }
    frontier = next;
  }
  return { eids: [...seen], facts, truncated };
}

export const neighborhoodResolvers = {
  Query: {
    neighborhood: async (_: unknown, args: NeighborhoodArgs, { db }: GraphQLContext) => {
      const depth = checkRange('depth', args.depth ?? 1, 1, 3);
      const limit = checkPageSize('limit', args.limit) ?? 300;
      const { from, to } = checkYears(args.from, args.to);
      checkRange('number of ids', args.ids.length, 1, 100);
      return db.readTx(async (tx) => {
        const starts = await requireEntities(tx, args.ids);
        const walk = await walkNeighborhood(tx, starts.map((s) => s.eid), { depth, limit, types: args.types ?? [], from, to });
        const nodes = await canvasNodes(tx, walk.eids);
        return { nodes: [...nodes.values()], edges: collapseEdges(walk.facts, nodes), truncated: walk.truncated };
      });
    },
  },
};
