// The one place where driver errors become application errors: constraint violations are
// conflicts, timeouts are timeouts, an unreachable server is UNAVAILABLE, and anything else
// is INTERNAL with the detail logged but not sent to the caller.
import { Neo4jError } from 'neo4j-driver';
import { AppError, ErrorCode } from '../errors/error-codes.js';
import type { Logger } from '../logger.js';

/**
 * Translates an error from Neo4j into an AppError. Errors that did not come from the driver
 * (a bug in the calling code, an AppError it threw on purpose) pass through unchanged.
 */
export function translateDriverError(error: unknown, context: { query: string; mode: 'read' | 'write'; logger: Logger }): unknown {
  if (!(error instanceof Neo4jError)) return error;
  const code = error.code ?? '';
  if (code === 'Neo.ClientError.Schema.ConstraintValidationFailed') {
    return new AppError(ErrorCode.CONFLICT, 'that change conflicts with data already in the graph', { query: context.query });
  }
  if (code.startsWith('Neo.ClientError.Transaction.TransactionTimedOut') || code === 'Neo.TransientError.Transaction.Terminated') {
    const message =
      context.mode === 'read'
        ? 'the query took too long and was stopped; narrow it (fewer ids, a smaller depth or limit, a shorter time range)'
        : 'the change took longer than WRITE_TIMEOUT_MS allows and was rolled back; nothing of it was written. Try again when the database is less busy, or raise WRITE_TIMEOUT_MS';
    return new AppError(ErrorCode.TIMEOUT, message, { query: context.query });
  }
  if (code === 'ServiceUnavailable' || code === 'SessionExpired') {
    return new AppError(ErrorCode.UNAVAILABLE, 'the database cannot be reached right now; try again shortly', { query: context.query });
  }
  context.logger.error({ err: error, query: context.query }, 'database error');
  return new AppError(ErrorCode.INTERNAL, 'an internal error occurred; it has been logged');
}
