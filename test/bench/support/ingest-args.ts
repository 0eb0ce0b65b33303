// The ingest benchmark's command line. --import-only, --extract-only and --sizes exist for
// before/after comparisons on a shared machine: several short runs of the part being changed.

export interface IngestArgs {
  quick: boolean;
  /** Skip the extraction passes. */
  importOnly: boolean;
  /** Only the extraction passes: no database is started. */
  extractOnly: boolean;
  /** Note counts to import, each into an empty database. */
  sizes: number[];
}

const USAGE = 'usage: bench:ingest [-- --quick] [--import-only | --extract-only] [--sizes 1000,10000]';

/** Reads the arguments; an unknown or malformed one stops the run with the usage. */
export function parseIngestArgs(argv: string[], defaults: { sizes: number[]; quickSizes: number[] }): IngestArgs {
  let quick = false;
  let importOnly = false;
  let extractOnly = false;
  let sizes: number[] | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--quick') quick = true;
    else if (arg === '--import-only') importOnly = true;
    else if (arg === '--extract-only') extractOnly = true;
    else if (arg === '--sizes' || arg.startsWith('--sizes=')) {
      const value = arg === '--sizes' ? (argv[++i] ?? '') : arg.slice('--sizes='.length);
      sizes = value.split(',').map(Number);
      if (sizes.some((n) => !Number.isSafeInteger(n) || n <= 0)) throw new Error(`--sizes takes positive whole numbers separated by commas, not '${value}'; ${USAGE}`);
    } else throw new Error(`unknown argument ${arg}; ${USAGE}`);
  }
  if (importOnly && extractOnly) throw new Error(`--import-only and --extract-only exclude each other; ${USAGE}`);
  return { quick, importOnly, extractOnly, sizes: sizes ?? (quick ? defaults.quickSizes : defaults.sizes) };
}
