// Starts (or reuses) the project's own Neo4j: Community Edition jars from Maven Central,
// run on the machine's Java by Launcher.java, Bolt on 127.0.0.1 only.
import { spawn } from 'node:child_process';
import { createWriteStream, existsSync } from 'node:fs';
import { copyFile, mkdir, readFile, readdir, rm } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import path from 'node:path';
import { CLASSES_DIR, ensureJars, javaMajorVersion, LIB_DIR, LocalNeo4jError } from './prerequisites.js';
import { isPortFree } from './ports.js';

export { LocalNeo4jError };

export interface LocalNeo4jOptions {
  /** Home folder of the database: data, logs, plugins and the launcher's marker file. */
  dataDir: string;
  /** Bolt port on 127.0.0.1. */
  boltPort: number;
  /** When set, authentication is on and user `neo4j` gets this password. */
  password?: string | undefined;
  /** JVM heap, e.g. `1g`. */
  heap: string;
  /** Page cache, e.g. `512m`. */
  pageCache: string;
  /** How long to wait for Bolt before giving up. */
  startTimeoutMs?: number;
  /** Progress messages (fetching jars, starting); defaults to silence. */
  onProgress?: (message: string) => void;
}

export interface LocalNeo4j {
  uri: string;
  /** True when a database already running on this data folder was reused. */
  reused: boolean;
  pid: number;
  logFile: string;
  /** Stops the process if this call started it; a reused database is left running. */
  stop(): Promise<void>;
}

// The flags Neo4j 5's own neo4j.conf passes to the JVM (server.jvm.additional), except the
// collector; without the --add-opens ones Java 17 refuses Neo4j's reflective access at start.
const JVM_FLAGS = [
  // The throughput collector rather than neo4j.conf's G1: G1's concurrent marking and
  // remembered-set refinement threads compete for the same few cores as the statements,
  // while the throughput collector only works in its (short, young-generation) pauses.
  // bench:ingest --import-only --sizes 10000: Neo4j CPU 95 → 79 s, 90.9 → 82.5 s (the serial
  // collector: 84 s of CPU, 88.4 s).
  '-XX:+UseParallelGC',
  '-XX:-OmitStackTraceInFastThrow',
  '-XX:+UnlockExperimentalVMOptions',
  '-XX:+TrustFinalNonStaticFields',
  '-XX:+DisableExplicitGC',
  '-Djdk.nio.maxCachedBufferSize=1024',
  '-Dio.netty.tryReflectionSetAccessible=true',
  '-Dlog4j2.disable.jmx=true',
  '--add-opens=java.base/java.nio=ALL-UNNAMED',
  '--add-opens=java.base/java.io=ALL-UNNAMED',
  '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
  '--enable-native-access=ALL-UNNAMED',
  // Inline less into C2-compiled methods (defaults 325 bytecodes and 2500 bytes of code). In a
  // freshly started JVM, C2 compiling Neo4j's write path with deep inlining was the largest
  // single cost of an import: hot kernel methods came out at 50–80 KB each and were compiled
  // several times over. With these limits C2 used half the CPU (39 → 20 s in a 4,000-note
  // import) and statements once warm ran as fast as before (4.5 s per 1,000 notes); Neo4j's
  // CPU for 10,000 notes went 131 → 107 s. bench:api's raw reads used no more CPU per request.
  '-XX:FreqInlineSize=100',
  '-XX:InlineSmallCode=1000',
];

/** Starts Neo4j on `dataDir`, or returns the one already running there. */
export async function startLocalNeo4j(options: LocalNeo4jOptions): Promise<LocalNeo4j> {
  const progress = options.onProgress ?? (() => {});
  const home = path.resolve(options.dataDir);
  const logFile = path.join(home, 'logs', 'launcher.log');

  const running = await findRunning(home);
  if (running) {
    progress(`reusing Neo4j already running on ${home} (pid ${running.pid})`);
    return { uri: `bolt://127.0.0.1:${running.port}`, reused: true, pid: running.pid, logFile, stop: async () => {} };
  }

  const java = await javaMajorVersion();
  if (java < 17) throw new LocalNeo4jError(`Java ${java} found; Neo4j 5.26 needs Java 17 or 21. Install openjdk-17-jre-headless and put it first on PATH.`);
  await ensureJars(progress);
  if (!(await isPortFree(options.boltPort))) {
    throw new LocalNeo4jError(`port ${options.boltPort} is taken by another program; stop it or set NEO4J_BOLT_PORT to a free port.`);
  }
  await installPlugins(path.join(home, 'plugins'));
  await mkdir(path.dirname(logFile), { recursive: true });

  progress(`starting Neo4j on bolt://127.0.0.1:${options.boltPort} (data in ${home}, log in ${logFile})`);
  const child = spawn(
    'java',
    [
      `-Xmx${options.heap}`,
      ...JVM_FLAGS,
      `-Dneo4j.pagecacheMb=${toMegabytes(options.pageCache)}`,
      `-Dneo4j.pluginDir=${path.join(home, 'plugins')}`,
      '-cp',
      `${CLASSES_DIR}${path.delimiter}${LIB_DIR}/*`,
      'Launcher',
      home,
      String(options.boltPort),
    ],
    {
      stdio: ['ignore', 'pipe', 'pipe'],
      // Its own process group: Ctrl-C reaches Node only, which closes its connections first
      // and then stops the database, instead of both dying at once.
      detached: true,
      // The password goes through the environment so that it does not show in `ps`.
      env: { ...process.env, NEO4J_PASSWORD: options.password ?? '' },
    },
  );
  const log = createWriteStream(logFile, { flags: 'a' });
  child.stderr.pipe(log, { end: false });

  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  await waitForReady(child.stdout, log, exited, options.startTimeoutMs ?? 120_000, { home, port: options.boltPort, logFile });

  const pid = child.pid ?? -1;
  const stop = async (): Promise<void> => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 30_000);
    await exited;
    clearTimeout(timer);
    log.end();
  };
  return { uri: `bolt://127.0.0.1:${options.boltPort}`, reused: false, pid, logFile, stop };
}

async function waitForReady(
  stdout: NodeJS.ReadableStream,
  log: NodeJS.WritableStream,
  exited: Promise<number | null>,
  timeoutMs: number,
  where: { home: string; port: number; logFile: string },
): Promise<void> {
  const lines = createInterface({ input: stdout });
  const verdict = new Promise<string>((resolve) => {
    lines.on('line', (line) => {
      log.write(`${line}\n`);
      if (line.startsWith('READY') || line.startsWith('FAILED')) resolve(line);
    });
  });
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<string>((resolve) => {
    timer = setTimeout(() => resolve('TIMEOUT'), timeoutMs);
  });
  const outcome = await Promise.race([verdict, timeout, exited.then((code) => `EXITED ${code}`)]);
  clearTimeout(timer);
  if (outcome.startsWith('READY')) return;
  // A crash before a verdict (a JVM option refused, a compile error) explains itself in the log.
  const detail = outcome.startsWith('EXITED') ? `${outcome}: ${await logTail(where.logFile)}` : outcome;
  throw new LocalNeo4jError(explainFailure(detail, where));
}

async function logTail(logFile: string): Promise<string> {
  const text = await readFile(logFile, 'utf8').catch(() => '');
  return text.trim().split('\n').slice(-6).join(' | ');
}

// Turns the launcher's last word into what the user should do about it.
function explainFailure(outcome: string, where: { home: string; port: number; logFile: string }): string {
  const see = `See ${where.logFile}.`;
  if (/lock/i.test(outcome)) {
    return `the database in ${where.home} is locked by another process (another Neo4j on the same NEO4J_DATA_DIR?). Stop that process or choose another NEO4J_DATA_DIR. ${see}`;
  }
  if (/address already in use|bind/i.test(outcome)) {
    return `port ${where.port} is taken; set NEO4J_BOLT_PORT to a free port. ${see}`;
  }
  if (outcome === 'TIMEOUT') return `Neo4j did not answer on port ${where.port} in time. ${see}`;
  return `Neo4j failed to start: ${outcome.replace(/^FAILED /, '')}. ${see}`;
}

// A marker written by a live launcher means the database is up; a stale one is removed.
async function findRunning(home: string): Promise<{ pid: number; port: number } | undefined> {
  const marker = path.join(home, 'launcher.json');
  if (!existsSync(marker)) return undefined;
  const { pid, port } = JSON.parse(await readFile(marker, 'utf8')) as { pid: number; port: number };
  if (isAlive(pid) && !(await isPortFree(port))) return { pid, port };
  await rm(marker, { force: true });
  return undefined;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: alive but someone else's; ESRCH: gone.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

// Procedures are loaded only from the plugin folder, so APOC is copied there as well.
async function installPlugins(pluginDir: string): Promise<void> {
  await mkdir(pluginDir, { recursive: true });
  const jars = (await readdir(LIB_DIR)).filter((name) => /^apoc-.*\.jar$/.test(name));
  await Promise.all(jars.map((jar) => copyFile(path.join(LIB_DIR, jar), path.join(pluginDir, jar))));
}

function toMegabytes(size: string): number {
  const amount = Number.parseInt(size, 10);
  const unit = size.slice(-1).toLowerCase();
  return unit === 'g' ? amount * 1024 : unit === 'k' ? Math.max(1, Math.round(amount / 1024)) : amount;
}
