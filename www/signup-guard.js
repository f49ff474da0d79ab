// signup-guard for the browser: `await ready()`, then call the checkers or attach the widget.

export { ready, isReady, NotReadyError, CoreFailedError } from './lib/loader.js';
export { SignupGuardError, NoDomError, BreachCheckError } from './lib/errors.js';
export { messageText } from './lib/messages.js';
export { breachCount } from './lib/breach.js';
export { checkPassword } from './lib/password.js';
export { checkPasswordAsync, configurePasswordWorker, usesWorker, warmUp } from './lib/password-async.js';
export { checkEmail, checkPageOrigin, checkUrl } from './lib/lookalike.js';
export { PasswordMeter } from './lib/password-meter.js';
export { PasswordToggle } from './lib/password-toggle.js';

// The form widget (issue 6): attach(), auto-init, the live checklist.
export { attach, initAll, guardFor, SignupGuard } from './lib/form/index.js';
export { buildChecklist } from './lib/checklist.js';
export { evaluateForm } from './lib/form-verdict.js';
