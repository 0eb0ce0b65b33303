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
const POM = path.join(LAUNCHER_DIR, 'pom.xml');
const STAMP = path.join(LIB_DIR, '.pom-sha256');

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

/** Fetches the Neo4j and APOC jars with Maven unless lib/ already matches pom.xml. */
export async function ensureJars(progress: (message: string) => void = () => {}): Promise<void> {
  const wanted = createHash('sha256').update(await readFile(POM)).digest('hex');
  if (existsSync(STAMP) && (await readFile(STAMP, 'utf8')).trim() === wanted) return;
  progress('fetching Neo4j and APOC jars from Maven Central (first start only)');
  await rm(LIB_DIR, { recursive: true, force: true });
  try {
    await run('mvn', ['-q', '-B', '-f', POM, 'dependency:copy-dependencies', `-DoutputDirectory=${LIB_DIR}`, '-DincludeScope=runtime'], {
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
