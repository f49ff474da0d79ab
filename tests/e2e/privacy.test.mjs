// Privacy, end to end: every request the demo page makes is recorded while several passwords are
// typed at a person's pace. Only 5-hex-character prefixes go to the range API; never a password,
// never a full hash or suffix; no request per keystroke; nothing stored in cookies or storage.
// What left the page is read where it arrived (the demo server logs every request, and records
// the signup POST's body); an attempt to reach any other origin is blocked by the page's CSP
// and recorded from its `securitypolicyviolation` events. Both work the same in every engine.
//
// Engines: chromium, firefox, webkit

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { startDemo } from './support.mjs';

/** Bodies of the POSTs the page sent, by path. */
const posted = [];

/** Stands in for the signup endpoint: records the body and accepts, as the demo expects (JSON). */
async function recordSignup(request, response, url) {
  if (request.method !== 'POST') return false;
  let body = '';
  for await (const chunk of request) body += chunk;
  posted.push({ path: url.pathname, body });
  response.writeHead(200, { 'Content-Type': 'application/json' });
  response.end(JSON.stringify({ ok: true, errors: {} }));
  return true;
}

let demo;
before(async () => {
  demo = await startDemo({ routes: [recordSignup] });
});

/** In the page: starts recording CSP violations (requests to any other origin). */
function recordViolations(page) {
  return page.evaluate(() => {
    window.violations = [];
    document.addEventListener('securitypolicyviolation', (event) => window.violations.push(`${event.violatedDirective} ${event.blockedURI}`));
  });
}
after(() => demo?.close());

const PASSWORDS = ['Harbour-violet-1984!', 'quokka seventeen tea', 'P@ssw0rd-P@ssw0rd-12'];
const KEY_DELAY_MS = 180; // about 65 words a minute
/** Asserts the page left no cookie, web storage, IndexedDB database or cache behind. */
async function assertNothingStored(page) {
  const stored = await page.evaluate(async () => ({
    cookies: document.cookie,
    local: localStorage.length,
    session: sessionStorage.length,
    databases: (await indexedDB.databases()).length,
    caches: (await caches.keys()).length,
  }));
  assert.deepEqual(stored, { cookies: '', local: 0, session: 0, databases: 0, caches: 0 });
}

const sha1 = (text) => createHash('sha1').update(text).digest('hex').toUpperCase();

test('typing passwords sends only 5-character prefixes, one per pause, and stores nothing', async () => {
  const page = await demo.newPage('www/');
  await page.waitForSelector('html[data-signup-guard="ready"]', { state: 'attached' });
  await recordViolations(page);
  const origin = new URL(demo.server.url).origin;
  const start = demo.requestLog.length;
  const sent = () => demo.requestLog.slice(start).map((r) => ({
    url: origin + r.path, method: r.method, headers: JSON.stringify(r.headers), body: '',
  }));

  const perPassword = [];
  for (const password of PASSWORDS) {
    assert.equal([...password].length, 20);
    const before = sent().length;
    const input = page.locator('#password');
    await input.fill('');
    await input.pressSequentially(password, { delay: KEY_DELAY_MS });
    await page.waitForTimeout(900); // the pause after typing that triggers the check
    await page.locator('#password-confirm').focus(); // blur: checks at once (or uses the cache)
    await page.waitForTimeout(200);
    perPassword.push(sent().slice(before).filter((r) => new URL(r.url).pathname.startsWith('/pwned/')).length);
  }
  const requests = sent();

  const rangePaths = requests.map((r) => new URL(r.url)).filter((u) => u.pathname.startsWith('/pwned/')).map((u) => u.pathname + u.search);
  console.log(`privacy: ${requests.length} requests while typing ${PASSWORDS.length} passwords of 20 characters at ${KEY_DELAY_MS} ms a key`);
  console.log(`privacy: range requests per password: ${perPassword.join(', ')}; paths: ${rangePaths.join(' ')}`);

  for (const path of rangePaths) assert.match(path, /^\/pwned\/range\/[0-9A-F]{5}$/);
  assert.ok(perPassword.every((n) => n >= 1 && n <= 2), `one request per pause, not per keystroke: ${perPassword}`);
  for (const password of PASSWORDS) {
    const hash = sha1(password);
    for (const request of requests) {
      const everything = `${decodeURIComponent(request.url)} ${request.headers} ${request.body}`;
      assert.ok(!everything.includes(password), `${request.url} carries a password`);
      assert.ok(!everything.toUpperCase().includes(hash.slice(5)), `${request.url} carries a hash suffix`);
    }
    assert.ok(rangePaths.includes(`/pwned/range/${hash.slice(0, 5)}`), `the prefix of ${password} was asked`);
  }
  assert.deepEqual(await page.evaluate(() => window.violations), [], 'no request to another origin');

  await assertNothingStored(page);
  await page.close();
});

test('the whole demo flow makes no request but page assets, range prefixes and the final POST', async () => {
  const origin = new URL(demo.server.url).origin;
  const start = demo.requestLog.length;
  posted.length = 0;
  const page = await demo.newPage('www/');
  await page.waitForSelector('html[data-signup-guard="ready"]', { state: 'attached' });
  await recordViolations(page);
  // The wasm loads and warms up while the page is idle (on the main thread, the default): page
  // assets only.
  assert.equal(await page.evaluate(async () => {
    const sg = await import('/www/signup-guard.js');
    await sg.warmUp({ mainThread: true });
    return sg.usesWorker();
  }), false);
  const loaded = demo.requestLog.length;

  const PASSWORD = 'Lantern-quietly-orbit-92';
  await page.locator('#given-name').focus();
  await page.locator('#given-name').pressSequentially('Ada', { delay: 20 });
  await page.locator('#family-name').pressSequentially('Lovelace', { delay: 20 });
  await page.locator('#email').pressSequentially('ada.lovelace@gmial.com', { delay: 20 });
  await page.locator('#email').blur();
  await page.click('.sg-suggestion__button'); // "Did you mean …@gmail.com?"
  assert.equal(await page.inputValue('#email'), 'ada.lovelace@gmail.com');
  await page.locator('#username').pressSequentially('ada1815', { delay: 20 });
  await page.locator('#website').pressSequentially('https://paypa1.com/login', { delay: 20 });
  await page.locator('#website').blur();
  await page.locator('#password').pressSequentially(PASSWORD, { delay: 20 });
  await page.locator('#password').blur();
  await page.locator('#password-confirm').pressSequentially(PASSWORD, { delay: 20 });
  await page.check('#terms');
  await page.locator('#password').focus(); // show/hide and focus changes: nothing to send
  await page.click('.sg-password-toggle');
  await page.click('.sg-password-toggle');
  const violations = await page.evaluate(() => window.violations);
  await page.click('button[type="submit"]');
  await page.waitForSelector('.demo-success', { state: 'attached' });
  assert.deepEqual(violations, [], 'no request to another origin');

  const requests = demo.requestLog.map((r) => ({ url: origin + r.path, method: r.method, body: '' }));
  const post = posted.find((p) => p.path === '/signup');
  assert.ok(post, 'the form was posted to /signup');
  const postIndex = requests.findIndex((r, i) => i >= loaded && r.method === 'POST');
  assert.ok(postIndex >= loaded, 'the POST reached the server');
  const during = requests.slice(loaded, postIndex + 1);
  const assets = requests.slice(start, loaded);
  console.log(`privacy (whole flow): ${assets.length} requests while loading, ${during.length} after: ${during.map((r) => `${r.method} ${new URL(r.url).pathname}`).join(', ')}`);
  for (const request of assets) {
    const url = new URL(request.url);
    assert.equal(url.origin, origin, `${request.url} left the origin`);
    assert.equal(request.method, 'GET');
    assert.match(url.pathname, /^\/(www|pkg)\//, `${request.url} is a page asset`);
  }
  const hash = sha1(PASSWORD);
  for (const request of during) {
    const url = new URL(request.url);
    assert.equal(url.origin, origin, `${request.url} left the origin`);
    const isRange = request.method === 'GET' && /^\/pwned\/range\/[0-9A-F]{5}$/.test(url.pathname) && url.search === '';
    const isSignup = request === during.at(-1) && request.method === 'POST' && url.pathname === '/signup';
    assert.ok(isRange || isSignup, `unexpected request ${request.method} ${request.url}`);
    if (isRange) assert.ok(!request.url.toUpperCase().includes(hash.slice(5)), 'no hash suffix');
  }
  assert.equal(during.filter((r) => r.method === 'POST').length, 1, 'one POST, the signup itself');
  assert.ok(during.some((r) => new URL(r.url).pathname === `/pwned/range/${hash.slice(0, 5)}`), 'the password was checked');
  assert.equal(post.body.includes('password='), true, 'the form itself carries the password to the site, as it must');
  assert.deepEqual(posted.map((p) => p.path), ['/signup'], 'nothing but the signup carries a body');

  await assertNothingStored(page);
  await page.close();
});
