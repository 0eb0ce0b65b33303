// What the bench page exposes as window.__bench, shared by the page and the Node driver.

export interface FirstRender {
  /** The app's showNeighborhood (its real load path): finding the new elements and cy.add. */
  mergeMs: number;
  /** showNeighborhood's layout of a fresh canvas (default layout; from 800 nodes before the add), fitted to the view. */
  layoutMs: number;
  /** The app's applyFilters, run after every change. */
  filtersMs: number;
  /** From the end of the above to the frame after Cytoscape's first draw. */
  paintMs: number;
  /** mergeMs + layoutMs + filtersMs + paintMs: what a user waits for. */
  totalMs: number;
  /** Time Cytoscape spent inside its first r.render(). */
  firstDrawMs: number;
  nodes: number;
  edges: number;
  maxDegree: number;
  zoom: number;
}

export interface FrameSamples {
  /** Intervals between successive requestAnimationFrame callbacks, in ms. */
  intervals: number[];
  /** Time Cytoscape spent in r.render() in each frame it drew, in ms. */
  drawMs: number[];
  /** Frames Cytoscape drew while the loop ran (less than intervals.length when it skips). */
  draws: number;
  zoomFrom: number;
  zoomTo: number;
}

export interface LabelSettle {
  /** From a zoom to a legible level (zoomTo) until the view's labels are drawn. */
  ms: number;
  /** Elements labelled since the zoom. */
  labelled: number;
  /** The longest and the 95th-percentile frame meanwhile: whether the page kept answering. */
  maxFrameMs: number;
  frameP95Ms: number;
}

export interface PageInfo {
  /** What Cytoscape ended up using: WebGL needs a webgl2 context (see use-cytoscape.ts). */
  renderer: 'webgl' | 'canvas';
  /** The renderer the app itself starts with in this browser (renderer-choice.ts). */
  appRenderer: 'webgl' | 'canvas';
  /** The GL implementation behind webgl2, when there is one (SwiftShader in headless Chromium). */
  glRenderer: string | null;
  /** Whether the app judged that GL to be hardware. */
  glHardware: boolean;
  width: number;
  height: number;
}

export interface BenchPage {
  ready: Promise<PageInfo>;
  load(nodeCount: number): Promise<FirstRender>;
  /** Pans by a few px per frame, reversing every 60 frames, at the current zoom. */
  pan(frames: number): Promise<FrameSamples>;
  /** Pans as a user does, by dragging the background with the mouse (synthetic events). */
  drag(frames: number): Promise<FrameSamples>;
  /** Zooms in to `factor` × the current zoom and back out around the centre. */
  zoom(frames: number, factor: number): Promise<FrameSamples>;
  /** Zooms to `level` around the centre and waits for the draw. */
  zoomTo(level: number): Promise<void>;
  /** After zoomTo: waits until the view has its labels (label-detail.ts) and they are drawn. */
  labelsSettle(): Promise<LabelSettle>;
  /** The Relayout button on the drawn graph: the default layout, not incremental, timed to layoutstop. */
  relayout(): Promise<number>;
}

declare global {
  interface Window {
    __bench?: BenchPage;
  }
}
