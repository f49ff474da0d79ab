// signup-guard for Node: the same checkers as the browser build, with the wasm read from disk.
//
// It also exports the DOM functions (attach, initAll, the widgets), so that one component can
// import them on the server and in the browser (server-side rendering): importing them here is
// safe, calling them without a DOM throws a NoDomError.

import { readFile } from 'node:fs/promises';
import { isReady, ready as loadCore } from '../www/lib/loader.js';

export { isReady, NotReadyError, CoreFailedError } from '../www/lib/loader.js';
export { SignupGuardError, NoDomError, BreachCheckError } from '../www/lib/errors.js';
export { messageText } from '../www/lib/messages.js';
export { breachCount } from '../www/lib/breach.js';
export { checkPassword } from '../www/lib/password.js';
export { checkPasswordAsync, configurePasswordWorker, usesWorker, warmUp } from '../www/lib/password-async.js';
export { checkEmail, checkPageOrigin, checkUrl } from '../www/lib/lookalike.js';
export { PasswordMeter } from '../www/lib/password-meter.js';
export { PasswordToggle } from '../www/lib/password-toggle.js';
export { attach, initAll, guardFor, SignupGuard } from '../www/lib/form/index.js';
export { buildChecklist } from '../www/lib/checklist.js';
export { evaluateForm } from '../www/lib/form-verdict.js';

const WASM = new URL('../pkg/signup_guard_bg.wasm', import.meta.url);

/**
 * Loads the wasm core; by default from the package's own file on disk. Idempotent.
 * @param {URL|string|BufferSource|WebAssembly.Module} [input]
 */
export function ready(input) {
  if (isReady()) return loadCore();
  return loadCore(input ?? readFile(WASM));
}
