// signup-guard for Node: the same checkers as the browser build, with the wasm read from disk.

import { readFile } from 'node:fs/promises';
import { isReady, ready as loadCore } from '../www/lib/loader.js';

export { isReady, NotReadyError, CoreFailedError } from '../www/lib/loader.js';
export { messageText } from '../www/lib/messages.js';
export { breachCount } from '../www/lib/breach.js';
export { checkPassword } from '../www/lib/password.js';
export { checkEmail, checkPageOrigin, checkUrl } from '../www/lib/lookalike.js';

const WASM = new URL('../pkg/signup_guard_bg.wasm', import.meta.url);

/**
 * Loads the wasm core; by default from the package's own file on disk. Idempotent.
 * @param {URL|string|BufferSource|WebAssembly.Module} [input]
 */
export function ready(input) {
  if (isReady()) return loadCore();
  return loadCore(input ?? readFile(WASM));
}
