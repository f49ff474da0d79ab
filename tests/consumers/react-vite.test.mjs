// Vite + React 19 with the packed package: a controlled form whose onChange sets state, a
// clock re-rendering it from elsewhere, a field React inserts later, the app's own
// checkValidity(); built for production and typed into in a real browser. Then the same form
// rendered on the server (Vite SSR), which imports attach.
//
// Engines: chromium, firefox, webkit

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { installConsumer, launchBrowser, newPage, npmRun, packPackage, serveStatic } from './support.mjs';

let app;
let server;
let browser;
before(async () => {
  app = await installConsumer('react-vite', await packPackage());
  await npmRun(app.dir, 'build');
  server = await serveStatic(join(app.dir, 'dist'));
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  await server?.close();
  app?.remove();
});

const PASSWORD = 'violet-Tractor-harbor-92-quilt';
const EMAIL = 'ann.lee@example.org';

/** The app, with the guard's checks loaded. */
async function openApp() {
  const page = await newPage(browser);
  await page.goto(server.url);
  await page.waitForSelector('#password');
  return page;
}

/** Types like a person, 40 ms a key, and returns what the field holds afterwards. */
async function typeSlowly(page, selector, text) {
  await page.locator(selector).pressSequentially(text, { delay: 40 });
  return page.inputValue(selector);
}

test('every keystroke is kept in a controlled React form whose onChange sets state', async () => {
  const page = await openApp();
  // The first field is typed while the wasm loads (on focus), the others once it is there.
  assert.equal(await typeSlowly(page, '#email', EMAIL), EMAIL);
  assert.equal(await typeSlowly(page, '#password', PASSWORD), PASSWORD);
  await page.waitForSelector('#confirmation');
  assert.equal(await typeSlowly(page, '#confirmation', PASSWORD), PASSWORD);
  assert.equal(await page.inputValue('#email'), EMAIL, 'nothing written back later either');
  await page.waitForFunction(() => document.getElementById('status').textContent === 'Ready to create your account.', null, { timeout: 10_000 });
  assert.deepEqual(page.errors, []);
  await page.close();
});

test('a weak password is blocked, a strong one goes through', async () => {
  const page = await openApp();
  await typeSlowly(page, '#email', EMAIL);
  await typeSlowly(page, '#password', 'password');
  await typeSlowly(page, '#confirmation', 'password');
  await page.click('button[type="submit"]');
  await page.waitForFunction(() => document.querySelector('#password').getAttribute('aria-invalid') === 'true', null, { timeout: 10_000 });
  assert.equal(await page.evaluate(() => document.activeElement.id), 'password');
  await page.waitForFunction(() => document.querySelector('.sg-live').textContent !== '', null, { timeout: 5000 });
  assert.match(await page.locator('.sg-live').textContent(), /can.t|not|yet/i);
  assert.equal(new URL(page.url()).pathname, '/');

  await page.fill('#password', '');
  await typeSlowly(page, '#password', PASSWORD);
  await page.fill('#confirmation', '');
  await typeSlowly(page, '#confirmation', PASSWORD);
  await page.click('button[type="submit"]');
  await page.waitForSelector('#created', { timeout: 10_000 });
  assert.deepEqual(page.errors, []);
  await page.close();
});

test('the field React inserts later is checked too (watch)', async () => {
  const page = await openApp();
  await typeSlowly(page, '#password', PASSWORD);
  await page.waitForSelector('#confirmation');
  await typeSlowly(page, '#confirmation', `${PASSWORD}x`);
  await page.locator('#confirmation').blur();
  await page.waitForFunction(() => document.getElementById('confirmation').validationMessage !== '', null, { timeout: 10_000 });
  assert.match(await page.evaluate(() => document.getElementById('confirmation').validationMessage), /match/i);
  assert.deepEqual(page.errors, []);
  await page.close();
});

test('"Did you mean …?" is accepted with one click, and React keeps the new value', async () => {
  const page = await openApp();
  await typeSlowly(page, '#email', 'ann@gmial.com');
  await page.waitForSelector('.sg-suggestion__button', { state: 'visible', timeout: 10_000 });
  await page.click('.sg-suggestion__button');
  await page.waitForFunction(() => document.getElementById('email').value === 'ann@gmail.com', null, { timeout: 2000 });
  await page.waitForTimeout(600); // two clock re-renders: React must not put the old value back
  assert.equal(await page.inputValue('#email'), 'ann@gmail.com');
  assert.deepEqual(page.errors, []);
  await page.close();
});

test('show/hide stays in sync while React re-renders the password field', async () => {
  const page = await openApp();
  await typeSlowly(page, '#password', 'abc');
  const toggle = page.locator('.sg-password-toggle').first();
  await toggle.waitFor({ state: 'visible' });
  await toggle.click();
  await page.locator('#password').press('End');
  await page.locator('#password').pressSequentially('d', { delay: 40 });
  await page.waitForTimeout(600); // clock re-renders
  const seen = await page.evaluate(() => {
    const $input = document.getElementById('password');
    const $button = document.querySelector('.sg-password-toggle');
    return { type: $input.type, pressed: $button.getAttribute('aria-pressed'), text: $button.textContent, value: $input.value };
  });
  assert.equal(seen.value, 'abcd');
  assert.equal(seen.pressed, String(seen.type === 'text'), `button and field agree: ${JSON.stringify(seen)}`);
  assert.equal(seen.text, seen.type === 'text' ? 'Hide' : 'Show');
  await page.close();
});

test("the app's checkValidity() on every render marks nothing before a submit attempt", async () => {
  const page = await openApp();
  await page.focus('#email');
  await page.waitForTimeout(800); // several renders, each calling checkValidity()
  assert.equal(await page.locator('[aria-invalid="true"]').count(), 0);
  assert.equal(await page.locator('.sg-live').textContent(), '');
  assert.deepEqual(page.errors, []);
  await page.close();
});

test('Vite SSR: the component that imports attach renders on the server', async () => {
  const { render } = await import(pathToFileURL(join(app.dir, 'dist-ssr', 'server.js')).href);
  const out = await render();
  assert.match(out.html, /<form[^>]*action="\/signup"/);
  assert.match(out.html, /autoComplete|autocomplete="new-password"/);
  assert.equal(out.weakScore, 0, 'the checkers work on the server');
  assert.equal(out.attachError, 'NoDomError', 'attach() says why it cannot run there');
});

test("the README's React example is this consumer's component, verbatim", () => {
  const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
  const component = readFileSync(new URL('./react-vite/src/SignupForm.jsx', import.meta.url), 'utf8');
  assert.ok(readme.includes(`\`\`\`jsx\n${component}\`\`\``), 'README.md shows tests/consumers/react-vite/src/SignupForm.jsx');
});
