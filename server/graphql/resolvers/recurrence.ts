// `recurrence`: where a project or theme comes back, as networks × years with counts.
import { AppError, ErrorCode } from '../../errors/error-codes.js';
import type { GraphQLContext } from '../context.js';
import { requireEntities } from './entities-by-id.js';

interface CellRow {
  networkId: string | null;
  networkName: string | null;
  year: number | null;
  meetings: number;
  meetingIds: string[];
}

export const recurrenceResolvers = {
  Query: {
    recurrence: async (_: unknown, args: { id: string }, { db }: GraphQLContext) =>
      db.readTx(async (tx) => {
        const [subject] = await requireEntities(tx, [args.id]);
        if (subject!.type !== 'Project' && subject!.type !== 'Theme') {
          throw new AppError(ErrorCode.BAD_USER_INPUT, `'${args.id}' is a ${subject!.type}; recurrence needs a project or theme id`, { id: args.id });
        }
        const cells = (await tx.run('api/recurrence', { eid: subject!.eid })) as unknown as CellRow[];
        const networks = new Map<string, { id: string; type: string; name: string }>();
        for (const cell of cells) {
          if (cell.networkId) networks.set(cell.networkId, { id: cell.networkId, type: 'Network', name: cell.networkName ?? cell.networkId });
        }
        const years = [...new Set(cells.map((c) => c.year).filter((y): y is number => y !== null))].sort((x, y) => x - y);
        return {
          subject: { id: subject!.id, type: subject!.type, name: subject!.name },
          years,
          networks: [...networks.values()].sort((x, y) => x.name.localeCompare(y.name, 'sv')),
          cells,
          meetingCount: new Set(cells.flatMap((c) => c.meetingIds)).size,
        };
      }),
  },
};
