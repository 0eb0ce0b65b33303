// What an API error looks like to the caller: AppErrors keep their code and message;
// GraphQL's own validation errors keep theirs; anything else is an INTERNAL error whose
// detail goes to the log, never to the caller.
import type { GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { translateDriverError } from '../db/errors.js';
import { AppError, ErrorCode } from '../errors/error-codes.js';
import type { Logger } from '../logger.js';
import { LIMIT_MARKER } from './protection.js';

/** An Apollo `formatError` that logs what it hides. */
export function createErrorFormatter(logger: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    // Queries @neo4j/graphql generates run outside Database, so their driver errors
    // (a timeout above all) are translated here, the same way.
    const original = translateDriverError(unwrapResolverError(error), { query: 'generated entity query', mode: 'read', logger });
    if (original instanceof AppError) {
      return { ...formatted, message: original.message, extensions: { code: original.code, ...original.details } };
    }
    if (isLimitRejection(error)) return { ...formatted, extensions: { code: ErrorCode.LIMIT_EXCEEDED } };
    const code = formatted.extensions?.code;
    // Errors GraphQL and Apollo raise themselves (parse, validation, bad variables) are the caller's
    // to fix: the message says what is wrong; the server's stack trace would only bury it.
    if (typeof code === 'string' && code !== 'INTERNAL_SERVER_ERROR') {
      const { stacktrace: _stacktrace, ...extensions } = formatted.extensions ?? {};
      return { ...formatted, extensions };
    }
    logger.error({ err: original, path: formatted.path }, 'unexpected error in a resolver');
    return { message: 'an internal error occurred; it has been logged', path: formatted.path, extensions: { code: ErrorCode.INTERNAL } };
  };
}

// Apollo wraps validation errors; the armor rule's own error, marked in protection.ts, is inside.
function isLimitRejection(error: unknown): boolean {
  for (let e = error as { extensions?: Record<string, unknown>; originalError?: unknown } | undefined; e; e = e.originalError as typeof e) {
    if (e.extensions?.[LIMIT_MARKER]) return true;
  }
  return false;
}
