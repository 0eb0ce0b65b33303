// Debian's Chromium driven by playwright-core (never a downloaded browser), with the page's
// console and errors passed to the test log so a failing test shows what the client said.
import { mkdirSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';

export const SCREENSHOTS = 'test-results/screenshots';

/**
 * Without a GPU, as most test machines are; `gpu: 'swiftshader'` gives the page WebGL 2 on the
 * CPU (SwiftShader), for what only the WebGL renderer does.
 */
export async function launchBrowser(gpu: 'none' | 'swiftshader' = 'none'): Promise<Browser> {
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: [
      '--headless', '--no-sandbox', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync',
      ...(gpu === 'swiftshader' ? ['--use-angle=swiftshader', '--enable-unsafe-swiftshader'] : ['--disable-gpu']),
    ],
  });
}

/** A 1280×800 page (the size the layout must hold) that logs its console. */
export async function openPage(browser: Browser, url: string): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, acceptDownloads: true });
  const page = await context.newPage();
  page.on('console', (message) => console.log(`[browser ${message.type()}] ${message.text()}`));
  page.on('pageerror', (error) => console.log(`[browser pageerror] ${error.message}`));
  await page.goto(url);
  return page;
}

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: `${SCREENSHOTS}/${name}.png` });
}

/** Waits until window.__cy has at least `min` nodes and its layout has settled. */
export async function waitForGraph(page: Page, min = 1): Promise<void> {
  await page.waitForFunction((n) => (window as unknown as { __cy?: { nodes(): { length: number } } }).__cy?.nodes().length! >= n, min, { timeout: 60_000 });
  await page.waitForTimeout(800);
}
