// Accessibility: zero axe violations on the demo (light and dark, in use), aria links restored,
// full keyboard flow, and a screenshot of the demo saved under test-results/.

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir } from 'node:fs/promises';
import { AxeBuilder } from '@axe-core/playwright';
import { startFormDemo, typeInto } from './form-fixtures.mjs';

let demo;
before(async () => {
  demo = await startFormDemo();
});
after(() => demo?.close());

async function axe(page) {
  const results = await new AxeBuilder({ page }).analyze();
  assert.ok(results.passes.length > 10, 'axe ran its rules');
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

test('axe finds no violations on the demo, fresh and in use, light and dark', async () => {
  for (const query of ['', '?theme=dark', '?official=example.com', '?lang=de']) {
    // AxeBuilder needs a page of an explicit browser context.
    const context = await demo.browser.newContext();
    const page = await context.newPage();
    await page.goto(new URL(`www/${query}`, demo.server.url).href);
    await page.waitForSelector('html[data-signup-guard]');
    await page.waitForSelector('.sg-checklist__item');
    assert.deepEqual(await axe(page), [], `fresh ${query}`);
    await typeInto(page, '#email', 'ann@gmial.com');
    await typeInto(page, '#website', 'https://paypa1.com');
    await typeInto(page, '#password', 'password');
    await typeInto(page, '#password-confirm', 'passw');
    await page.click('.demo-submit');
    await page.waitForTimeout(200);
    assert.deepEqual(await axe(page), [], `in use ${query}`);
    await context.close();
  }
});

test('aria-describedby appends to existing ids; aria-invalid only after the field was left', async () => {
  const page = await demo.newPage('www/');
  await page.waitForSelector('html[data-signup-guard]');
  const describedBy = await page.locator('#email').getAttribute('aria-describedby');
  assert.match(describedBy, /^email-hint \S+message/);
  for (const id of describedBy.split(' ')) assert.equal(await page.locator(`#${id}`).count(), 1, id);
  const pwIds = (await page.locator('#password').getAttribute('aria-describedby')).split(' ');
  assert.equal(pwIds.length, 3, 'message, requirements and meter');
  await typeInto(page, '#email', 'not-an-email');
  assert.equal(await page.locator('#email').getAttribute('aria-invalid'), null, 'not while typing');
  await page.locator('#username').focus();
  const hasEmailChecker = await page.evaluate(async () => typeof (await import('/www/signup-guard.js')).checkEmail === 'function');
  if (hasEmailChecker) assert.equal(await page.locator('#email').getAttribute('aria-invalid'), 'true');
  await page.close();
});

test('keyboard only: every field and the submit button are reachable in order', async () => {
  const page = await demo.newPage('www/');
  await page.waitForSelector('html[data-signup-guard]');
  await page.locator('#given-name').focus();
  const order = [];
  for (let i = 0; i < 11; i += 1) {
    order.push(await page.evaluate(() => document.activeElement.id || document.activeElement.className));
    await page.keyboard.press('Tab');
  }
  assert.deepEqual(order, ['given-name', 'family-name', 'email', 'username', 'website', 'password', 'sg-password-toggle', 'password-confirm', 'sg-password-toggle', 'terms', 'demo-submit']);
  await page.close();
});

test('state is never colour alone: every item and requirement has an icon shape and words', async () => {
  const page = await demo.newPage('www/');
  await page.waitForSelector('.sg-checklist__item');
  await typeInto(page, '#password', 'abc');
  const items = await page.locator('.sg-checklist__item').evaluateAll((all) => all.map((el) => ({
    icon: getComputedStyle(el.querySelector('.sg-icon'), '::before').content,
    label: el.querySelector('.sg-checklist__state').textContent,
  })));
  for (const { icon, label } of items) {
    assert.notEqual(icon, 'none');
    assert.ok(label.length > 0);
  }
  await page.close();
});

test('light and dark themes come from custom properties', async () => {
  const colours = [];
  for (const theme of ['light', 'dark']) {
    const page = await demo.newPage(`www/?theme=${theme}`);
    await page.waitForSelector('.sg-checklist');
    colours.push(await page.locator('.sg-checklist').evaluate((el) => getComputedStyle(el).backgroundColor));
    await page.close();
  }
  assert.notEqual(colours[0], colours[1]);
});

test('a screenshot of the demo in use is saved to test-results/', async () => {
  const page = await demo.browser.newPage({ viewport: { width: 1200, height: 1400 } });
  await page.goto(new URL('www/', demo.server.url).href);
  await page.waitForSelector('.sg-checklist__item');
  await page.fill('#given-name', 'Ann');
  await page.fill('#family-name', 'Lee');
  await typeInto(page, '#email', 'ann@gmial.com');
  await typeInto(page, '#password', 'correct horse battery staple');
  await typeInto(page, '#password-confirm', 'correct horse battery staple');
  await page.waitForTimeout(900);
  const dir = new URL('../../test-results/', import.meta.url);
  await mkdir(dir, { recursive: true });
  const file = new URL('demo-signup.png', dir);
  await page.screenshot({ path: file.pathname, fullPage: true });
  const { stat } = await import('node:fs/promises');
  assert.ok((await stat(file)).size > 10_000);
  await page.close();
});
