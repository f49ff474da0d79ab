// The whole loop on the demo: the browser advises, the server enforces. With the client-side
// guard removed (as an attacker or a broken script would), the server still refuses a weak or
// breached password and the page shows its field errors, linked to the fields.

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { startDemo } from './support.mjs';

let demo;
before(async () => {
  demo = await startDemo();
});
after(() => demo?.close());

async function fillDemo(page, password, confirmation = password) {
  await page.fill('#given-name', 'Ann');
  await page.fill('#family-name', 'Lee');
  await page.fill('#email', 'ann.lee@example.org');
  await page.fill('#username', 'annlee');
  await page.fill('#password', password);
  await page.fill('#password-confirm', confirmation);
  await page.check('#terms');
}

test('with the guard bypassed, the server refuses a breached short password and the page says why', async () => {
  const page = await demo.newPage('www/');
  await page.waitForSelector('html[data-signup-guard="ready"]');
  await page.evaluate(async () => (await import('/www/signup-guard.js')).guardFor(document.getElementById('signup')).destroy());
  await fillDemo(page, 'password', 'Password');
  const [response] = await Promise.all([
    page.waitForEvent('response', (r) => r.url().endsWith('/signup')),
    page.click('.demo-submit'),
  ]);
  assert.equal(response.status(), 422);
  const body = await response.json();
  assert.ok(body.errors.password?.length > 0, 'password errors come back under the field name');

  const summary = page.locator('.demo-error-summary');
  await summary.waitFor();
  const codes = await summary.locator('li').evaluateAll((items) => items.map((li) => li.dataset.code));
  assert.ok(codes.includes('too-short'), `codes: ${codes}`);
  assert.ok(codes.includes('mismatch'), `codes: ${codes}`);
  assert.equal(await page.evaluate(() => document.activeElement.className), 'demo-error-summary', 'the summary takes focus');
  assert.equal(await page.locator('#password').getAttribute('aria-invalid'), 'true');
  await summary.locator('a[href="#password"]').first().click();
  assert.equal(await page.evaluate(() => document.activeElement.id), 'password', 'each error links to its field');
  assert.ok(!JSON.stringify(body).includes('"password"]') && !JSON.stringify(body).includes(':"password"'), 'the password is never echoed');
  await page.close();
});

test('a signup the server accepts replaces the form with a confirmation', async () => {
  const page = await demo.newPage('www/');
  await page.waitForSelector('html[data-signup-guard="ready"]');
  await fillDemo(page, 'violet tractor humming seventeen');
  await page.locator('#password').dispatchEvent('input');
  await page.locator('#password-confirm').dispatchEvent('input');
  await page.waitForFunction(() => document.querySelector('[data-id="not-breached"]')?.dataset.state === 'pass', null, { timeout: 10_000 });
  await page.click('.demo-submit');
  await page.locator('.demo-success').waitFor();
  assert.match(await page.locator('.demo-success').textContent(), /Account created/);
  assert.equal(await page.locator('#signup').count(), 0);
  await page.close();
});
