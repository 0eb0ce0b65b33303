// Resolving ids to entities, whatever their kind; an unknown id is a NOT_FOUND that names it.
import type { Tx } from '../../db/database.js';
import { AppError, ErrorCode } from '../../errors/error-codes.js';
import type { GraphQLContext } from '../context.js';

export interface EntityRow {
  eid: string;
  id: string;
  type: string;
  name: string;
}

/** The entities for `ids`, in the order given; throws NOT_FOUND listing every unknown id. */
export async function requireEntities(tx: Tx, ids: string[]): Promise<EntityRow[]> {
  const rows = (await tx.run('api/nodes-by-ids', { ids })) as unknown as EntityRow[];
  const byId = new Map(rows.map((row) => [row.id, row]));
  const missing = ids.filter((id) => !byId.has(id));
  if (missing.length > 0) {
    const list = missing.map((id) => `'${id}'`).join(', ');
    throw new AppError(ErrorCode.NOT_FOUND, `no entity with id ${list}; find ids with search(text:)`, { ids: missing });
  }
  return ids.map((id) => byId.get(id)!);
}

export const entityResolvers = {
  Query: {
    entity: async (_: unknown, args: { id: string }, { db }: GraphQLContext) =>
      db.readTx(async (tx) => {
        const [entity] = await requireEntities(tx, [args.id]);
        return { id: entity!.id, type: entity!.type, name: entity!.name };
      }),
  },
};
