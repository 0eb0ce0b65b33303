// `participation`: the municipalities × projects matrix; the evidence sentences of a cell
// are read only when the query asks for them.
import type { GraphQLContext } from '../context.js';
import { checkPageSize } from '../inputs.js';

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
      const rows = await db.read('api/participation', { projectIds: args.projectIds ?? [], municipalityIds: args.municipalityIds ?? [], first });
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
