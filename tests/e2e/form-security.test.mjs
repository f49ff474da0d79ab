// Strict CSP and hostile input: nothing from data is ever parsed as HTML, nothing executes,
// and the widget triggers no Content-Security-Policy violation.

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { attachDemo, mountDemoMarkup, startFormDemo, state, typeInto } from './form-fixtures.mjs';

let demo;
before(async () => {
  demo = await startFormDemo();
});
after(() => demo?.close());

const HOSTILE = '<img src=x onerror="window.pwned=1">';

test('hostile message overrides and URLs are shown as text; no script runs, no CSP violation', async () => {
  const page = await mountDemoMarkup(demo);
  await page.evaluate(() => {
    window.violations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.violations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  const messages = {
    'checklist.title': `Title ${HOSTILE}`,
    'checklist.summary': `{done}/{total} <script>window.pwned=2</script>`,
    'checklist.email.did-you-mean': `${HOSTILE} {suggestion}?`,
    'checklist.field.mismatch': `<a href="javascript:window.pwned=3">x</a>`,
    'checklist.url.warning': `<svg onload="window.pwned=4">`,
    'checklist.banner.warning': HOSTILE,
  };
  await attachDemo(page, {
    messages,
    breach: false,
    checklist: '#checklist-slot',
    banner: '#banner-slot',
    officialDomains: ['example.com'],
    items: [{ id: 'x"><img src=x onerror=window.pwned=5>', text: HOSTILE, state: 'fail' }],
  });
  await typeInto(page, '#website', 'javascript:window.pwned=6//https://paypa1.com');
  await typeInto(page, '#email', `"<img src=x onerror=window.pwned=7>"@gmial.com`);
  await typeInto(page, '#password', 'abc');
  await typeInto(page, '#password-confirm', 'abd');
  await page.click('.demo-submit');
  const button = page.locator('.sg-suggestion__button');
  if (await button.count()) await button.click();
  await page.waitForTimeout(300);
  const result = await page.evaluate(() => ({
    pwned: window.pwned ?? null,
    violations: window.violations,
    injected: document.querySelectorAll('.sg-checklist img, .sg-field-message img, .sg-banner img, .sg-checklist script, .sg-field-message a, .sg-field-message svg, .sg-banner img').length,
    styled: document.querySelectorAll('[style]').length,
    title: document.querySelector('.sg-checklist__title').textContent,
    summary: document.querySelector('.sg-checklist__summary').textContent,
    confirmMessage: document.querySelector('#password-confirm ~ .sg-field-message').textContent,
  }));
  assert.equal(result.pwned, null);
  assert.deepEqual(result.violations, []);
  assert.equal(result.injected, 0);
  assert.equal(result.styled, 0, 'no style attributes anywhere');
  assert.equal(result.title, `Title ${HOSTILE}`);
  assert.match(result.summary, /<script>window\.pwned=2<\/script>$/);
  assert.match(result.confirmMessage, /<a href="javascript:/);
  const s = await state(page);
  assert.ok(s.urls.length === 0 || ['dangerous', 'suspicious', 'invalid'].includes(s.urls[0].verdict));
  assert.deepEqual(page.errors, []);
  await page.close();
});

test('the demo page under the strict CSP: no violations, no inline style, no errors', async () => {
  const page = await demo.newPage('www/');
  await page.evaluate(() => {
    window.violations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.violations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  await page.waitForSelector('html[data-signup-guard]');
  await typeInto(page, '#email', 'ann@gmial.com');
  await typeInto(page, '#website', 'https://paypa1.com');
  await typeInto(page, '#password', 'password');
  await page.locator('#password').blur();
  await page.waitForTimeout(900);
  const result = await page.evaluate(() => ({ violations: window.violations, styled: document.querySelectorAll('[style]').length }));
  assert.deepEqual(result, { violations: [], styled: 0 });
  const csp = (await page.request.get(page.url())).headers()['content-security-policy'];
  assert.equal(csp, "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'");
  assert.deepEqual(page.errors.filter((e) => !/404|Failed to load resource/.test(e)), []);
  await page.close();
});

test('the widget source has no innerHTML, eval, inline style writes or autocomplete changes', async () => {
  const { readFile, readdir } = await import('node:fs/promises');
  const root = new URL('../../www/lib/', import.meta.url);
  const files = [];
  for (const entry of await readdir(root, { recursive: true })) if (entry.endsWith('.js')) files.push(entry);
  for (const file of files) {
    const source = await readFile(new URL(file, root), 'utf8');
    const banned = /\.(innerHTML|outerHTML)\s*=|insertAdjacentHTML|\beval\(|new Function\(|\.style\.|setAttribute\(\s*['"](style|autocomplete)|\.autocomplete\s*=|replaceWith\(|cloneNode\(/;
    const hit = source.match(banned);
    assert.equal(hit, null, `${file}: ${hit?.[0]}`);
  }
});
