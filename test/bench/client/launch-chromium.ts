// Debian's Chromium, headless, as the browser tests launch it (test/browser/support). For the
// WebGL cases the GPU process is left on: SwiftShader (ANGLE on Vulkan, on the CPU) provides
// WebGL 2. The canvas cases run without it (--disable-gpu), as on a machine without a GPU:
// with SwiftShader standing in for a GPU, Chromium also routes every 2D-canvas draw through
// it, which makes Cytoscape's canvas renderer ~50× slower to pan than real software canvas
// (0.7 vs 60 fps at 5k nodes here) and measures the flag, not the app.
import { chromium, type Browser } from 'playwright-core';

export async function launchChromium(gpu: 'swiftshader' | 'none' = 'swiftshader'): Promise<Browser> {
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    // Signals are handled by the benchmark, which closes the browser itself.
    handleSIGINT: false,
    handleSIGTERM: false,
    args: [
      '--headless', '--no-sandbox', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync',
      ...(gpu === 'swiftshader' ? ['--use-angle=swiftshader', '--enable-unsafe-swiftshader'] : ['--disable-gpu']),
      // A headless page is never "visible"; keep its frames and timers at full rate.
      '--disable-background-timer-throttling', '--disable-renderer-backgrounding', '--disable-backgrounding-occluded-windows',
    ],
  });
}
