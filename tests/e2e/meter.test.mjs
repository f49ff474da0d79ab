// The demo's strength meter, typed into like a person would, in real Chromium.

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { startDemo } from './support.mjs';

let demo;
before(async () => {
  demo = await startDemo();
});
after(() => demo?.close());

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
  assert.equal(await meter.getAttribute('data-score'), '0');
  assert.match(await page.locator('.sg-meter__label').textContent(), /very weak/i);

  await typePassword(page, 'correct horse battery staple');
  assert.equal(await meter.getAttribute('data-score'), '4');
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
  assert.equal(await meter.getAttribute('data-score'), '0');
  await page.locator('#password').press('Backspace');
  assert.equal(await meter.getAttribute('data-score'), null);
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
