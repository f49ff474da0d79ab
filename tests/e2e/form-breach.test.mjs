// The breach check in the form: debounced after typing pauses, immediate on blur and submit,
// stale requests aborted, found → a blocking failure, errors fail open unless failClosed.
//
// Engines: chromium, firefox, webkit

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { attachDemo, item, mountDemoMarkup, startFormDemo, state, typeInto } from './form-fixtures.mjs';

let demo;
before(async () => {
  demo = await startFormDemo();
});
after(() => demo?.close());

async function page(endpointPath = 'hibp', extra = {}) {
  const p = await mountDemoMarkup(demo);
  await attachDemo(p, { breach: { endpoint: `${demo.server.url}${endpointPath}` }, checklist: '#checklist-slot', ...extra });
  return p;
}

async function fillRest(p) {
  await p.fill('#given-name', 'Ann');
  await p.fill('#family-name', 'Lee');
  await p.fill('#email', 'ann.lee@example.org');
  await p.fill('#username', 'annlee');
}

test('no request while typing; one request after a pause of at least 500 ms', async () => {
  const p = await page();
  demo.requests.length = 0;
  await typeInto(p, '#password', 'Summer2024!');
  assert.equal(demo.requests.length, 0, 'nothing sent while typing');
  assert.equal((await item(p, 'not-breached')).state, 'pending');
  await p.waitForTimeout(300);
  assert.equal(demo.requests.length, 0, 'still waiting 300 ms after the last key');
  await p.waitForFunction(() => window.guard.state.breach.status === 'found', null, { timeout: 5000 });
  assert.equal(demo.requests.length, 1);
  assert.match(demo.requests[0], /^\/hibp\/range\/[0-9A-F]{5}$/, 'only a five-character prefix leaves the page');
  const s = await state(p);
  assert.equal(s.breach.count, 1234);
  const breach = await item(p, 'not-breached');
  assert.equal(breach.state, 'fail');
  assert.match(breach.text, /Seen 1,234 times in data breaches/);
  assert.ok(s.blocking.includes('not-breached'));
  if (s.password.policy) {
    assert.ok(s.password.policy.failures.some((f) => f.code === 'breached' && /seen 1,234 times/i.test(f.message)));
  }
  await p.waitForFunction(() => document.querySelector('.sg-live').textContent.includes('1,234 times'));
  await p.close();
});

test('blur checks at once; a changed password aborts the stale request', async () => {
  const p = await page('hibp-slow');
  await p.evaluate(() => {
    window.aborted = 0;
    const original = window.AbortController.prototype.abort;
    window.AbortController.prototype.abort = function abort(...args) {
      window.aborted += 1;
      return original.apply(this, args);
    };
  });
  demo.requests.length = 0;
  await typeInto(p, '#password', 'first-try-password');
  await p.locator('#email').focus();
  await p.waitForFunction(() => window.guard.state.breach.status === 'checking');
  assert.equal(await p.evaluate(() => window.aborted), 0);
  await typeInto(p, '#password', 'zebra-fish-lamp-74');
  assert.ok(await p.evaluate(() => window.aborted) >= 1, 'the first request was aborted');
  await p.waitForFunction(() => window.guard.state.breach.status === 'found', null, { timeout: 8000 });
  assert.equal((await state(p)).breach.count, 3, 'the answer is for the latest password only');
  await p.close();
});

test('submit waits for the check, then blocks a breached password and focuses it', async () => {
  const p = await page();
  await fillRest(p);
  await p.check('#terms');
  // Strong by zxcvbn's measure, yet breached: only the breach check stops it.
  await typeInto(p, '#password', 'zebra-fish-lamp-74');
  await typeInto(p, '#password-confirm', 'zebra-fish-lamp-74');
  await p.evaluate(() => document.getElementById('signup').addEventListener('submit', (e) => { e.preventDefault(); window.submitted = true; }));
  await p.click('.demo-submit');
  await p.waitForFunction(() => window.guard.state.breach.status === 'found');
  await p.waitForFunction(() => document.activeElement.id === 'password');
  assert.equal(await p.evaluate(() => window.submitted ?? false), false);
  assert.match(await p.evaluate(() => document.getElementById('password').validationMessage), /seen 3 times in data breaches/);
  assert.deepEqual((await state(p)).blocking, ['not-breached']);
  await p.waitForFunction(() => document.querySelector('.sg-live').textContent.includes('3 times'));
  await p.close();
});

test('a breach service failure says "couldn\'t check" and fails open', async () => {
  const p = await page('hibp-down');
  await fillRest(p);
  await p.check('#terms');
  await typeInto(p, '#password', 'correct horse battery staple');
  await typeInto(p, '#password-confirm', 'correct horse battery staple');
  await p.evaluate(() => document.getElementById('signup').addEventListener('submit', (e) => { e.preventDefault(); window.submitted = true; }));
  await p.click('.demo-submit');
  await p.waitForFunction(() => window.submitted === true, null, { timeout: 5000 });
  const s = await state(p);
  assert.equal(s.breach.status, 'error');
  assert.equal(s.breach.error, 'http-status');
  const breach = await item(p, 'not-breached');
  assert.equal(breach.state, 'info');
  assert.match(breach.text, /Couldn't check known data breaches right now/);
  assert.match(await p.locator('#password ~ .sg-field-message').textContent(), /Couldn't check/);
  await p.close();
});

test('failClosed: a breach service failure blocks', async () => {
  const p = await page('hibp-down', { failClosed: true });
  await fillRest(p);
  await p.check('#terms');
  await typeInto(p, '#password', 'correct horse battery staple');
  await typeInto(p, '#password-confirm', 'correct horse battery staple');
  await p.evaluate(() => document.getElementById('signup').addEventListener('submit', (e) => { e.preventDefault(); window.submitted = true; }));
  await p.click('.demo-submit');
  await p.waitForFunction(() => window.guard.state.breach.status === 'error');
  await p.waitForFunction(() => document.activeElement.id === 'password');
  assert.equal(await p.evaluate(() => window.submitted ?? false), false);
  assert.deepEqual((await state(p)).blocking, ['not-breached']);
  await p.close();
});
