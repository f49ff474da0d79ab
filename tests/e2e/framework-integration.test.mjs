// What frameworks and apps do around the guard, on the demo (real core, strict CSP): callbacks
// that set state, a redraw between mouse press and release, a re-render that resets the field's
// type, the app's own checkValidity(), and what `state.valid` means.
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

/** The demo page with its guard ready. */
async function openDemo() {
  const page = await demo.newPage('www/');
  await page.waitForSelector('html[data-signup-guard="ready"]', { state: 'attached' });
  return page;
}

/** The demo form's guard state, once nothing is in flight. */
function guardState(page) {
  return page.evaluate(async () => {
    const sg = await import('/www/signup-guard.js');
    const guard = sg.guardFor(document.getElementById('signup'));
    await guard.settled();
    return JSON.parse(JSON.stringify(guard.state));
  });
}

test('onChange and signup-guard:change never run inside the input event that caused them', async () => {
  const page = await openDemo();
  const seen = await page.evaluate(async () => {
    const sg = await import('/www/signup-guard.js');
    const form = document.getElementById('signup');
    sg.guardFor(form).destroy();
    const calls = [];
    form.addEventListener('signup-guard:change', () => calls.push('event'));
    const guard = sg.attach(form, { breach: false, onChange: () => calls.push('onChange') });
    await sg.ready();
    await guard.settled();
    calls.length = 0;
    const $email = document.getElementById('email');
    $email.value = 'ann.lee@example.org';
    let duringEvent = null;
    // A listener after the guard's, like React's at the root: it must see no callback yet.
    document.addEventListener('input', () => { duringEvent = [...calls]; }, { once: true });
    $email.dispatchEvent(new Event('input', { bubbles: true }));
    const afterDispatch = [...calls];
    await guard.settled();
    return { duringEvent, afterDispatch, later: [...calls] };
  });
  assert.deepEqual(seen.duringEvent, [], 'nothing ran while the event was being handled');
  assert.deepEqual(seen.afterDispatch, []);
  assert.deepEqual(seen.later, ['event', 'onChange'], 'both ran afterwards, once, event first');
  assert.deepEqual(page.errors, []);
  await page.close();
});

test('"Did you mean …?" takes one click while focus is still in the filled email field', async () => {
  const page = await openDemo();
  await page.locator('#email').pressSequentially('ann@gmial.com', { delay: 5 });
  await page.waitForSelector('.sg-suggestion__button', { state: 'visible' });
  assert.equal(await page.evaluate(() => document.activeElement.id), 'email');
  await page.click('.sg-suggestion__button');
  await page.waitForFunction(() => document.getElementById('email').value === 'ann@gmail.com', null, { timeout: 2000 });
  assert.equal(await page.inputValue('#email'), 'ann@gmail.com');
  // The same from the password field below it, once it holds a (weak) password.
  await page.fill('#email', 'bob@hotmial.com');
  await page.waitForSelector('.sg-suggestion__button', { state: 'visible' });
  await page.locator('#password').pressSequentially('abc', { delay: 5 });
  await page.click('.sg-suggestion__button');
  await page.waitForFunction(() => document.getElementById('email').value === 'bob@hotmail.com', null, { timeout: 2000 });
  assert.deepEqual(page.errors, []);
  await page.close();
});

test('show/hide follows the field when a re-render puts type="password" back', async () => {
  const page = await openDemo();
  await page.fill('#password', 'correct horse battery staple');
  const button = page.locator('#password + .sg-password-toggle');
  await button.click();
  assert.equal(await page.locator('#password').getAttribute('type'), 'text');
  assert.equal(await button.getAttribute('aria-pressed'), 'true');
  // What React does on every update of a controlled <input type="password">.
  await page.evaluate(() => { document.getElementById('password').type = 'password'; });
  await page.waitForFunction(() => document.querySelector('#password + .sg-password-toggle').getAttribute('aria-pressed') === 'false', null, { timeout: 2000 });
  assert.equal(await button.textContent(), 'Show');
  assert.equal(await button.getAttribute('aria-label'), 'Show password');
  await button.click();
  assert.equal(await page.locator('#password').getAttribute('type'), 'text', 'one click shows it again');
  assert.equal(await button.textContent(), 'Hide');
  await page.close();
});

test("the app's own checkValidity() is not a submit attempt; a real one is", async () => {
  const page = await openDemo();
  const probe = () => page.evaluate(() => ({
    invalid: document.querySelectorAll('#signup [aria-invalid="true"]').length,
    live: document.querySelector('#signup .sg-live')?.textContent ?? '',
    errors: [...document.querySelectorAll('#signup .sg-field-message[data-tone="error"]:not([hidden])')].length,
  }));
  await page.evaluate(async () => {
    const form = document.getElementById('signup');
    form.checkValidity();
    form.querySelector('#given-name').checkValidity();
    await new Promise((resolve) => { setTimeout(resolve, 50); });
  });
  assert.deepEqual(await probe(), { invalid: 0, live: '', errors: 0 });

  await page.click('.demo-submit');
  await page.waitForFunction(() => document.querySelectorAll('#signup [aria-invalid="true"]').length > 0, null, { timeout: 3000 });
  await page.waitForFunction(() => document.querySelector('#signup .sg-live').textContent !== '', null, { timeout: 3000 });
  assert.match((await probe()).live, /cannot|can't|not yet|Please/i);
  await page.close();
});

test('the page calling requestSubmit() on a form the browser validates is a submit attempt', async () => {
  const page = await demo.newPage('www/blank.html');
  await page.evaluate(async () => {
    document.body.innerHTML = `<form id="f" action="/nowhere"><input id="e" type="email" autocomplete="email" required>
      <input id="p" type="password" autocomplete="new-password" required><button type="button" id="go">Go</button></form>`;
    const sg = await import('/www/signup-guard.js');
    window.guard = sg.attach(document.getElementById('f'), { breach: false, checklist: false });
    await sg.ready();
    document.getElementById('f').checkValidity();
  });
  await page.waitForTimeout(50);
  assert.equal(await page.evaluate(() => window.guard.attempted), false, 'checkValidity() is not an attempt');
  await page.click('#go');
  await page.evaluate(() => document.getElementById('f').requestSubmit());
  await page.waitForFunction(() => window.guard.attempted === true, null, { timeout: 3000 });
  await page.close();
});

test('state.valid: false until every required check passes, true then', async () => {
  const page = await openDemo();
  let s = await guardState(page);
  assert.equal(s.available, true);
  assert.equal(s.valid, false, 'an empty form cannot be sent yet');
  assert.equal(s.complete, false);
  for (const [selector, value] of [['#given-name', 'Ann'], ['#family-name', 'Lee'], ['#email', 'ann.lee@example.org'], ['#username', 'annlee'],
    ['#password', 'violet-Tractor-harbor-92-quilt'], ['#password-confirm', 'violet-Tractor-harbor-92-quilt']]) {
    await page.fill(selector, value);
  }
  await page.check('#terms');
  s = await guardState(page);
  assert.deepEqual(s.blocking, []);
  assert.equal(s.complete, true);
  assert.equal(s.valid, true);
  await page.fill('#password-confirm', 'something else');
  s = await guardState(page);
  assert.equal(s.valid, false, 'a mismatch is not valid');
  await page.close();
});
