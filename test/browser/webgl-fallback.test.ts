// Fast mode (Cytoscape's WebGL renderer) in a Chromium that has WebGL 2 (SwiftShader): the
// switch draws the same graph with WebGL, and when that renderer throws mid-frame (its
// texture-atlas bookkeeping can, on large canvases whose labels change), the canvas carries on
// with the canvas renderer and tells the user, rather than freezing.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, openPage, screenshot, waitForGraph } from './support/browser.js';
import { canvasNodes } from './support/canvas-state.js';

interface RendererLike {
  webgl?: boolean;
  data: { gc: boolean };
  drawing: { gc(): void };
}
type Win = Window & { __cy?: { renderer(): RendererLike; forceRender(): void } };

/** The canvas's node ids once it has some and a second passes without a change (a search loads in two steps). */
async function settledIds(page: Page): Promise<string[]> {
  let ids: string[] = [];
  await expect
    .poll(async () => {
      const seen = ids.join();
      await page.waitForTimeout(1000);
      ids = (await canvasNodes(page)).map((n) => n.id).sort();
      return ids.length > 0 && ids.join() === seen;
    }, { timeout: 60_000, interval: 0 })
    .toBe(true);
  return ids;
}

const usesWebgl = (page: Page) => page.evaluate(() => Boolean((window as Win).__cy?.renderer().webgl));

describe('fast mode (WebGL)', () => {
  let browser: Browser;
  let page: Page;
  let searched: string[] = [];
  const pageErrors: string[] = [];
  beforeAll(async () => {
    browser = await launchBrowser('swiftshader');
    page = await openPage(browser, inject('explorerUrl'));
    page.on('pageerror', (error) => pageErrors.push(error.message));
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('draws the same graph with WebGL, and falls back to the canvas renderer when WebGL fails', async () => {
    const search = page.getByRole('combobox', { name: 'Sök projekt, kommun, person, tema…' });
    await search.fill('Yrkesresan');
    await page.getByRole('option', { name: /Yrkesresan/ }).first().click();
    await waitForGraph(page, 5);
    const before = await settledIds(page);
    searched = before;

    const fastMode = page.getByRole('checkbox', { name: 'Snabbläge (WebGL)' });
    await fastMode.check();
    await expect.poll(() => usesWebgl(page)).toBe(true);
    expect(await settledIds(page)).toEqual(before);

    // The failure as Cytoscape's WebGL renderer meets it: an error from its texture-atlas
    // garbage collection, which runs inside the next frame it draws.
    await page.evaluate(() => {
      const r = (window as Win).__cy!.renderer();
      r.drawing.gc = () => {
        throw new TypeError('Invalid attempt to destructure non-iterable instance');
      };
      r.data.gc = true;
      (window as Win).__cy!.forceRender();
    });

    await page.getByTestId('webgl-failed').waitFor();
    expect(await page.getByTestId('webgl-failed').textContent()).toContain('Snabbläget (WebGL) slutade fungera');
    await expect.poll(() => usesWebgl(page)).toBe(false);
    expect(await fastMode.isChecked()).toBe(false);
    expect(await settledIds(page)).toEqual(before);
    expect(await page.getByRole('alert').count()).toBe(0);
    expect(pageErrors).toEqual([]);
    await screenshot(page, 'webgl-fallback');

    // Turning fast mode on again is the user's choice, and clears the notice.
    await fastMode.check();
    await expect.poll(() => usesWebgl(page)).toBe(true);
    expect(await page.getByTestId('webgl-failed').count()).toBe(0);
  });

  it('keeps the answer of a search that was still loading when the renderer changed', async () => {
    await page.getByRole('button', { name: 'Töm' }).click();
    await expect.poll(async () => (await canvasNodes(page)).length).toBe(0);
    // Neighbourhood answers held back a while, so the switch lands while one is on its way.
    let held = 0;
    await page.route('**/graphql', async (route) => {
      if (!route.request().postData()?.includes('neighborhood')) return route.continue();
      held += 1;
      await new Promise((resolve) => setTimeout(resolve, 1500));
      await route.continue();
    });
    const search = page.getByRole('combobox', { name: 'Sök projekt, kommun, person, tema…' });
    await search.fill('Yrkesresan');
    await page.getByRole('option', { name: /Yrkesresan/ }).first().click();
    await expect.poll(() => held).toBe(1);
    await page.getByRole('checkbox', { name: 'Snabbläge (WebGL)' }).uncheck();
    expect(await settledIds(page)).toEqual(searched);
    await page.unroute('**/graphql');
    expect(await usesWebgl(page)).toBe(false);
    expect(await page.getByRole('alert').count()).toBe(0);
    expect(pageErrors).toEqual([]);
  });
});
