// Reads the canvas through window.__cy (exposed by the client for tests) and clicks nodes
// where they are drawn, as a user would.
import type { Page } from 'playwright-core';

export interface CanvasNodeState {
  id: string;
  type: string;
  years: number[];
  visible: boolean;
  selected: boolean;
}

interface CyLike {
  nodes(selector?: string): { map<T>(f: (n: CyNode) => T): T[] };
  getElementById(id: string): CyNode;
}
interface CyNode {
  id(): string;
  data(key: string): unknown;
  visible(): boolean;
  selected(): boolean;
  renderedPosition(): { x: number; y: number };
  neighborhood(selector: string): { map<T>(f: (n: CyNode) => T): T[] };
}

export async function canvasNodes(page: Page): Promise<CanvasNodeState[]> {
  return page.evaluate(() => {
    const cy = (window as unknown as { __cy: CyLike }).__cy;
    return cy.nodes().map((n) => ({ id: n.id(), type: n.data('type') as string, years: (n.data('years') as number[]) ?? [], visible: n.visible(), selected: n.selected() }));
  });
}

/** Ids of nodes of `type` reachable from `id` through nodes of `via` (or directly). */
export async function reachable(page: Page, id: string, via: string, type: string): Promise<string[]> {
  return page.evaluate(
    ({ id, via, type }) => {
      const cy = (window as unknown as { __cy: CyLike }).__cy;
      const start = cy.getElementById(id);
      const direct = start.neighborhood(`node[type = "${type}"]`).map((n) => n.id());
      const twoStep = start.neighborhood(`node[type = "${via}"]`).map((n) => n.neighborhood(`node[type = "${type}"]`).map((m) => m.id())).flat();
      return [...new Set([...direct, ...twoStep])];
    },
    { id, via, type },
  );
}

/** Ids of the canvas nodes of `type` linked to node `id`. */
export async function neighbours(page: Page, id: string, type: string): Promise<string[]> {
  return page.evaluate(({ id, type }) => (window as unknown as { __cy: CyLike }).__cy.getElementById(id).neighborhood(`node[type = "${type}"]`).map((n) => n.id()), { id, type });
}

/** Where node `id` is drawn once it has stopped moving (a layout may still be animating it). */
async function restingPosition(page: Page, id: string): Promise<{ x: number; y: number }> {
  const at = () => page.evaluate((id) => (window as unknown as { __cy: CyLike }).__cy.getElementById(id).renderedPosition(), id);
  let before = await at();
  for (let i = 0; i < 50; i++) {
    await page.waitForTimeout(100);
    const now = await at();
    if (Math.abs(now.x - before.x) < 0.5 && Math.abs(now.y - before.y) < 0.5) return now;
    before = now;
  }
  throw new Error(`node ${id} kept moving for 5 s`);
}

/** Clicks a node at its drawn position on the canvas. */
export async function clickNode(page: Page, id: string): Promise<void> {
  const position = await restingPosition(page, id);
  const box = await page.getByTestId('cy').boundingBox();
  if (!box) throw new Error('the canvas has no size; is the Explore tab shown?');
  await page.mouse.click(box.x + position.x, box.y + position.y);
}
