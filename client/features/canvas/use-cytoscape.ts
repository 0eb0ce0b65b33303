// Creates the Cytoscape instance for a container and exposes it as window.__cy, which the
// browser tests read (the cytoscape.js project tests its own demos the same way).
import cytoscape, { type Core, type CytoscapeOptions } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { useEffect, useRef, useState, type RefObject } from 'react';
import { watchLabels } from './label-detail.js';
import { pivotExtension } from './pivot-cytoscape.js';
import { glInfo } from './renderer-choice.js';
import { markStyle, stylesheetFor, wantsLargeStyle } from './scale.js';
import { guardRenderer, type GuardedRenderer } from './webgl-guard.js';

cytoscape.use(fcose);
cytoscape.use(pivotExtension);

declare global {
  interface Window {
    __cy?: Core;
  }
}

const defaults = {
  // Large graphs stay responsive while panning: edges and a texture stand in for the frame.
  hideEdgesOnViewport: true,
  textureOnViewport: true,
  // 1 rather than the screen's 2–3: four to nine times fewer pixels to draw on HiDPI screens.
  pixelRatio: 1,
  minZoom: 0.05,
  maxZoom: 4,
  boxSelectionEnabled: false,
};

let carried: unknown[] = [];

/**
 * Returns the instance once created; recreated when `webgl` changes (a renderer option).
 * `onWebglFailure` hears of the first error the WebGL renderer throws (webgl-guard.ts).
 */
export function useCytoscape(container: RefObject<HTMLDivElement | null>, webgl: boolean, onWebglFailure: (error: unknown) => void): Core | null {
  const [cy, setCy] = useState<Core | null>(null);
  // The latest callback, without making a new one rebuild the instance.
  const failureRef = useRef(onWebglFailure);
  failureRef.current = onWebglFailure;
  useEffect(() => {
    if (!container.current) return;
    const large = wantsLargeStyle(carried.length, false);
    const usesWebgl = webgl && glInfo().webgl2;
    const options = {
      container: container.current,
      style: stylesheetFor(large),
      elements: carried,
      ...defaults,
      // WebGL needs a webgl2 context; graph-canvas.tsx turns it on by default only on hardware GL.
      renderer: { name: 'canvas', webgl: usesWebgl },
    } as unknown as CytoscapeOptions;
    const instance = cytoscape(options);
    if (usesWebgl) guardRenderer((instance as unknown as { renderer(): GuardedRenderer }).renderer(), (error) => failureRef.current(error));
    markStyle(instance, large);
    const unwatchLabels = watchLabels(instance);
    window.__cy = instance;
    setCy(instance);
    return () => {
      unwatchLabels();
      // A renderer switch rebuilds the instance; the graph carries over to the new one.
      carried = instance.elements().jsons();
      instance.destroy();
      if (window.__cy === instance) window.__cy = undefined;
    };
  }, [container, webgl]);
  return cy;
}
