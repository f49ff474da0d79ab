// The plain test page: the first form attaches itself (data-signup-guard); the second is left
// for the tests to attach with options of their choosing.

import { initAll } from '../signup-guard.js';

window.signupGuardTest = { guards: initAll() };
document.documentElement.dataset.page = 'loaded';
