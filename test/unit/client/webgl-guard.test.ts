// The guard around Cytoscape's WebGL renderer (webgl-guard.ts): a renderer that throws while
// drawing or picking is reported once and then left idle, instead of throwing every frame.
import { describe, expect, it } from 'vitest';
import { guardRenderer, type GuardedRenderer } from '../../../client/features/canvas/webgl-guard.js';

/** A renderer that draws and picks normally until `broken` is set. */
function fakeRenderer() {
  const state = { broken: false, frames: 0, picks: 0 };
  const renderer: GuardedRenderer & { state: typeof state } = {
    state,
    render(this: { state: typeof state }) {
      if (this.state.broken) throw new TypeError('Invalid attempt to destructure non-iterable instance');
      this.state.frames += 1;
      return 'drawn';
    },
    findNearestElements(this: { state: typeof state }) {
      if (this.state.broken) throw new TypeError('picking failed');
      this.state.picks += 1;
      return ['node'];
    },
  };
  return renderer;
}

describe('guardRenderer', () => {
  it('draws and picks as before while the renderer works', () => {
    const renderer = fakeRenderer();
    const failures: unknown[] = [];
    guardRenderer(renderer, (error) => failures.push(error));
    expect(renderer.render()).toBe('drawn');
    expect(renderer.findNearestElements(1, 2)).toEqual(['node']);
    expect(renderer.state).toMatchObject({ frames: 1, picks: 1 });
    expect(failures).toEqual([]);
  });

  it('reports the first error of a frame once and stops drawing and picking', () => {
    const renderer = fakeRenderer();
    const failures: unknown[] = [];
    guardRenderer(renderer, (error) => failures.push(error));
    renderer.render();
    renderer.state.broken = true;
    expect(() => renderer.render()).not.toThrow();
    expect(() => renderer.render()).not.toThrow();
    expect(renderer.findNearestElements(1, 2)).toEqual([]);
    expect(failures).toHaveLength(1);
    expect(String(failures[0])).toContain('Invalid attempt to destructure');
    // Idle from then on, even once the cause is gone: the app replaces this renderer.
    renderer.state.broken = false;
    renderer.render();
    expect(renderer.state.frames).toBe(1);
  });

  it('reports an error thrown while picking', () => {
    const renderer = fakeRenderer();
    const failures: unknown[] = [];
    guardRenderer(renderer, (error) => failures.push(error));
    renderer.state.broken = true;
    expect(renderer.findNearestElements(0, 0)).toEqual([]);
    expect(String(failures[0])).toContain('picking failed');
    expect(renderer.render()).toBeUndefined();
    expect(failures).toHaveLength(1);
  });
});
