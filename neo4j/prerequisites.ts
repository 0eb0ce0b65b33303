// What the local Neo4j needs from the machine: Java 17+, and the jars, which Maven fetches
// once into neo4j/lib (git-ignored) and fetches again only when pom.xml changes.
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readFile, rm, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

export const LAUNCHER_DIR = path.dirname(fileURLToPath(import.meta.url));
export const LIB_DIR = path.join(LAUNCHER_DIR, 'lib');
// The compiled launcher belongs to this checkout's Launcher.java, not to the jars: git worktrees
// may share one lib/ (it only follows pom.xml) while their launchers differ.
export const CLASSES_DIR = path.join(LAUNCHER_DIR, 'classes');
const POM = path.join(LAUNCHER_DIR, 'pom.xml');
const LAUNCHER_SOURCE = path.join(LAUNCHER_DIR, 'Launcher.java');
const STAMP = path.join(LIB_DIR, '.pom-sha256');
const CLASSES_STAMP = path.join(CLASSES_DIR, '.launcher-sha256');

const sha256 = async (file: string): Promise<string> => createHash('sha256').update(await readFile(file)).digest('hex');

/** A start that cannot succeed, with what to do about it. */
export class LocalNeo4jError extends Error {
  override name = 'LocalNeo4jError';
}

/** The major version of `java` on PATH; throws with install advice when there is none. */
export async function javaMajorVersion(): Promise<number> {
  let output: string;
  try {
    const { stdout, stderr } = await run('java', ['-version']);
    output = `${stderr}${stdout}`;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      throw new LocalNeo4jError('no `java` on PATH; install Java 17 or 21 (e.g. apt-get install openjdk-17-jre-headless), or set NEO4J_URI to use another Neo4j.');
    }
    throw error;
  }
  const match = /version "(\d+)(?:\.(\d+))?/.exec(output);
  if (!match) throw new LocalNeo4jError(`could not read the Java version from: ${output.trim()}`);
  // Java 8 and older report themselves as "1.x".
  return match[1] === '1' ? Number(match[2]) : Number(match[1]);
}

/** Fetches the jars (unless lib/ matches pom.xml) and compiles the launcher (unless unchanged). */
export async function ensureJars(progress: (message: string) => void = () => {}): Promise<void> {
  await fetchJars(progress);
  await compileLauncher();
}

// Compiled once rather than run as a source file, which would compile it on every start.
async function compileLauncher(): Promise<void> {
  const wanted = await sha256(LAUNCHER_SOURCE);
  if (existsSync(CLASSES_STAMP) && (await readFile(CLASSES_STAMP, 'utf8')).trim() === wanted) return;
  await rm(CLASSES_DIR, { recursive: true, force: true });
  try {
    await run('javac', ['-cp', `${LIB_DIR}/*`, '-d', CLASSES_DIR, LAUNCHER_SOURCE]);
  } catch (error) {
    const failure = error as NodeJS.ErrnoException & { stderr?: string };
    if (failure.code === 'ENOENT') throw new LocalNeo4jError('no `javac` on PATH; install a JDK 17 or 21 (e.g. apt-get install openjdk-17-jdk-headless).');
    throw new LocalNeo4jError(`could not compile neo4j/Launcher.java:\n${failure.stderr ?? failure.message}`);
  }
  await writeFile(CLASSES_STAMP, `${wanted}\n`);
}

async function fetchJars(progress: (message: string) => void): Promise<void> {
  const wanted = await sha256(POM);
  if (existsSync(STAMP) && (await readFile(STAMP, 'utf8')).trim() === wanted) return;
  progress('fetching Neo4j and APOC jars from Maven Central (first start only)');
  await rm(LIB_DIR, { recursive: true, force: true });
  try {
    // More download threads than Maven's default 5: the jars are ~100 MB in ~170 files.
    const args = ['-q', '-B', '-f', POM, 'dependency:copy-dependencies', `-DoutputDirectory=${LIB_DIR}`, '-DincludeScope=runtime', '-Daether.connector.basic.threads=16'];
    await run('mvn', args, {
      maxBuffer: 16 * 1024 * 1024,
    });
  } catch (error) {
    const failure = error as NodeJS.ErrnoException & { stdout?: string };
    if (failure.code === 'ENOENT') {
      throw new LocalNeo4jError('no `mvn` on PATH; install Maven 3.8+ (e.g. apt-get install maven), or set NEO4J_URI to use another Neo4j.');
    }
    throw new LocalNeo4jError(`Maven could not fetch the Neo4j jars:\n${failure.stdout ?? failure.message}`);
  }
  await writeFile(STAMP, `${wanted}\n`);
}
