// `neighborhood`: breadth-first from the start entities, one step per statement inside one
// read transaction, nearest first, so that `limit` keeps what is closest.
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

interface StepRow {
  sourceEid: string;
  neighborEid: string;
  startEid: string;
  type: string;
  year: number | null;
  excerpt: string | null;
  docId: string | null;
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
        const seen = new Set(starts.map((s) => s.eid));
        const facts: FactRow[] = [];
        let frontier = [...seen];
        let truncated = false;
        for (let step = 0; step < depth && frontier.length > 0 && !truncated; step++) {
          // Each row is one fact; a row cap well above the node limit bounds the work.
          const cap = limit * 20;
          const rows = (await tx.run('api/neighborhood-step', { frontier, types: args.types ?? [], from, to, cap })) as unknown as StepRow[];
          if (rows.length >= cap) truncated = true;
          const next: string[] = [];
          for (const row of rows) {
            const endEid = row.startEid === row.sourceEid ? row.neighborEid : row.sourceEid;
            facts.push({ startEid: row.startEid, endEid, type: row.type, year: row.year, excerpt: row.excerpt, docId: row.docId });
            if (seen.has(row.neighborEid)) continue;
            if (seen.size >= limit) {
              truncated = true;
              continue;
            }
            seen.add(row.neighborEid);
            next.push(row.neighborEid);
          }
          frontier = next;
        }
        const nodes = await canvasNodes(tx, [...seen]);
        return { nodes: [...nodes.values()], edges: collapseEdges(facts, nodes), truncated };
      });
    },
  },
};
