// Builds the bench page with Vite (production mode, the app's React plugin) into a temporary
// folder and serves it on a free port; `stop()` closes the server and deletes the folder.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { build } from 'vite';

const pageRoot = fileURLToPath(new URL('.', import.meta.url));
const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml' };

export interface ServedPage {
  url: string;
  stop(): Promise<void>;
}

/** Builds test/bench/client/index.html and serves it on 127.0.0.1. */
export async function servePage(): Promise<ServedPage> {
  const outDir = await mkdtemp(path.join(os.tmpdir(), 'gr-explorer-bench-client-'));
  try {
    await build({
      configFile: false,
      root: pageRoot,
      base: './',
      mode: 'production',
      logLevel: 'warn',
      plugins: [react()],
      // GR_BENCH_MINIFY=0 keeps function names readable in a CPU profile.
      build: { outDir, emptyOutDir: true, chunkSizeWarningLimit: 10_000, minify: process.env.GR_BENCH_MINIFY !== '0' },
    });
  } catch (error) {
    await rm(outDir, { recursive: true, force: true });
    throw error;
  }
  const server = createServer((req, res) => {
    const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const file = path.join(outDir, pathname === '/' ? 'index.html' : pathname);
    if (!file.startsWith(outDir)) return void res.writeHead(403).end();
    readFile(file).then(
      (body) => res.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream' }).end(body),
      () => res.writeHead(404).end(),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    stop: async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await rm(outDir, { recursive: true, force: true });
    },
  };
}
