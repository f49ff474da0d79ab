// Privacy, end to end: every request the demo page makes is recorded while several passwords are
// typed at a person's pace. Only 5-hex-character prefixes go to the range API; never a password,
// never a full hash or suffix; no request per keystroke; nothing stored in cookies or storage.

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { startDemo } from './support.mjs';

let demo;
before(async () => {
  demo = await startDemo();
});
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
  await page.waitForSelector('html[data-signup-guard="ready"]');
  const requests = [];
  page.on('request', (request) => requests.push({
    url: request.url(),
    method: request.method(),
    headers: JSON.stringify(request.headers()),
    body: request.postData() ?? '',
  }));

  const perPassword = [];
  for (const password of PASSWORDS) {
    assert.equal([...password].length, 20);
    const before = requests.length;
    const input = page.locator('#password');
    await input.fill('');
    await input.pressSequentially(password, { delay: KEY_DELAY_MS });
    await page.waitForTimeout(900); // the pause after typing that triggers the check
    await page.locator('#password-confirm').focus(); // blur: checks at once (or uses the cache)
    await page.waitForTimeout(200);
    perPassword.push(requests.slice(before).filter((r) => new URL(r.url).pathname.startsWith('/pwned/')).length);
  }

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
  for (const request of requests) {
    assert.equal(new URL(request.url).origin, new URL(demo.server.url).origin, `${request.url} left the page's origin`);
  }

  await assertNothingStored(page);
  await page.close();
});

test('the whole demo flow makes no request but page assets, range prefixes and the final POST', async () => {
  const requests = [];
  const page = await demo.browser.newPage();
  page.on('request', (request) => requests.push({ url: request.url(), method: request.method(), type: request.resourceType(), body: request.postData() ?? '' }));
  await page.goto(new URL('www/', demo.server.url).href);
  await page.waitForSelector('html[data-signup-guard="ready"]');
  // The wasm loads and warms up while the page is idle (on the main thread, the default): page
  // assets only.
  assert.equal(await page.evaluate(async () => {
    const sg = await import('/www/signup-guard.js');
    await sg.warmUp({ mainThread: true });
    return sg.usesWorker();
  }), false);
  const loaded = requests.length;

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
  const [post] = await Promise.all([
    page.waitForRequest((r) => r.method() === 'POST' && new URL(r.url()).pathname === '/signup'),
    page.click('button[type="submit"]'),
  ]);
  await page.waitForLoadState('networkidle');

  const origin = new URL(demo.server.url).origin;
  const during = requests.slice(loaded);
  const assets = requests.slice(0, loaded);
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
  assert.equal(post.postData().includes('password='), true, 'the form itself carries the password to the site, as it must');
  assert.ok(!during.slice(0, -1).some((r) => r.body.includes(PASSWORD)), 'nothing but the signup carries the password');

  await assertNothingStored(page);
  await page.close();
});
