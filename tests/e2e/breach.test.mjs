// breachCount in real Chromium against the local range API the demo server mounts at /pwned:
// found, not found, HTTP 500, slow beyond the timeout, abort, and the per-prefix cache.
//
// Engines: chromium, firefox, webkit

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { newPackagePage, startDemo } from './support.mjs';

let demo;
let page;
before(async () => {
  demo = await startDemo({ rangeOptions: { slowMs: 5_000 } });
  page = await newPackagePage(demo);
});
after(() => demo?.close());

/** Runs breachCount in the page; resolves to `{ count }` or `{ error: { name, code, status } }`. */
function breachIn(password, route, options = {}) {
  return page.evaluate(async ({ password, route, options }) => {
    const endpoint = `${location.origin}/pwned${route}`;
    try {
      return { count: await window.sg.breachCount(password, { endpoint, ...options }) };
    } catch (error) {
      return { error: { name: error.name, code: error.code, status: error.status } };
    }
  }, { password, route, options });
}

test('a password from the demo corpus is found with its count', async () => {
  const { count } = await breachIn('password', '');
  assert.ok(count > 0, `count = ${count}`);
});

test('a random password is not found (0)', async () => {
  assert.deepEqual(await breachIn('vault-Ostrich-7-quietly-Harbour', ''), { count: 0 });
});

test('HTTP 500 rejects with code http-status and the status', async () => {
  const { error } = await breachIn('another-password-1', '/status/500');
  assert.equal(error.code, 'http-status');
  assert.equal(error.status, 500);
});

test('a body slower than timeoutMs rejects with code timeout', async () => {
  const started = Date.now();
  const { error } = await breachIn('slow-password-2', '/slow', { timeoutMs: 300 });
  assert.equal(error.code, 'timeout');
  assert.ok(Date.now() - started < 4_000, 'gave up at the timeout, not when the body finished');
});

test('an AbortSignal aborts the request with code aborted', async () => {
  const result = await page.evaluate(async () => {
    const controller = new AbortController();
    const pending = window.sg.breachCount('abort-me-3', { endpoint: `${location.origin}/pwned/delay/2000`, signal: controller.signal });
    setTimeout(() => controller.abort(), 50);
    try {
      await pending;
      return 'resolved';
    } catch (error) {
      return error.code;
    }
  });
  assert.equal(result, 'aborted');
});

test('the same prefix is fetched once per page, and only the 5-character prefix is sent', async () => {
  const before = demo.server.rangeApi.requests.length;
  await breachIn('cache-me-4', '');
  await breachIn('cache-me-4', '');
  const sent = demo.server.rangeApi.requests.slice(before);
  assert.equal(sent.length, 1);
  assert.match(sent[0].path, /^\/range\/[0-9A-F]{5}$/);
  assert.equal(sent[0].padding, true, 'asks for padding');
});

test('the rejection is a BreachCheckError: instanceof the class and its SignupGuardError base', async () => {
  const result = await page.evaluate(async () => {
    const error = await window.sg.breachCount('class-check-5', { endpoint: `${location.origin}/pwned/status/503` }).catch((e) => e);
    return {
      name: error.name,
      code: error.code,
      status: error.status,
      own: error instanceof window.sg.BreachCheckError,
      base: error instanceof window.sg.SignupGuardError,
      sibling: error instanceof window.sg.NotReadyError,
      message: /^Couldn't check/.test(error.message),
    };
  });
  assert.deepEqual(result, { name: 'BreachCheckError', code: 'http-status', status: 503, own: true, base: true, sibling: false, message: true });
});

test('without AbortSignal.any and AbortSignal.timeout (older engines) timeout and abort keep their codes', async () => {
  const result = await page.evaluate(async () => {
    const support = { any: typeof AbortSignal.any, timeout: typeof AbortSignal.timeout };
    const { any, timeout } = AbortSignal;
    AbortSignal.any = undefined;
    AbortSignal.timeout = undefined;
    const codeOf = (promise) => promise.then(() => 'resolved', (e) => `${e.name}:${e.code}`);
    try {
      const timedOut = await codeOf(window.sg.breachCount('fallback-timeout-6', { endpoint: `${location.origin}/pwned/delay/2000`, timeoutMs: 200 }));
      const controller = new AbortController();
      const pending = codeOf(window.sg.breachCount('fallback-abort-7', { endpoint: `${location.origin}/pwned/delay/2000`, signal: controller.signal }));
      setTimeout(() => controller.abort(), 50);
      return { support, timedOut, aborted: await pending };
    } finally {
      AbortSignal.any = any;
      AbortSignal.timeout = timeout;
    }
  });
  console.log(`engine support: AbortSignal.any ${result.support.any}, AbortSignal.timeout ${result.support.timeout}`);
  assert.equal(result.timedOut, 'BreachCheckError:timeout');
  assert.equal(result.aborted, 'BreachCheckError:aborted');
});
