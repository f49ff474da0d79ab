// When attach() loads the wasm: not at once, but when the page goes idle, when the person first
// focuses a field of the form, or when the page calls ready() itself, whichever comes first.
// Until then the page has fetched only the JavaScript.

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mountDemoMarkup, startFormDemo } from './form-fixtures.mjs';

let demo;
before(async () => {
  demo = await startFormDemo();
});
after(() => demo?.close());

/** The demo form with the wasm requests recorded and, unless `idle`, an idle that never comes. */
async function demoPage({ idle = false } = {}) {
  const page = await mountDemoMarkup(demo);
  page.wasmRequests = [];
  page.on('request', (request) => {
    if (request.url().endsWith('.wasm')) page.wasmRequests.push(request.url());
  });
  if (!idle) {
    // A page that stays busy: requestIdleCallback never calls back, not even on its timeout.
    await page.evaluate(() => {
      window.requestIdleCallback = () => 0;
    });
  }
  await page.evaluate(async () => {
    const sg = await import('/www/signup-guard.js');
    window.sg = sg;
    window.guard = sg.attach(document.getElementById('signup'), { breach: false });
  });
  return page;
}

test('attach() fetches no wasm until a field of the form is focused; then the checks start', async () => {
  const page = await demoPage();
  await page.waitForTimeout(700);
  assert.deepEqual(page.wasmRequests, [], 'no wasm before focus or idle');
  assert.equal(await page.evaluate(() => window.guard.state.ready), false);

  await page.focus('#given-name');
  await page.waitForFunction(() => window.guard.state.ready, null, { timeout: 15_000 });
  assert.equal(page.wasmRequests.length, 1, `one wasm request: ${page.wasmRequests.join(', ')}`);
  assert.equal(await page.evaluate(() => window.guard.state.available), true);
  await page.fill('#email', 'someone@gmial.com');
  const suggestion = await page.evaluate(() => window.guard.state.email?.suggestion);
  assert.equal(suggestion, 'someone@gmail.com');
  assert.deepEqual(page.errors, []);
  await page.close();
});

test('after attach(), "await ready()" loads the core and finds the guard state up to date', async () => {
  const page = await demoPage();
  const seen = await page.evaluate(async () => {
    const $email = document.getElementById('email');
    $email.value = 'someone@gmial.com';
    $email.dispatchEvent(new Event('input', { bubbles: true }));
    const before = window.guard.state.ready;
    await window.sg.ready();
    return { before, after: window.guard.state.ready, available: window.guard.state.available, suggestion: window.guard.state.email?.suggestion };
  });
  assert.deepEqual(seen, { before: false, after: true, available: true, suggestion: 'someone@gmail.com' });
  assert.equal(page.wasmRequests.length, 1);
  assert.deepEqual(page.errors, []);
  await page.close();
});

test('left alone, the page loads the core when it goes idle', async () => {
  const page = await demoPage({ idle: true });
  await page.waitForFunction(() => window.guard.state.ready, null, { timeout: 15_000 });
  assert.equal(await page.evaluate(() => window.guard.state.available), true);
  assert.equal(page.wasmRequests.length, 1);
  assert.deepEqual(page.errors, []);
  await page.close();
});
