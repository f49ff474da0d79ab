// The JavaScript request path of breachCount (www/lib/breach.js) in Node, against a scripted
// local server: what leaves the process, the per-prefix cache, every failure code, the size limit
// while streaming, and the fallbacks for engines without AbortSignal.any or AbortSignal.timeout.

import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { createServer } from 'node:http';
import { after, before, beforeEach, describe, test } from 'node:test';

const guard = await import('../../node/index.js');
await guard.ready();
const { anySignal } = await import('../../www/lib/breach.js');

/** SHA-1 of `text`, uppercase hex, split the way the range API splits it. */
function split(text) {
  const hex = createHash('sha1').update(text).digest('hex').toUpperCase();
  return { prefix: hex.slice(0, 5), suffix: hex.slice(5) };
}

/**
 * A server whose answer to each request is decided by `server.answer(req, res)` (replaced by
 * the tests); it records every request with its body and closes lingering sockets on `close()`.
 */
async function scriptedServer() {
  const requests = [];
  const sockets = new Set();
  const server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk) => { body += chunk; });
    req.on('end', () => {
      requests.push({ method: req.method, url: req.url, headers: { ...req.headers }, body });
      state.answer(req, res);
    });
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const state = {
    url: `http://127.0.0.1:${server.address().port}`,
    requests,
    answer: (req, res) => res.end(),
    close() {
      for (const socket of sockets) socket.destroy();
      return new Promise((resolve) => server.close(resolve));
    },
  };
  return state;
}

/** Answers every range request with `rows` (a `SUFFIX:COUNT` list) for any prefix. */
function answerRows(rows) {
  return (req, res) => {
    res.writeHead(200, { 'Content-Type': 'text/plain' });
    res.end(rows.join('\r\n'));
  };
}

/** Asserts that `promise` rejects with a BreachCheckError of `code` (and `extra` properties). */
async function rejectsWith(promise, code, extra = {}) {
  await assert.rejects(promise, (error) => {
    assert.ok(error instanceof guard.BreachCheckError, `a BreachCheckError, not ${error}`);
    assert.ok(error instanceof guard.SignupGuardError);
    assert.equal(error.name, 'BreachCheckError');
    assert.equal(error.code, code, error.message);
    for (const [key, value] of Object.entries(extra)) assert.equal(error[key], value);
    return true;
  });
}

/** A distinct password per call, so the page-lifetime cache never answers for an earlier test. */
let serial = 0;
const fresh = (label) => `${label} ${process.pid} ${(serial += 1)}`;

describe('breachCount request path', () => {
  let server;
  before(async () => {
    server = await scriptedServer();
  });
  after(() => server.close());
  beforeEach(() => {
    server.requests.length = 0;
  });

  test('only the 5-character prefix leaves: one GET, no body, no credentials, padding asked for', async () => {
    const password = fresh('what leaves');
    const { prefix, suffix } = split(password);
    server.answer = answerRows([`${suffix}:42`, `${'0'.repeat(35)}:0`]);
    assert.equal(await guard.breachCount(password, { endpoint: `${server.url}/api/` }), 42);
    assert.equal(server.requests.length, 1);
    const [request] = server.requests;
    assert.equal(request.method, 'GET');
    assert.equal(request.url, `/api/range/${prefix}`);
    assert.equal(request.body, '');
    assert.equal(request.headers['add-padding'], 'true');
    assert.equal(request.headers.cookie, undefined);
    assert.equal(request.headers.authorization, undefined);
    assert.equal(request.headers.referer, undefined);
    const sent = JSON.stringify(request).toUpperCase();
    assert.ok(!sent.includes(suffix.slice(0, 8)), 'no part of the suffix is sent');
    assert.ok(!sent.includes(password.toUpperCase()), 'the password is not sent');
  });

  test('each prefix is fetched once per endpoint; another prefix or endpoint is fetched again', async () => {
    const password = fresh('cached');
    const { suffix } = split(password);
    server.answer = answerRows([`${suffix}:7`]);
    const endpoint = server.url;
    assert.equal(await guard.breachCount(password, { endpoint }), 7);
    assert.equal(await guard.breachCount(password, { endpoint: `${endpoint}/` }), 7, 'same endpoint, trailing slash');
    assert.equal(server.requests.length, 1);
    // The cached answer lists every suffix of the prefix: a miss there is a 0, not a new request.
    assert.equal(await guard.breachCount(password, { endpoint, timeoutMs: 5 }), 7);
    await guard.breachCount(password, { endpoint: `${endpoint}/mirror` });
    assert.equal(server.requests.length, 2, 'another endpoint has its own cache');
    const other = fresh('another prefix');
    assert.notEqual(split(other).prefix, split(password).prefix);
    assert.equal(await guard.breachCount(other, { endpoint }), 0);
    assert.equal(server.requests.length, 3);
  });

  test('a failed request is not cached', async () => {
    const password = fresh('not cached');
    server.answer = (req, res) => { res.writeHead(503); res.end('busy'); };
    await rejectsWith(guard.breachCount(password, { endpoint: server.url }), 'http-status', { status: 503 });
    server.answer = answerRows([`${split(password).suffix}:3`]);
    assert.equal(await guard.breachCount(password, { endpoint: server.url }), 3);
    assert.equal(server.requests.length, 2);
  });

  test('http-status carries the status, and only http-status has one', async () => {
    server.answer = (req, res) => { res.writeHead(429); res.end('slow down'); };
    await rejectsWith(guard.breachCount(fresh('429'), { endpoint: server.url }), 'http-status', { status: 429 });
    server.answer = (req, res) => { res.writeHead(200); res.end('<html>'); };
    await assert.rejects(guard.breachCount(fresh('html'), { endpoint: server.url }), (error) => error.code === 'malformed' && !('status' in error));
  });

  test('malformed: HTML, an empty body, a bad count, bytes that are not UTF-8', async () => {
    const bodies = ['<!doctype html><p>Sign in to Wi-Fi', '', `${'A'.repeat(35)}:-1`, Buffer.from([0xff, 0xfe, 0x41])];
    for (const body of bodies) {
      server.answer = (req, res) => { res.writeHead(200); res.end(body); };
      await rejectsWith(guard.breachCount(fresh('malformed'), { endpoint: server.url }), 'malformed');
    }
  });

  test('malformed: a body over the limit, announced or streamed without a length, is refused early', async () => {
    const row = `${'A'.repeat(35)}:1\r\n`;
    server.answer = (req, res) => {
      res.writeHead(200, { 'Content-Length': String(2 << 20) });
      res.write(row);
      // Never sends the rest: a refusal must come from the announced length, not the end.
    };
    await rejectsWith(guard.breachCount(fresh('announced'), { endpoint: server.url, timeoutMs: 5_000 }), 'malformed');
    let written = 0;
    server.answer = (req, res) => {
      res.writeHead(200, { 'Transfer-Encoding': 'chunked' });
      const chunk = row.repeat(2048);
      const pump = () => {
        // Would go on for ever: only the reader stopping at the limit ends this test.
        while (!res.destroyed && res.write(chunk)) written += chunk.length;
        if (!res.destroyed) res.once('drain', pump);
      };
      res.on('close', () => res.destroy());
      pump();
    };
    await rejectsWith(guard.breachCount(fresh('streamed'), { endpoint: server.url, timeoutMs: 20_000 }), 'malformed');
    assert.ok(written < 64 << 20, `stopped reading (${written} bytes written)`);
  });

  test('timeout while waiting for the headers and while reading the body', async () => {
    server.answer = () => {}; // never answers
    await rejectsWith(guard.breachCount(fresh('no headers'), { endpoint: server.url, timeoutMs: 100 }), 'timeout');
    server.answer = (req, res) => { res.writeHead(200); res.write(`${'A'.repeat(35)}:1\r\n`); };
    await rejectsWith(guard.breachCount(fresh('no end'), { endpoint: server.url, timeoutMs: 100 }), 'timeout');
  });

  test('abort: a signal aborted before the call sends nothing; one aborted during the request stops it', async () => {
    await rejectsWith(guard.breachCount(fresh('pre-aborted'), { endpoint: server.url, signal: AbortSignal.abort() }), 'aborted');
    assert.equal(server.requests.length, 0, 'nothing was sent');
    server.answer = () => {};
    const controller = new AbortController();
    const pending = guard.breachCount(fresh('aborted later'), { endpoint: server.url, signal: controller.signal, timeoutMs: 10_000 });
    setTimeout(() => controller.abort(), 30);
    await rejectsWith(pending, 'aborted');
    server.answer = (req, res) => { res.writeHead(200); res.write(`${'A'.repeat(35)}:1\r\n`); setTimeout(() => controller2.abort(), 30); };
    const controller2 = new AbortController();
    await rejectsWith(guard.breachCount(fresh('aborted in body'), { endpoint: server.url, signal: controller2.signal, timeoutMs: 10_000 }), 'aborted');
  });

  test('network: nothing listening, a socket reset', async () => {
    const closed = await scriptedServer();
    const { url } = closed;
    await closed.close();
    await rejectsWith(guard.breachCount(fresh('refused'), { endpoint: url }), 'network');
    server.answer = (req, res) => res.socket.destroy();
    await rejectsWith(guard.breachCount(fresh('reset'), { endpoint: server.url }), 'network');
  });

  test('without AbortSignal.any and AbortSignal.timeout (older engines) the codes are the same', async () => {
    const { any, timeout } = AbortSignal;
    AbortSignal.any = undefined;
    AbortSignal.timeout = undefined;
    try {
      server.answer = () => {};
      await rejectsWith(guard.breachCount(fresh('fallback timeout'), { endpoint: server.url, timeoutMs: 80 }), 'timeout');
      const controller = new AbortController();
      const pending = guard.breachCount(fresh('fallback abort'), { endpoint: server.url, signal: controller.signal, timeoutMs: 10_000 });
      setTimeout(() => controller.abort(), 30);
      await rejectsWith(pending, 'aborted');
      const password = fresh('fallback found');
      server.answer = answerRows([`${split(password).suffix}:5`]);
      assert.equal(await guard.breachCount(password, { endpoint: server.url, signal: new AbortController().signal }), 5);
    } finally {
      AbortSignal.any = any;
      AbortSignal.timeout = timeout;
    }
  });
});

test('anySignal fallback: aborts with the first reason, and release() detaches it', () => {
  const first = new AbortController();
  const second = new AbortController();
  const linked = anySignal([first.signal, second.signal], { native: false });
  assert.equal(linked.signal.aborted, false);
  second.abort('second');
  first.abort('first');
  assert.equal(linked.signal.reason, 'second');

  const pre = anySignal([new AbortController().signal, AbortSignal.abort('already')], { native: false });
  assert.equal(pre.signal.reason, 'already');

  const source = new AbortController();
  const released = anySignal([source.signal], { native: false });
  released.release();
  source.abort();
  assert.equal(released.signal.aborted, false, 'no longer listening after release()');
});
