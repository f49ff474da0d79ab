// The demo server's switch to a real range API: /pwned forwards only the 5-character prefix.
// The "real" API here is a second local range server, so no test leaves this machine.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { startRangeServer } from '../../scripts/range-server.mjs';
import { startServer } from '../../scripts/serve.mjs';

test('with rangeUpstream, /pwned/range/{prefix} is forwarded upstream with Add-Padding, nothing else', async () => {
  const upstream = await startRangeServer();
  const demo = await startServer({ rangeUpstream: `${upstream.url}/` });
  try {
    const answer = await fetch(new URL('pwned/range/5baa6', demo.url), { headers: { 'Add-Padding': 'true' } });
    assert.equal(answer.status, 200);
    const body = await answer.text();
    assert.match(body, /^1E4C9B93F3F0682250B6CF8331B7EE68FD8:\d+$/m, "the suffix of SHA-1('password') is listed");
    assert.equal(upstream.requests.length, 1);
    assert.equal(upstream.requests[0].path, '/range/5BAA6');
    assert.equal(upstream.requests[0].padding, true);
    assert.equal(demo.rangeApi.requests.length, 0, 'the local demo data is not used');

    const bad = await fetch(new URL('pwned/range/5BAA61E4C9', demo.url));
    assert.equal(bad.status, 400);
    assert.equal(upstream.requests.length, 1, 'a bad prefix is never forwarded');
  } finally {
    await demo.close();
    await upstream.close();
  }
});

test('an unreachable upstream answers 502, which the page treats as "could not check"', async () => {
  const upstream = await startRangeServer();
  const { url } = upstream;
  await upstream.close();
  const demo = await startServer({ rangeUpstream: url });
  try {
    const answer = await fetch(new URL('pwned/range/5BAA6', demo.url));
    assert.equal(answer.status, 502);
  } finally {
    await demo.close();
  }
});
