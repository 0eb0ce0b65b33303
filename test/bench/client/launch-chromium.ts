// Debian's Chromium, headless, as the browser tests launch it (test/browser/support), but
// with the GPU process left on: SwiftShader (ANGLE on Vulkan, on the CPU) provides WebGL 2.
import { chromium, type Browser } from 'playwright-core';

export async function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    // Signals are handled by the benchmark, which closes the browser itself.
    handleSIGINT: false,
    handleSIGTERM: false,
    args: [
      '--headless', '--no-sandbox', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync',
      '--use-angle=swiftshader', '--enable-unsafe-swiftshader',
      // A headless page is never "visible"; keep its frames and timers at full rate.
      '--disable-background-timer-throttling', '--disable-renderer-backgrounding', '--disable-backgrounding-occluded-windows',
    ],
  });
}
