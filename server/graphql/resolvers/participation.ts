// `participation`: the municipalities × projects matrix; the evidence sentences of a cell
// are read only when the query asks for them.
import type { Tx } from '../../db/database.js';
import { AppError, ErrorCode } from '../../errors/error-codes.js';
import type { GraphQLContext } from '../context.js';
import { checkPageSize } from '../inputs.js';
import { requireEntities } from './entities-by-id.js';

interface ParticipationArgs {
  projectIds?: string[] | null;
  municipalityIds?: string[] | null;
  first?: number | null;
}

interface Cell {
  municipality: { id: string; type: string; name: string };
  project: { id: string; type: string; name: string };
}

export const participationResolvers = {
  Query: {
    participation: async (_: unknown, args: ParticipationArgs, { db }: GraphQLContext) => {
      const first = checkPageSize('first', args.first) ?? 1000;
      const projectIds = args.projectIds ?? [];
      const municipalityIds = args.municipalityIds ?? [];
      const rows = await db.readTx(async (tx) => {
        // An id that names nothing, or names another kind, would otherwise read as "takes part in nothing".
        await requireKind(tx, projectIds, 'Project', 'projectIds');
        await requireKind(tx, municipalityIds, 'Municipality', 'municipalityIds');
        return tx.run('api/participation', { projectIds, municipalityIds, first });
      });
      return rows.map((row) => ({
        municipality: { id: row.municipalityId, type: 'Municipality', name: row.municipalityName },
        project: { id: row.projectId, type: 'Project', name: row.projectName },
        firstYear: row.firstYear,
        lastYear: row.lastYear,
        evidenceCount: row.evidenceCount,
      }));
    },
  },
  ParticipationCell: {
    evidence: async (cell: Cell, args: { first?: number | null }, { db }: GraphQLContext) =>
      db.read('api/participation-evidence', { municipalityId: cell.municipality.id, projectId: cell.project.id, first: checkPageSize('first', args.first) ?? 20 }),
  },
};

/** Throws NOT_FOUND for unknown ids and BAD_USER_INPUT for ids of another kind than `type`. */
async function requireKind(tx: Tx, ids: string[], type: string, arg: string): Promise<void> {
  if (ids.length === 0) return;
  const wrong = (await requireEntities(tx, ids)).filter((e) => e.type !== type);
  if (wrong.length) {
    throw new AppError(ErrorCode.BAD_USER_INPUT, `${arg} takes ${type} ids; ${wrong.map((e) => `'${e.id}' is a ${e.type}`).join(', ')}`, { ids: wrong.map((e) => e.id) });
  }
}
