// The demo signup page: one call attaches every check to the form marked data-signup-guard.
// Query parameters: ?official=example.com (the official domains, comma-separated; on this
// development host the default lists 127.0.0.1 and localhost so it says "development"),
// ?lang=de|fr|es, ?theme=dark|light, ?breach=off, ?worker=on (rate the password in a worker).

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
if (params.get('worker') === 'on') defaults.worker = true;

// Submissions go to the demo server's POST /signup, which enforces the same checks server-side
// with the same package (the page only advises).
const [guard] = initAll(document, defaults);

try {
  await ready();
} catch {
  // The guard shows "checks unavailable" itself; the form still works.
}
document.documentElement.dataset.signupGuard = guard?.state.available === false ? 'unavailable' : 'ready';

// ── The server's answer, shown on the page ────────────────────────────────────────────────
// The guard has already stopped submissions with required failures (its submit listener runs
// first, in the capture phase). What gets here is sent to POST /signup as a normal form post;
// the server re-checks everything and answers JSON, which the page shows: field errors in a
// GOV.UK-style error summary linking to each field, or a confirmation. If the request itself
// fails, the page falls back to the browser's own form submission.

const $form = document.getElementById('signup');
const $summarySlot = document.getElementById('server-summary');

/** Empties the summary and the field flags a previous answer set. */
function clearServerErrors() {
  $summarySlot.replaceChildren();
  for (const $input of $form.querySelectorAll('[data-server-invalid]')) {
    $input.removeAttribute('data-server-invalid');
    $input.removeAttribute('aria-invalid');
  }
}

/** Builds the error summary from `{ field: [{ code, message }] }` and focuses it. */
function showServerErrors(errors) {
  const $summary = document.createElement('div');
  $summary.className = 'demo-error-summary';
  $summary.tabIndex = -1;
  $summary.setAttribute('role', 'alert');
  const $heading = document.createElement('h2');
  $heading.textContent = 'The server did not accept this signup';
  const $list = document.createElement('ul');
  for (const [field, problems] of Object.entries(errors)) {
    const $input = $form.elements.namedItem(field);
    for (const { code, message } of problems) {
      const $item = document.createElement('li');
      $item.dataset.code = code;
      if ($input instanceof HTMLElement && $input.id) {
        const $link = document.createElement('a');
        $link.href = `#${$input.id}`;
        $link.textContent = message;
        $item.append($link);
        $input.setAttribute('aria-invalid', 'true');
        $input.dataset.serverInvalid = '';
      } else {
        $item.textContent = message;
      }
      $list.append($item);
    }
  }
  $summary.append($heading, $list);
  $summarySlot.append($summary);
  $summary.focus();
}

/** Replaces the form with the server's confirmation. */
function showAccepted() {
  const $done = document.createElement('div');
  $done.className = 'demo-success';
  $done.tabIndex = -1;
  $done.setAttribute('role', 'status');
  const $heading = document.createElement('h2');
  $heading.textContent = 'Account created';
  const $text = document.createElement('p');
  $text.textContent = 'The server checked everything again and accepted it. (This is a demo: nothing was stored.)';
  $done.append($heading, $text);
  $form.replaceWith($done);
  $done.focus();
}

$form.addEventListener('submit', async (event) => {
  event.preventDefault();
  clearServerErrors();
  let answer;
  try {
    const response = await fetch($form.action, {
      method: 'POST',
      headers: { Accept: 'application/json' },
      body: new URLSearchParams(new FormData($form)),
    });
    answer = { status: response.status, body: await response.json() };
  } catch {
    HTMLFormElement.prototype.submit.call($form); // network or parse failure: let the browser post
    return;
  }
  if (answer.status === 200 && answer.body.ok) showAccepted();
  else showServerErrors(answer.body.errors ?? { form: [{ code: 'unknown', message: 'Something went wrong. Try again.' }] });
});
