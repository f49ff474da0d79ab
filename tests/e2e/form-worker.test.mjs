// attach() with `worker: true`: the password is rated in the module worker, the state and events
// wait for its answer, and a submission made before the answer waits for it (also with a slow
// replacement checker, which any mode may have).
//
// Engines: chromium, firefox, webkit

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { attachDemo, mountDemoMarkup, startFormDemo, typeInto } from './form-fixtures.mjs';

let demo;
before(async () => {
  demo = await startFormDemo();
});
after(() => demo?.close());

test('attach() rates in the worker: pending while the answer is on its way, then one settled change event', async () => {
  const page = await mountDemoMarkup(demo);
  await attachDemo(page, { breach: false, policy: 'nist', worker: true });
  const seen = await page.evaluate(async () => {
    const sg = await import('/www/signup-guard.js');
    const input = document.getElementById('password');
    const scores = [];
    document.getElementById('signup').addEventListener('signup-guard:change', (event) => scores.push(event.detail.password?.score ?? null));
    input.value = 'correct horse battery staple';
    input.dispatchEvent(new Event('input', { bubbles: true }));
    const pendingAtOnce = window.guard.pending;
    const stateAtOnce = window.guard.state.password;
    await window.guard.settled();
    return {
      pendingAtOnce, stateAtOnce, pendingAfter: window.guard.pending, score: window.guard.state.password?.score,
      meter: document.querySelector('#signup .sg-meter').dataset.score, usesWorker: sg.usesWorker(), scores,
    };
  });
  assert.equal(seen.pendingAtOnce, true, 'the rating is asynchronous');
  assert.equal(seen.stateAtOnce, null, 'no half-known state is reported');
  assert.equal(seen.pendingAfter, false);
  assert.equal(seen.usesWorker, true);
  assert.equal(seen.score, 4);
  assert.equal(seen.meter, '4');
  assert.deepEqual(seen.scores, [4], 'listeners hear only the settled state');
  assert.deepEqual(page.errors, []);
  await page.close();
});

test('a long paste is rated in the worker and the policy says it is too long', async () => {
  const page = await mountDemoMarkup(demo);
  await attachDemo(page, { breach: false, policy: 'nist', worker: true });
  const result = await page.evaluate(async () => {
    const sg = await import('/www/signup-guard.js');
    const input = document.getElementById('password');
    input.value = 'correct horse battery staple '.repeat(36_000);
    input.dispatchEvent(new Event('input', { bubbles: true }));
    const pendingAtOnce = window.guard.pending;
    await window.guard.settled();
    return { pendingAtOnce, usesWorker: sg.usesWorker(), pending: window.guard.pending, failures: window.guard.state.password?.policy?.failures?.map((f) => f.code) ?? [] };
  });
  assert.equal(result.pendingAtOnce, true, 'answered by the worker, not within the input event');
  assert.equal(result.usesWorker, true);
  assert.equal(result.pending, false);
  assert.ok(result.failures.includes('too-long'), result.failures.join());
  await page.close();
});

/** The demo form with a slow (async) password checker: the real core's answer, 400 ms late. */
async function slowRatingDemo() {
  const page = await mountDemoMarkup(demo);
  await page.evaluate(async () => {
    const sg = await import('/www/signup-guard.js');
    await sg.ready();
    window.testCheckers = {
      ...window.testCheckers,
      checkPassword: (password, options) => new Promise((resolve) => {
        setTimeout(() => resolve(sg.checkPassword(password, options)), 400);
      }),
    };
    window.submitted = [];
    document.getElementById('signup').addEventListener('submit', (event) => {
      event.preventDefault();
      window.submitted.push(document.getElementById('password').value);
    });
  });
  await attachDemo(page, { breach: false, policy: 'nist', officialDomains: ['127.0.0.1', 'localhost'] });
  return page;
}

async function fillRest(page, password) {
  await typeInto(page, '#given-name', 'Ada');
  await typeInto(page, '#family-name', 'Lovelace');
  await typeInto(page, '#email', 'ada@example.org');
  await typeInto(page, '#username', 'ada1815');
  await typeInto(page, '#password-confirm', password);
  await page.check('#terms');
}

test('a submission made before the rating arrives waits for it, then goes ahead when the password passes', async () => {
  const page = await slowRatingDemo();
  const password = 'Lantern-quietly-orbit-92';
  await fillRest(page, password);
  await page.fill('#password', password); // the answer comes 400 ms later
  await page.click('button[type="submit"]');
  const held = await page.evaluate(() => ({ submitted: window.submitted.length, pending: window.guard.pending }));
  assert.deepEqual(held, { submitted: 0, pending: true }, 'held while the rating is on its way');
  await page.waitForFunction(() => /Checking your password/.test(document.querySelector('#signup .sg-live')?.textContent), null, { timeout: 2000 });
  await page.waitForFunction(() => window.submitted.length === 1, null, { timeout: 5000 });
  assert.deepEqual(await page.evaluate(() => window.submitted), [password]);
  await page.close();
});

test('a submission made before the rating arrives waits for it, then stops when the password fails', async () => {
  const page = await slowRatingDemo();
  await fillRest(page, 'password');
  await page.fill('#password', 'password');
  await page.click('button[type="submit"]');
  assert.equal(await page.evaluate(() => window.submitted.length), 0);
  await page.waitForFunction(() => !window.guard.pending && document.activeElement?.id === 'password', null, { timeout: 5000 });
  await page.waitForTimeout(100);
  assert.equal(await page.evaluate(() => window.submitted.length), 0, 'never sent');
  await page.waitForFunction(() => /can't create your account yet/.test(document.querySelector('#signup .sg-live')?.textContent), null, { timeout: 2000 });
  await page.close();
});

test('the page and its password worker share one download and one compile of the wasm', async () => {
  const start = demo.requestLog.length;
  const page = await demo.newPage('www/?worker=on');
  await page.waitForSelector('html[data-signup-guard="ready"]');
  await page.fill('#password', 'correct horse battery staple');
  const result = await page.evaluate(async () => {
    const sg = await import('/www/signup-guard.js');
    await sg.warmUp();
    const guard = sg.guardFor(document.getElementById('signup'));
    await guard.settled();
    return { usesWorker: sg.usesWorker(), score: guard.state.password?.score };
  });
  assert.deepEqual(result, { usesWorker: true, score: 4 });
  const wasmRequests = demo.requestLog.slice(start).map((r) => r.path).filter((path) => path.endsWith('.wasm'));
  assert.equal(wasmRequests.length, 1, `wasm requests: ${wasmRequests.join(', ')}`);
  await page.close();
});
