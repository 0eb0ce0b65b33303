// The other tabs, each opened from a link as a user would share it: project, theme history,
// connections, the two matrices and the GraphQL console.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, openPage, screenshot } from './support/browser.js';

// The samverkansområden sentence in the 2020 note names these as Mini-Maria's partners.
const MINI_MARIA = ['Ale', 'Lilla Edet', 'Kungälv', 'Stenungsund', 'Lerum', 'Partille', 'Alingsås', 'Mölndal', 'Härryda', 'Tjörn', 'Öckerö'];

describe('the views', () => {
  let browser: Browser;
  const pages: Page[] = [];
  const open = async (query: string) => {
    const page = await openPage(browser, `${inject('explorerUrl')}/${query}`);
    pages.push(page);
    return page;
  };
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('lists the municipalities the notes say take part in Mini-Maria, with the sentence', async () => {
    const page = await open('?view=participation');
    const table = page.getByRole('table', { name: /Kommuner × projekt/ });
    await table.waitFor();
    const labels = await table.getByRole('button', { name: /× Mini-Maria/ }).evaluateAll((buttons) => buttons.map((b) => b.getAttribute('aria-label') ?? ''));
    const municipalities = labels.map((label) => label.split(' × ')[0]);
    expect(municipalities.sort()).toEqual([...MINI_MARIA].sort());
    await screenshot(page, 'participation-matrix');

    await table.getByRole('button', { name: /^Kungälv × Mini-Maria/ }).click();
    const evidence = page.locator('.cell-evidence blockquote');
    await evidence.first().waitFor();
    expect(await evidence.first().textContent()).toMatch(/samverkansområden/);
    await screenshot(page, 'participation-evidence');
  });

  it('shows a project\'s municipalities and the meetings that discussed it', async () => {
    const page = await open('?view=project&subject=project:mini-maria');
    await page.getByRole('heading', { name: 'Mini-Maria', level: 2 }).waitFor();
    await page.getByRole('heading', { name: /Deltagande kommuner \(11\)/ }).waitFor();
    expect(await page.getByRole('combobox', { name: 'Välj projekt' }).inputValue()).toBe('Mini-Maria');
    await page.getByRole('button', { name: /Socialchefsnätverket 2020/ }).click();
    await page.locator('.evidence-list blockquote').first().waitFor();
    await screenshot(page, 'project-view');
  });

  it('traces a theme through the meetings, oldest first', async () => {
    const page = await open('?view=theme');
    await page.getByText('Sök och välj ett tema').waitFor();
    const box = page.getByRole('combobox', { name: 'Välj projekt eller tema' });
    await box.fill('Kunskapsbaserad');
    await page.getByRole('option', { name: /Kunskapsbaserad socialtjänst/ }).click();
    const dates = page.locator('.history time');
    await dates.first().waitFor();
    const list = await dates.allTextContents();
    expect(list).toEqual([...list].sort());
    expect(new URL(page.url()).searchParams.get('subject')).toBe('theme:kunskapsbaserad-socialtjanst');
    await screenshot(page, 'theme-history');
  });

  it('draws the paths between two entities', async () => {
    const page = await open('?view=connections&a=municipality:1482&b=project:mini-maria');
    await page.locator('.path-chain').first().waitFor();
    expect(await page.locator('.path-chain').first().textContent()).toMatch(/Kungälv.*Mini-Maria/);
    await screenshot(page, 'connections');
  });

  it('shows in which networks and years a project recurs', async () => {
    const page = await open('?view=recurrence&subject=project:yrkesresan');
    const table = page.getByRole('table', { name: 'Återkommande-matris' });
    await table.waitFor();
    await table.getByRole('button').first().click();
    await page.locator('.cell-evidence li').first().waitFor();
    await screenshot(page, 'recurrence-matrix');
  });

  it('offers the GraphQL console', async () => {
    const page = await open('?view=console');
    expect(await page.getByRole('link', { name: /GraphiQL/ }).getAttribute('href')).toBe('/graphiql');
    await page.waitForTimeout(1500);
    await screenshot(page, 'graphql-console');
  });
});
