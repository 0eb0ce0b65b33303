// Cytoscape's WebGL renderer is still provisional: its texture-atlas bookkeeping can throw
// mid-frame on large canvases whose labels change (seen as "Invalid attempt to destructure
// non-iterable instance" while it garbage-collects label textures). Thrown from the render
// loop, such an error would leave the canvas frozen with no word to the user. The guard
// catches the first one, stops the failing renderer from drawing again, and hands the error
// to the app, which switches the canvas to the canvas renderer (same graph, same view).

/** The two entry points of Cytoscape's renderer that run the WebGL drawing code. */
export interface GuardedRenderer {
  render: (...args: unknown[]) => unknown;
  findNearestElements: (...args: unknown[]) => unknown[];
}

/**
 * Wraps `renderer`'s drawing and picking so that a throw from either is reported once to
 * `onFailure`; after that the renderer draws nothing and picks nothing.
 */
export function guardRenderer(renderer: GuardedRenderer, onFailure: (error: unknown) => void): void {
  const { render, findNearestElements } = renderer;
  let failed = false;
  const fail = (error: unknown) => {
    if (failed) return;
    failed = true;
    onFailure(error);
  };
  renderer.render = function (this: unknown, ...args: unknown[]) {
    if (failed) return undefined;
    try {
      return render.apply(this, args);
    } catch (error) {
      fail(error);
      return undefined;
    }
  };
  renderer.findNearestElements = function (this: unknown, ...args: unknown[]) {
    if (failed) return [];
    try {
      return findNearestElements.apply(this, args);
    } catch (error) {
      fail(error);
      return [];
    }
  };
}
