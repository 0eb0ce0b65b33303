// The curation mutations: thin wrappers over server/ingest, which owns the graph changes.
// Each needs the API token; the ingest functions raise NOT_FOUND and BAD_USER_INPUT themselves.
import { addAlias, mergePeople, splitPerson } from '../../ingest/curation.js';
import { importDocuments } from '../../ingest/import-documents.js';
import { AppError, ErrorCode } from '../../errors/error-codes.js';
import type { GraphQLContext } from '../context.js';
import { requireToken } from '../inputs.js';

// A note is a few hundred lines; anything near the HTTP body limit is not one.
const MAX_DOCUMENT_CHARS = 2_000_000;

export const curationResolvers = {
  Mutation: {
    mergePeople: async (_: unknown, args: { keepId: string; absorbIds: string[] }, context: GraphQLContext) => {
      requireToken(context);
      const person = await mergePeople(context.db, args.keepId, args.absorbIds);
      return { person, splitOff: null, affectedIds: [args.keepId, ...args.absorbIds], message: `merged ${args.absorbIds.join(', ')} into ${person.name}` };
    },
    splitPerson: async (_: unknown, args: { personId: string; alias: string }, context: GraphQLContext) => {
      requireToken(context);
      const { kept, split } = await splitPerson(context.db, args.personId, args.alias);
      return { person: kept, splitOff: split, affectedIds: [kept.id, split.id], message: `facts written as '${args.alias}' now belong to ${split.id}` };
    },
    addAlias: async (_: unknown, args: { personId: string; alias: string }, context: GraphQLContext) => {
      requireToken(context);
      const person = await addAlias(context.db, args.personId, args.alias);
      return { person, splitOff: null, affectedIds: [person.id], message: `'${args.alias}' is now an alias of ${person.name}` };
    },
    importDocument: async (_: unknown, args: { filename: string; text: string }, context: GraphQLContext) => {
      requireToken(context);
      const filename = args.filename.trim();
      if (!/^[^/\\]{1,200}$/.test(filename)) {
        throw new AppError(ErrorCode.BAD_USER_INPUT, 'filename must be a plain file name (no folders), at most 200 characters', { argument: 'filename' });
      }
      if (args.text.length > MAX_DOCUMENT_CHARS) {
        throw new AppError(ErrorCode.LIMIT_EXCEEDED, `the document has ${args.text.length} characters; at most ${MAX_DOCUMENT_CHARS} are accepted`);
      }
      const report = await importDocuments(context.db, [{ filename, content: args.text }], { logger: context.logger });
      return { ...report, raw: report };
    },
  },
};
