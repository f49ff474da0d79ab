// End-to-end tests of the wasm `breachCount` against scripts/range-server.mjs in Node 20.
//
// Uses the package's Node entry, which loads the same wasm the browser does.
import assert from 'node:assert/strict';
import { createServer } from 'node:net';
import { after, before, describe, test } from 'node:test';
import { startRangeServer } from '../../scripts/range-server.mjs';

async function loadApi() {
  const guard = await import('../../node/index.js');
  await guard.ready();
  return guard;
}

/** A port with nothing listening on it. */
async function closedPort() {
  const probe = createServer();
  await new Promise((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address();
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

async function rejectsWithCode(promise, code, extra = {}) {
  await assert.rejects(promise, (error) => {
    assert.equal(error.name, 'BreachCheckError', String(error));
    assert.equal(error.code, code, String(error));
    for (const [key, value] of Object.entries(extra)) assert.equal(error[key], value);
    return true;
  });
}

describe('breachCount (wasm) against the local range server', () => {
  let api;
  let server;
  before(async () => {
    api = await loadApi();
    server = await startRangeServer({ slowMs: 2000 });
  });
  after(async () => {
    await server?.close();
  });

  test('counts a listed password and sends only the prefix with Add-Padding', async () => {
    const count = await api.breachCount('password', { endpoint: server.url });
    assert.ok(count > 0);
    const request = server.requests.at(-1);
    assert.equal(request.path, '/range/5BAA6');
    assert.equal(request.headers['add-padding'], 'true');
    assert.equal(request.headers.cookie, undefined);
    assert.equal(request.headers.referer, undefined);
    for (const value of Object.values(request.headers)) {
      assert.ok(!String(value).includes('1E4C9B93F3F0682250B6CF8331B7EE68FD8'));
      assert.ok(!String(value).includes('password'));
    }
  });

  test('a password not in the data set counts 0', async () => {
    assert.equal(await api.breachCount(`unlisted ${Math.random()}`, { endpoint: `${server.url}/` }), 0);
  });

  test('each prefix is fetched once per endpoint', async () => {
    const before = server.requests.length;
    const first = await api.breachCount('qwerty', { endpoint: server.url });
    const second = await api.breachCount('qwerty', { endpoint: server.url });
    assert.equal(first, second);
    assert.equal(server.requests.length - before, 1);
  });

  test('http-status carries the status', async () => {
    await rejectsWithCode(api.breachCount('password', { endpoint: `${server.url}/status/503` }), 'http-status', { status: 503 });
  });

  test('malformed bodies are errors, never 0', async () => {
    for (const route of ['truncated', 'wrong-type', 'empty', 'huge']) {
      await rejectsWithCode(api.breachCount('123456', { endpoint: `${server.url}/${route}` }), 'malformed');
    }
  });

  test('timeout while waiting for headers and while reading the body', async () => {
    await rejectsWithCode(api.breachCount('password', { endpoint: `${server.url}/delay/2000`, timeoutMs: 150 }), 'timeout');
    await rejectsWithCode(api.breachCount('password', { endpoint: `${server.url}/slow`, timeoutMs: 150 }), 'timeout');
  });

  test('the caller signal aborts, before and during the request', async () => {
    await rejectsWithCode(api.breachCount('password', { endpoint: server.url, signal: AbortSignal.abort() }), 'aborted');
    const controller = new AbortController();
    const pending = api.breachCount('letmein', { endpoint: `${server.url}/delay/2000`, signal: controller.signal });
    setTimeout(() => controller.abort(), 50);
    await rejectsWithCode(pending, 'aborted');
  });

  test('network errors: nothing listening, socket reset', async () => {
    await rejectsWithCode(api.breachCount('password', { endpoint: `http://127.0.0.1:${await closedPort()}` }), 'network');
    await rejectsWithCode(api.breachCount('P@ssw0rd', { endpoint: `${server.url}/reset` }), 'network');
  });

  test('bad arguments are TypeErrors or RangeErrors', async () => {
    await assert.rejects(api.breachCount('x', { endpiont: 'http://a' }), (e) => e instanceof TypeError && /endpiont/.test(e.message));
    await assert.rejects(api.breachCount('x', { endpoint: 'ftp://a' }), TypeError);
    await assert.rejects(api.breachCount('x', { endpoint: 'http://a/?q=1' }), TypeError);
    await assert.rejects(api.breachCount('x', { signal: {} }), TypeError);
    await assert.rejects(api.breachCount('x', 'options'), TypeError);
    await assert.rejects(api.breachCount(42), TypeError);
    await assert.rejects(api.breachCount('x', { timeoutMs: 0 }), RangeError);
    await assert.rejects(api.breachCount('x', { timeoutMs: Number.NaN }), RangeError);
  });
});
