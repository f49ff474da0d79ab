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

// Every other module this entry's imports reach, listed here so that a page loading this file
// without a bundler requests the whole graph as soon as this file arrives, instead of finding
// each level only after the one above it arrived (five levels, each a round trip on a real
// network, before `ready()` can request the wasm; bench/README.md, "Cold start and code size").
// Pages without a bundler load fastest from the one-file entry, signup-guard/min. These modules
// are evaluated through the exports above first, so this list changes when they are requested,
// not what runs or in what order. tests/node/entry-graph.test.mjs keeps it complete.
import '../pkg/signup_guard.js';
import './lib/arguments.js';
import './lib/dom.js';
import './lib/form/guard.js';
import './lib/live-region.js';
import './lib/checklist-panel.js';
import './lib/origin-banner.js';
import './lib/form/ledger.js';
import './lib/form/text.js';
import './lib/form/fields.js';
import './lib/form/checkers.js';
import './lib/form/breach-check.js';
import './lib/form/risk-signals.js';
import './lib/form/core-session.js';
import './lib/form/change-events.js';
import './lib/form/submit-gate.js';
import './lib/form/password-rating.js';
import './lib/form/core-request.js';
import './lib/form/guard-state.js';
import './lib/form/field-parts.js';
import './lib/form/password-field.js';
import './lib/form/field-part.js';
import './lib/field-message.js';
import './lib/policy-list.js';
import './lib/form/confirmation-field.js';
import './lib/form/email-field.js';
import './lib/email-suggestion.js';
import './lib/form/url-field.js';
import './lib/form/page-facts.js';
