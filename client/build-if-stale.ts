// `npm start` builds the explorer and the GraphQL console only when one of their sources has
// changed since the last build, so a later start skips Vite altogether. `npm run build:client`
// and `npm run build:graphiql` always build.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

const root = fileURLToPath(new URL('..', import.meta.url));

interface Target {
  name: string;
  configFile: string;
  outDir: string;
  /** Files and folders whose change calls for a new build. */
  inputs: string[];
}

const shared = ['package-lock.json', 'tsconfig.json'];
const targets: Target[] = [
  { name: 'explorer', configFile: 'vite.config.ts', outDir: 'dist/client', inputs: ['client', 'vite.config.ts', ...shared] },
  { name: 'GraphQL console', configFile: 'server/http/graphiql/vite.config.ts', outDir: 'dist/graphiql', inputs: ['server/http/graphiql', ...shared] },
];

const STAMP = '.sources-sha256';

function files(input: string): string[] {
  const full = path.join(root, input);
  if (!existsSync(full)) return [];
  if (!statSync(full).isDirectory()) return [full];
  return readdirSync(full, { recursive: true, encoding: 'utf8' })
    .map((entry) => path.join(full, entry))
    .filter((file) => statSync(file).isFile());
}

/** A digest of every input's path, size and modification time: cheap, and changes on any edit. */
function sourcesDigest(target: Target): string {
  const hash = createHash('sha256');
  for (const file of target.inputs.flatMap(files).sort()) {
    const { size, mtimeMs } = statSync(file);
    hash.update(`${path.relative(root, file)}\0${size}\0${mtimeMs}\n`);
  }
  return hash.digest('hex');
}

for (const target of targets) {
  const stamp = path.join(root, target.outDir, STAMP);
  const digest = sourcesDigest(target);
  if (existsSync(stamp) && readFileSync(stamp, 'utf8').trim() === digest) {
    console.error(`[build] ${target.name} is up to date in ${target.outDir}`);
    continue;
  }
  await build({ configFile: path.join(root, target.configFile), logLevel: 'warn' });
  writeFileSync(stamp, `${digest}\n`);
  console.error(`[build] ${target.name} built into ${target.outDir}`);
}
