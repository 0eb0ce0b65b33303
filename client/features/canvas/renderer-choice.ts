// Which Cytoscape renderer the canvas uses. Cytoscape's WebGL renderer (≥ 3.31) draws large
// graphs far faster than its canvas renderer on a real GPU, but a browser without one falls
// back to software GL (SwiftShader, llvmpipe), where WebGL is many times slower than the
// canvas renderer. So WebGL is the default only when the browser reports hardware GL.

/** Software GL implementations, as browsers name them in the renderer string. */
const SOFTWARE_GL = /swiftshader|llvmpipe|softpipe|lavapipe|software|microsoft basic render|mesa offscreen/i;

export function isSoftwareGl(renderer: string): boolean {
  return SOFTWARE_GL.test(renderer);
}

export interface GlInfo {
  /** A webgl2 context could be created at all (what Cytoscape's WebGL renderer needs). */
  webgl2: boolean;
  /** The GL implementation's name, unmasked where the browser allows; null without webgl2. */
  renderer: string | null;
  /** webgl2 on a hardware GPU: the browser neither reported a major performance caveat nor a software GL name. */
  hardware: boolean;
}

function probe(): GlInfo {
  if (typeof document === 'undefined') return { webgl2: false, renderer: null, hardware: false };
  try {
    const gl = document.createElement('canvas').getContext('webgl2');
    if (!gl) return { webgl2: false, renderer: null, hardware: false };
    const info = gl.getExtension('WEBGL_debug_renderer_info');
    const renderer = String(gl.getParameter(info ? info.UNMASKED_RENDERER_WEBGL : gl.RENDERER));
    gl.getExtension('WEBGL_lose_context')?.loseContext();
    // Browsers refuse a context with this flag when they would render in software.
    const fast = document.createElement('canvas').getContext('webgl2', { failIfMajorPerformanceCaveat: true });
    fast?.getExtension('WEBGL_lose_context')?.loseContext();
    return { webgl2: true, renderer, hardware: Boolean(fast) && !isSoftwareGl(renderer) };
  } catch {
    return { webgl2: false, renderer: null, hardware: false };
  }
}

let cached: GlInfo | undefined;

/** What the browser offers, probed once per page. */
export function glInfo(): GlInfo {
  return (cached ??= probe());
}

/** The renderer the canvas starts with: WebGL on hardware GL, the canvas renderer otherwise. */
export function preferWebgl(): boolean {
  return glInfo().hardware;
}
