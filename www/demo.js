// The demo signup page: loads the core and attaches the password meter.

import { ready, PasswordMeter } from './signup-guard.js';

await ready();
new PasswordMeter(document.getElementById('password')).init();
document.documentElement.dataset.signupGuard = 'ready';
