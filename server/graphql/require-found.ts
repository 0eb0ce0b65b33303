// The by-id root fields (`person(id:)`, …) are @cypher fields so that @neo4j/graphql resolves
// everything nested in them; their answer for an unknown id is null. This wraps them so an
// unknown id is a NOT_FOUND error that names it instead.
import { MapperKind, mapSchema } from '@graphql-tools/utils';
import { defaultFieldResolver, type GraphQLSchema } from 'graphql';
import { AppError, ErrorCode } from '../errors/error-codes.js';

/** The schema with `fields` of Query failing NOT_FOUND on a null answer. */
export function requireFound(schema: GraphQLSchema, fields: string[]): GraphQLSchema {
  const wanted = new Set(fields);
  return mapSchema(schema, {
    [MapperKind.QUERY_ROOT_FIELD]: (config, fieldName) => {
      if (!wanted.has(fieldName)) return config;
      const resolve = config.resolve ?? defaultFieldResolver;
      return {
        ...config,
        resolve: async (source, args, context, info) => {
          const result = await resolve(source, args, context, info);
          if (result === null || result === undefined) {
            throw new AppError(ErrorCode.NOT_FOUND, `no ${fieldName} with id '${String(args.id)}'; find ids with search(text:)`, { id: args.id });
          }
          return result;
        },
      };
    },
  });
}
