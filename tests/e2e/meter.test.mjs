// The demo's strength meter, typed into like a person would.
//
// Engines: chromium, firefox, webkit

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { startDemo } from './support.mjs';

let demo;
before(async () => {
  demo = await startDemo();
});
after(() => demo?.close());

/** The meter rates in a worker by default: wait until it shows `score` (null = no score). */
async function scoreBecomes(page, score) {
  await page.waitForFunction(
    (expected) => document.querySelector('.sg-meter')?.getAttribute('data-score') === expected,
    score,
    { timeout: 10_000 },
  );
}

async function typePassword(page, text) {
  const input = page.locator('#password');
  await input.fill('');
  await input.pressSequentially(text, { delay: 5 });
}

test('typing "password" shows score 0 and a passphrase shows 4', async () => {
  const page = await demo.newPage();
  await page.waitForSelector('html[data-signup-guard="ready"]');
  const meter = page.locator('.sg-meter');

  await typePassword(page, 'password');
  await scoreBecomes(page, '0');
  assert.match(await page.locator('.sg-meter__label').textContent(), /very weak/i);

  await typePassword(page, 'correct horse battery staple');
  await scoreBecomes(page, '4');
  assert.match(await page.locator('.sg-meter__label').textContent(), /very strong/i);
  assert.deepEqual(page.errors, []);
  await page.close();
});

test('the meter updates on every keystroke, from empty to a score', async () => {
  const page = await demo.newPage();
  await page.waitForSelector('html[data-signup-guard="ready"]');
  const meter = page.locator('.sg-meter');
  assert.equal(await meter.getAttribute('data-score'), null, 'empty field shows no score');
  await page.locator('#password').press('a');
  await scoreBecomes(page, '0');
  await page.locator('#password').press('Backspace');
  assert.equal(await meter.getAttribute('data-score'), null, 'clearing the field clears at once');
  await page.close();
});

test('under the demo CSP checkPasswordAsync runs in a module worker and matches checkPassword', async () => {
  const page = await demo.newPage('www/blank.html');
  const result = await page.evaluate(async () => {
    const sg = await import('/www/signup-guard.js');
    const passwords = ['password', 'correct horse battery staple', 'Tr0ub4dour&3'];
    const reports = await Promise.all(passwords.map((p) => sg.checkPasswordAsync(p)));
    let typeError = null;
    await sg.checkPasswordAsync(42).catch((error) => {
      typeError = error.name;
    });
    let optionError = null;
    await sg.checkPasswordAsync('x', { nope: 1 }).catch((error) => {
      optionError = error.message;
    });
    const inWorker = sg.usesWorker();
    const mainThreadLoaded = sg.isReady();
    await sg.ready();
    const same = passwords.every((p, i) => JSON.stringify(sg.checkPassword(p)) === JSON.stringify(reports[i]));
    return { scores: reports.map((r) => r.score), same, inWorker, mainThreadLoaded, typeError, optionError };
  });
  assert.deepEqual(result.scores, [0, 4, 2]);
  assert.equal(result.same, true, 'worker reports equal main-thread reports');
  assert.equal(result.inWorker, true, 'the worker started under the strict CSP');
  assert.equal(result.mainThreadLoaded, false, 'the main thread never loaded the wasm');
  assert.equal(result.typeError, 'TypeError');
  assert.match(result.optionError, /`nope`/);
  assert.deepEqual(page.errors, []);
  await page.close();
});

test('with worker: false the meter rates synchronously on the main thread', async () => {
  const page = await demo.newPage('www/blank.html');
  const score = await page.evaluate(async () => {
    const sg = await import('/www/signup-guard.js');
    await sg.ready();
    const $input = document.createElement('input');
    document.body.append($input);
    const meter = new sg.PasswordMeter($input, { worker: false }).init();
    $input.value = 'password';
    $input.dispatchEvent(new Event('input'));
    return meter.$root.getAttribute('data-score');
  });
  assert.equal(score, '0');
  await page.close();
});

test('the server sends wasm as application/wasm and pages with the strict CSP', async () => {
  const wasm = await fetch(new URL('pkg/signup_guard_bg.wasm', demo.server.url));
  assert.equal(wasm.status, 200);
  assert.equal(wasm.headers.get('content-type'), 'application/wasm');
  const page = await fetch(new URL('www/', demo.server.url));
  assert.match(page.headers.get('content-security-policy'), /script-src 'self' 'wasm-unsafe-eval'/);
  const outside = await fetch(new URL('Cargo.toml', demo.server.url));
  assert.equal(outside.status, 404, 'files outside www/ and pkg/ are not served');
  const traversal = await fetch(new URL('www/%2e%2e/Cargo.toml', demo.server.url));
  assert.equal(traversal.status, 404);
});
