// Structured JSON logs on stderr, so that stdout stays free for command output (extract).
import { pino, type Logger } from 'pino';

export type { Logger };

/** A logger at the given level; child loggers carry a `component` field. */
export function createLogger(level: string = 'info'): Logger {
  return pino({ level, base: undefined, timestamp: pino.stdTimeFunctions.isoTime }, pino.destination(2));
}
