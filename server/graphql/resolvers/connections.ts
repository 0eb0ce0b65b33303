// `connections`: the shortest paths between two entities, drawn like the canvas, with the
// meetings along them (meetings on the path and those whose notes state its facts).
import { AppError, ErrorCode } from '../../errors/error-codes.js';
import type { GraphQLContext } from '../context.js';
import { checkPageSize, checkRange } from '../inputs.js';
import { canvasNodes, collapseEdges, type FactRow } from './canvas.js';
import { requireEntities } from './entities-by-id.js';

interface ConnectionsArgs {
  from: string;
  to: string;
  maxLength?: number | null;
  first?: number | null;
}

interface PathRow {
  nodeEids: string[];
  rels: (Omit<FactRow, 'years' | 'count'> & { year: number | null })[];
  meetingIds: string[];
}

export const connectionsResolvers = {
  Query: {
    connections: async (_: unknown, args: ConnectionsArgs, { db }: GraphQLContext) => {
      const maxLength = checkRange('maxLength', args.maxLength ?? 4, 1, 6);
      const first = checkPageSize('first', args.first) ?? 5;
      if (args.from === args.to) throw new AppError(ErrorCode.BAD_USER_INPUT, 'from and to are the same entity; give two different ids');
      return db.readTx(async (tx) => {
        const [a, b] = await requireEntities(tx, [args.from, args.to]);
        const paths = (await tx.run('api/shortest-paths', { fromEid: a!.eid, toEid: b!.eid, maxLength, first })) as unknown as PathRow[];
        const nodes = await canvasNodes(tx, [...new Set(paths.flatMap((p) => p.nodeEids))]);
        const meetings = await tx.run('api/meetings-by-ids', { ids: [...new Set(paths.flatMap((p) => p.meetingIds))] });
        return paths.map((path) => {
          const own = new Map(path.nodeEids.filter((eid) => nodes.has(eid)).map((eid) => [eid, nodes.get(eid)!]));
          const wanted = new Set(path.meetingIds);
          return {
            length: path.nodeEids.length - 1,
            nodes: [...own.values()],
            edges: collapseEdges(path.rels.map(({ year, ...rel }) => ({ ...rel, years: year === null ? [] : [year], count: 1 })), own),
            meetings: meetings.filter((m) => wanted.has(String(m.id))),
          };
        });
      });
    },
  },
};
