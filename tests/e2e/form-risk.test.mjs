// Advisory risk signals for the server: a hidden input with JSON, opt-in.

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { attachDemo, mountDemoMarkup, startFormDemo, typeInto } from './form-fixtures.mjs';

let demo;
before(async () => {
  demo = await startFormDemo();
});
after(() => demo?.close());

const signals = (page, name = 'signup_risk') => page.evaluate((n) => JSON.parse(document.querySelector(`input[type="hidden"][name="${n}"]`).value), name);

test('off by default: no hidden input', async () => {
  const page = await mountDemoMarkup(demo);
  await attachDemo(page, { breach: false });
  assert.equal(await page.locator('input[type="hidden"]').count(), 0);
  await page.close();
});

test('typed by keystrokes: no paste, no autofill; webdriver and time to fill are reported', async () => {
  const page = await mountDemoMarkup(demo);
  await attachDemo(page, { breach: false, riskSignals: { name: 'risk' } });
  await typeInto(page, '#email', 'ann@mailinator.com');
  await typeInto(page, '#password', 'correct horse battery staple');
  await page.waitForTimeout(50);
  await typeInto(page, '#password-confirm', 'correct horse battery staple');
  const s = await signals(page, 'risk');
  assert.equal(s.version, 1);
  assert.equal(s.pastedPassword, false);
  assert.equal(s.autofill, false);
  assert.equal(s.webdriver, true, 'Playwright-driven Chromium sets navigator.webdriver');
  assert.ok(s.timeToFillMs > 0);
  assert.equal(s.emailDisposable, true);
  assert.equal(s.emailMistyped, false);
  await page.close();
});

test('paste into a password field and input without keystrokes (autofill) are flagged', async () => {
  const page = await mountDemoMarkup(demo);
  await attachDemo(page, { breach: false, riskSignals: { name: 'signup_risk' } });
  await page.locator('#password').focus();
  await page.evaluate(() => {
    const data = new DataTransfer();
    data.setData('text/plain', 'pasted secret');
    document.getElementById('password').dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true }));
  });
  await page.fill('#email', 'ann@gmial.com');
  const s = await signals(page);
  assert.equal(s.pastedPassword, true);
  assert.equal(s.autofill, true, 'a value arrived without a keystroke');
  assert.equal(s.emailMistyped, true);
  await page.close();
});
