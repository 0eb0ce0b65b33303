// Settings, read from the environment once and checked as a whole. Nothing else in the
// project reads process.env: every module takes what it needs from `Config`.
import { z } from 'zod';

const port = z.coerce.number().int().min(1).max(65_535);
const memory = z.string().regex(/^\d+[kmg]$/i, 'a size such as 512m or 2g');
const optional = z.string().trim().min(1).optional();

const schema = z.object({
  // Unset: the project starts its own Neo4j (neo4j/); set: the app uses that server only.
  NEO4J_URI: z.string().trim().regex(/^(bolt|neo4j)(\+s|\+ssc)?:\/\/.+/, 'a bolt:// or neo4j:// URI').optional(),
  NEO4J_USERNAME: z.string().default('neo4j'),
  NEO4J_PASSWORD: optional,
  NEO4J_DATABASE: z.string().default('neo4j'),
  NEO4J_BOLT_PORT: port.default(7687),
  NEO4J_DATA_DIR: z.string().default('.data/neo4j'),
  NEO4J_HEAP: memory.default('1g'),
  NEO4J_PAGECACHE: memory.default('512m'),
  // 0 lets the operating system pick a free port (tests, benchmarks).
  PORT: z.coerce.number().int().min(0).max(65_535).default(4000),
  HOST: z.string().default('127.0.0.1'),
  API_TOKEN: optional,
  QUERY_TIMEOUT_MS: z.coerce.number().int().min(100).default(15_000),
  WRITE_TIMEOUT_MS: z.coerce.number().int().min(100).default(600_000),
  // Answers to read queries kept in memory (0 turns it off); how often the server asks Neo4j
  // whether another process changed the graph (changes made here clear the cache at once;
  // 0 turns the check off); and the longest an answer is kept in any case.
  RESPONSE_CACHE_MB: z.coerce.number().int().min(0).default(64),
  RESPONSE_CACHE_CHECK_S: z.coerce.number().min(0).default(1),
  RESPONSE_CACHE_TTL_S: z.coerce.number().int().min(1).default(600),
  SEED_DIR: z.string().default('seed/corpus'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
});

export type Config = z.infer<typeof schema>;

/** Thrown with every invalid variable listed, so one run shows all there is to fix. */
export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** Reads the configuration; values passed in `overrides` win over the environment. */
export function readConfig(
  env: Record<string, string | undefined> = process.env,
  overrides: Partial<Record<keyof Config, string | number>> = {},
): Config {
  const merged: Record<string, unknown> = {};
  for (const key of Object.keys(schema.shape)) {
    const value = key in overrides ? overrides[key as keyof Config] : env[key];
    // An empty variable means "not set", as shells make it easy to export one by accident.
    if (value !== undefined && value !== '') merged[key] = value;
  }
  const parsed = schema.safeParse(merged);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`));
  }
  return parsed.data;
}
