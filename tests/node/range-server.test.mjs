// Tests of scripts/range-server.mjs, the local Pwned Passwords range API. Run: node --test tests/node/
import { createHash } from 'node:crypto';
import { request } from 'node:http';
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { startRangeServer, DEMO_NOTE } from '../../scripts/range-server.mjs';

const sha1 = (text) => createHash('sha1').update(text, 'utf8').digest('hex').toUpperCase();
const ROW = /^[0-9A-F]{35}:\d+$/;

/** Rows of a body as [suffix, count]; asserts the exact line format on the way. */
function rows(body) {
  assert.ok(!body.endsWith('\n'), 'no final line ending, like the real API');
  const lines = body.split('\r\n');
  for (const line of lines) assert.match(line, ROW);
  return lines.map((line) => {
    const [suffix, count] = line.split(':');
    return [suffix, Number(count)];
  });
}

/** A raw request (fetch cannot send OPTIONS preflight-style headers freely or read every detail). */
function raw(url, { method = 'GET', headers = {} } = {}) {
  return new Promise((resolve, reject) => {
    const req = request(url, { method, headers }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode, headers: res.headers, body }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end();
  });
}

describe('range server', () => {
  let server;
  before(async () => {
    server = await startRangeServer({ port: 0, slowMs: 300 });
  });
  after(async () => {
    await server.close();
  });

  test('answers in the exact range format: uppercase, sorted, CRLF, text/plain', async () => {
    const res = await raw(`${server.url}/range/5BAA6`);
    assert.equal(res.status, 200);
    assert.equal(res.headers['content-type'], 'text/plain');
    assert.equal(res.headers['x-demo-data'], DEMO_NOTE);
    assert.ok(res.body.includes('\r\n'));
    assert.ok(!/[^\r]\n/.test(res.body), 'every line ending is CRLF');
    const parsed = rows(res.body);
    const suffixes = parsed.map(([suffix]) => suffix);
    assert.deepEqual(suffixes, [...suffixes].sort(), 'sorted ascending');
    assert.equal(new Set(suffixes).size, suffixes.length, 'each suffix once');
    assert.ok(parsed.length >= 300, `a prefix is never (nearly) empty, got ${parsed.length}`);
    assert.ok(parsed.every(([, count]) => count > 0), 'no padding unless asked');
  });

  test('lists "password" under its prefix with a positive count, and other known passwords', async () => {
    const hash = sha1('password');
    assert.equal(hash, '5BAA61E4C9B93F3F0682250B6CF8331B7EE68FD8');
    const parsed = new Map(rows((await raw(`${server.url}/range/5baa6`)).body));
    assert.ok(parsed.get(hash.slice(5)) > 0);
    for (const password of ['123456', 'qwerty', 'P@ssw0rd']) {
      const h = sha1(password);
      const listed = new Map(rows((await raw(`${server.url}/range/${h.slice(0, 5)}`)).body));
      assert.ok(listed.get(h.slice(5)) > 0, `${password} is listed`);
    }
  });

  test('a random password is not listed', async () => {
    const h = sha1(`not a breached password ${Math.random()}`);
    const listed = new Map(rows((await raw(`${server.url}/range/${h.slice(0, 5)}`)).body));
    assert.equal(listed.get(h.slice(5)), undefined);
  });

  test('Add-Padding: true adds count-0 rows up to 800-1000 rows, colliding with none', async () => {
    const plain = new Map(rows((await raw(`${server.url}/range/5BAA6`)).body));
    for (let i = 0; i < 3; i += 1) {
      const padded = rows((await raw(`${server.url}/range/5BAA6`, { headers: { 'Add-Padding': 'true' } })).body);
      assert.ok(padded.length >= 800 && padded.length <= 1000, `${padded.length} rows`);
      const suffixes = padded.map(([s]) => s);
      assert.deepEqual(suffixes, [...suffixes].sort());
      assert.equal(new Set(suffixes).size, suffixes.length);
      const zeros = padded.filter(([, count]) => count === 0);
      assert.equal(zeros.length, padded.length - plain.size);
      assert.ok(zeros.every(([suffix]) => !plain.has(suffix)));
      for (const [suffix, count] of padded) if (count > 0) assert.equal(plain.get(suffix), count);
    }
    const last = server.requests.at(-1);
    assert.equal(last.padding, true);
    assert.equal(last.prefix, '5BAA6');
  });

  test('rejects a prefix that is not exactly 5 hex characters with 400 text', async () => {
    for (const prefix of ['5BAA', '5BAA61', 'GGGGG', '', '5BAA6%20']) {
      const res = await raw(`${server.url}/range/${prefix}`);
      assert.equal(res.status, 400, prefix);
      assert.equal(res.headers['content-type'], 'text/plain');
      assert.match(res.body, /hash prefix/i);
    }
    assert.equal((await raw(`${server.url}/nothing`)).status, 404);
  });

  test('CORS: allows any origin and preflights the Add-Padding header', async () => {
    const res = await raw(`${server.url}/range/5BAA6`, { headers: { Origin: 'http://example.test' } });
    assert.equal(res.headers['access-control-allow-origin'], '*');
    const preflight = await raw(`${server.url}/range/5BAA6`, {
      method: 'OPTIONS',
      headers: {
        Origin: 'http://example.test',
        'Access-Control-Request-Method': 'GET',
        'Access-Control-Request-Headers': 'add-padding',
      },
    });
    assert.equal(preflight.status, 204);
    assert.equal(preflight.headers['access-control-allow-origin'], '*');
    assert.match(preflight.headers['access-control-allow-headers'], /add-padding/i);
    assert.match(preflight.headers['access-control-allow-methods'], /GET/);
    const noCors = await raw(`${server.url}/no-cors/range/5BAA6`);
    assert.equal(noCors.status, 200);
    assert.equal(noCors.headers['access-control-allow-origin'], undefined);
  });

  test('global fetch (Node 20) reads it like a page would', async () => {
    const res = await fetch(`${server.url}/range/5BAA6`, { headers: { 'Add-Padding': 'true' } });
    assert.equal(res.status, 200);
    const body = await res.text();
    assert.ok(body.includes('1E4C9B93F3F0682250B6CF8331B7EE68FD8:'));
  });

  test('logs every request with its headers', async () => {
    const before = server.requests.length;
    await raw(`${server.url}/range/ABCDE`, { headers: { 'Add-Padding': 'true', Referer: 'http://x.test/' } });
    assert.equal(server.requests.length, before + 1);
    const logged = server.requests.at(-1);
    assert.equal(logged.method, 'GET');
    assert.equal(logged.path, '/range/ABCDE');
    assert.equal(logged.route, '');
    assert.equal(logged.headers.referer, 'http://x.test/');
  });

  test('failure routes: status, truncated, wrong type, empty, huge, delay, slow, reset', async () => {
    const status = await raw(`${server.url}/status/503/range/5BAA6`);
    assert.equal(status.status, 503);
    assert.equal((await raw(`${server.url}/status/503/range/5BAA`)).status, 400, 'prefix still checked');

    const truncated = (await raw(`${server.url}/truncated/range/5BAA6`)).body;
    const lastLine = truncated.split('\r\n').at(-1);
    assert.doesNotMatch(lastLine, ROW, 'last row is cut');
    assert.ok(lastLine.length > 0);

    const wrongType = await raw(`${server.url}/wrong-type/range/5BAA6`);
    assert.equal(wrongType.status, 200);
    assert.match(wrongType.headers['content-type'], /text\/html/);

    assert.equal((await raw(`${server.url}/empty/range/5BAA6`)).body, '');
    assert.ok((await raw(`${server.url}/huge/range/5BAA6`)).body.length > 1 << 20);

    let started = Date.now();
    const delayed = await raw(`${server.url}/delay/150/range/5BAA6`);
    assert.equal(delayed.status, 200);
    assert.ok(Date.now() - started >= 140);

    started = Date.now();
    const slow = await raw(`${server.url}/slow/range/5BAA6`);
    assert.ok(Date.now() - started >= 280, 'body completes only after slowMs');
    rows(slow.body);

    await assert.rejects(raw(`${server.url}/reset/range/5BAA6`), /aborted|reset|socket hang up/i);
  });
});

test('failStatus option makes every range request fail with that status', async () => {
  const server = await startRangeServer({ failStatus: 500 });
  try {
    const res = await raw(`${server.url}/range/5BAA6`);
    assert.equal(res.status, 500);
    assert.equal(res.headers['access-control-allow-origin'], '*');
  } finally {
    await server.close();
  }
});

test('delayMs option delays every answer', async () => {
  const server = await startRangeServer({ delayMs: 120 });
  try {
    const started = Date.now();
    assert.equal((await raw(`${server.url}/range/5BAA6`)).status, 200);
    assert.ok(Date.now() - started >= 110);
  } finally {
    await server.close();
  }
});
