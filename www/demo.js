// The demo signup page: one call attaches every check to the form marked data-signup-guard.
// Query parameters: ?official=example.com (the official domains, comma-separated; on this
// development host the default lists 127.0.0.1 and localhost so it says "development"),
// ?lang=de|fr|es, ?theme=dark|light, ?breach=off.

import { initAll, ready } from './signup-guard.js';

const params = new URLSearchParams(location.search);
const official = params.get('official');
const lang = params.get('lang');
const theme = params.get('theme');
if (theme === 'dark' || theme === 'light') document.documentElement.dataset.sgTheme = theme;
if (lang) document.documentElement.lang = lang;

const defaults = {
  officialDomains: official ? official.split(',').map((d) => d.trim()).filter(Boolean) : ['example.com', '127.0.0.1', 'localhost'],
  // The breach check goes to this site's own origin (the strict CSP allows no other): the demo
  // server mounts a local range API with demo data at /pwned (scripts/serve.mjs).
  breach: params.get('breach') === 'off' ? false : { endpoint: new URL('/pwned', location.origin).href },
  // A custom checklist item: the site's own words, required, evaluated on every change.
  items: [($form) => ({
    id: 'terms',
    text: 'Agree to the terms of service',
    state: $form.elements.namedItem('terms')?.checked ? 'pass' : 'pending',
    required: true,
  })],
};
if (lang) defaults.lang = lang;

// Submissions go to the demo server's POST /signup, which enforces the same checks server-side
// with the same package (the page only advises).
const [guard] = initAll(document, defaults);

try {
  await ready();
} catch {
  // The guard shows "checks unavailable" itself; the form still works.
}
document.documentElement.dataset.signupGuard = guard?.state.available === false ? 'unavailable' : 'ready';
