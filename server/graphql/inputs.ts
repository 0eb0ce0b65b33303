// Checks on arguments, with messages that say what to change.
import { AppError, ErrorCode } from '../errors/error-codes.js';
import type { GraphQLContext } from './context.js';

/** The largest page any list returns; larger `first`/`limit` values are refused. */
export const MAX_PAGE_SIZE = 1000;

/** Refuses a page size above MAX_PAGE_SIZE or below 1. */
export function checkPageSize(name: string, value: number | null | undefined): number | undefined {
  if (value === null || value === undefined) return undefined;
  if (value > MAX_PAGE_SIZE) {
    throw new AppError(ErrorCode.LIMIT_EXCEEDED, `${name} is ${value}, above the maximum page size of ${MAX_PAGE_SIZE}; ask for at most ${MAX_PAGE_SIZE} and page on`, {
      argument: name,
      max: MAX_PAGE_SIZE,
    });
  }
  if (value < 1) throw new AppError(ErrorCode.BAD_USER_INPUT, `${name} must be at least 1`, { argument: name });
  return value;
}

/** Refuses a year range that is reversed or outside plausible years. */
export function checkYears(from: number | null | undefined, to: number | null | undefined): { from: number | null; to: number | null } {
  for (const [name, year] of [['from', from], ['to', to]] as const) {
    if (year !== null && year !== undefined && (year < 1900 || year > 2100)) {
      throw new AppError(ErrorCode.BAD_USER_INPUT, `${name} is ${year}; give a year such as 2021`, { argument: name });
    }
  }
  if (from != null && to != null && from > to) {
    throw new AppError(ErrorCode.BAD_USER_INPUT, `the year range is reversed (from ${from} is after to ${to}); swap them`, { from, to });
  }
  return { from: from ?? null, to: to ?? null };
}

/** Refuses an integer outside [min, max]. */
export function checkRange(name: string, value: number, min: number, max: number): number {
  if (value < min || value > max) {
    const code = value > max ? ErrorCode.LIMIT_EXCEEDED : ErrorCode.BAD_USER_INPUT;
    throw new AppError(code, `${name} is ${value}; it must be between ${min} and ${max}`, { argument: name, min, max });
  }
  return value;
}

/** Mutations change the graph, so they need the API token. */
export function requireToken(context: GraphQLContext): void {
  if (!context.authorized) {
    throw new AppError(ErrorCode.UNAUTHENTICATED, 'changes need the API token: send it as the header `Authorization: Bearer <API_TOKEN>`');
  }
}
