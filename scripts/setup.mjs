// `npm run setup`: installs every prerequisite this machine lacks (idempotent), without building.

import { browser, browserEngine, ensureNodeModules, wasmBindgenTool, wasmToolchain } from './lib/toolchain.mjs';
import { log } from './lib/process.mjs';

try {
  ensureNodeModules();
  const toolchain = wasmToolchain();
  log(`wasm toolchain: ${toolchain.mode}`);
  log(`wasm-bindgen: ${wasmBindgenTool()}`);
  const { chromium, chromedriver } = browser();
  log(`browser: ${chromium}, driver: ${chromedriver}`);
  for (const engine of ['firefox', 'webkit']) {
    browserEngine(engine);
    log(`${engine}: installed`);
  }
} catch (error) {
  console.error(`\n[signup-guard] setup failed: ${error.message}`);
  process.exit(1);
}
