// The Explore tab in a real Chromium against the real app and the seed notes: search, canvas,
// details, time range, shareable links, export and language.
import { readFile } from 'node:fs/promises';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, openPage, screenshot, waitForGraph } from './support/browser.js';
import { canvasNodes, clickNode, neighbours, reachable } from './support/canvas-state.js';

const PROJECT = 'project:yrkesresan';

describe('the explorer canvas', () => {
  let browser: Browser;
  let page: Page;
  beforeAll(async () => {
    browser = await launchBrowser();
    page = await openPage(browser, inject('explorerUrl'));
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('puts Yrkesresan and the meetings and municipalities linked to it on the canvas', async () => {
    const search = page.getByRole('combobox', { name: 'Sök projekt, kommun, person, tema…' });
    await search.fill('Yrkesresa');
    await page.getByRole('option', { name: /Yrkesresan/ }).waitFor();
    await screenshot(page, 'search-autocomplete');
    await search.press('ArrowDown');
    await search.press('ArrowUp');
    await search.press('Enter');
    await waitForGraph(page, 5);

    const nodes = await canvasNodes(page);
    expect(nodes.find((n) => n.id === PROJECT)?.selected).toBe(true);
    const meetings = await reachable(page, PROJECT, 'AgendaItem', 'Meeting');
    expect(meetings).not.toHaveLength(0);
    // The municipalities at the meetings that discussed it (no Yrkesresan item names a place).
    const municipalities = async () => new Set((await Promise.all(meetings.map((m) => neighbours(page, m, 'Municipality')))).flat()).size;
    await expect.poll(municipalities).toBeGreaterThan(0);
    await expect.poll(() => page.getByRole('complementary', { name: 'Detaljer' }).getByRole('heading', { name: /Yrkesresan/ }).count()).toBe(1);
    await screenshot(page, 'explore-yrkesresan');
  });

  it('shows a selected meeting\'s agenda excerpts in the details panel', async () => {
    const [meetingId] = await reachable(page, PROJECT, 'AgendaItem', 'Meeting');
    await clickNode(page, meetingId!);
    const details = page.getByRole('complementary', { name: 'Detaljer' });
    // What the API says the meeting's agenda holds is what the panel must show.
    const agenda = await page.evaluate(async (id) => {
      const res = await fetch('/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: 'query($id: ID!) { meeting(id: $id) { agenda { excerpt } } }', variables: { id } }) });
      return ((await res.json()) as { data: { meeting: { agenda: { excerpt: string | null }[] } } }).data.meeting.agenda;
    }, meetingId!);
    const excerpt = agenda.find((item) => item.excerpt)?.excerpt;
    expect(excerpt).toBeTruthy();
    await expect.poll(() => details.locator('blockquote', { hasText: excerpt!.slice(0, 40) }).count()).toBeGreaterThan(0);
    expect(await details.getByRole('button', { name: /Öppna dokumentet/ }).count()).toBeGreaterThan(0);
    await screenshot(page, 'explore-meeting-details');

    await details.getByRole('button', { name: /Öppna dokumentet/ }).first().click();
    const dialog = page.getByRole('dialog');
    await expect.poll(() => dialog.locator('.line.marked').count()).toBeGreaterThan(0);
    await screenshot(page, 'document-with-span');
    await dialog.getByRole('button', { name: 'Stäng' }).click();
  });

  it('hides what lies outside the chosen years', async () => {
    await page.getByRole('combobox', { name: 'Utanför intervallet' }).selectOption('hide');
    await page.getByRole('slider', { name: /Från år/ }).focus();
    await page.keyboard.press('End');
    const last = Math.max(...(await canvasNodes(page)).flatMap((n) => n.years));
    // The filter applies on the next render: wait for it rather than read the canvas at once.
    const inRange = async (): Promise<{ outside: number; hiddenOutside: boolean; visibleInside: boolean }> => {
      const nodes = await canvasNodes(page);
      const outside = nodes.filter((n) => n.years.length > 0 && !n.years.includes(last));
      const inside = nodes.filter((n) => n.years.includes(last));
      return { outside: outside.length, hiddenOutside: outside.every((n) => !n.visible), visibleInside: inside.every((n) => n.visible) };
    };
    await expect.poll(inRange).toMatchObject({ hiddenOutside: true, visibleInside: true });
    expect((await inRange()).outside).toBeGreaterThan(0);
    expect(new URL(page.url()).searchParams.get('from')).toBe(String(last));
    await screenshot(page, 'explore-year-range');
    await page.keyboard.press('Home');
    await expect.poll(async () => (await canvasNodes(page)).every((n) => n.visible)).toBe(true);
  });

  it('restores the same canvas and selection from a copied link', async () => {
    const before = await canvasNodes(page);
    const copy = await openPage(browser, page.url());
    await waitForGraph(copy, before.length);
    const after = await canvasNodes(copy);
    expect(after.map((n) => n.id).sort()).toEqual(before.map((n) => n.id).sort());
    expect(after.filter((n) => n.selected).map((n) => n.id)).toEqual(before.filter((n) => n.selected).map((n) => n.id));
    await copy.context().close();
  });

  it('exports the canvas as a non-empty PNG', async () => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'PNG' }).click()]);
    const bytes = await readFile((await download.path())!);
    expect(bytes.length).toBeGreaterThan(5_000);
    expect([...bytes.subarray(1, 4)].map((b) => String.fromCharCode(b)).join('')).toBe('PNG');
  });

  it('switches the labels between Swedish and English', async () => {
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('sv');
    await page.getByRole('button', { name: 'English' }).click();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    await page.getByRole('tab', { name: 'Participation matrix' }).waitFor();
    expect(await page.getByRole('combobox', { name: 'Search projects, municipalities, people, themes…' }).count()).toBe(1);
    expect(new URL(page.url()).searchParams.get('lang')).toBe('en');
    await screenshot(page, 'explore-english');
    await page.getByRole('button', { name: 'Svenska' }).click();
    await page.getByRole('tab', { name: 'Deltagande-matris' }).waitFor();
  });
});
