// ready(): idempotent, accepts every documented input, and checkers refuse to run before it.
//
// Engines: chromium, firefox, webkit

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { startDemo } from './support.mjs';

/** Serves the wasm as application/octet-stream, as many servers do, at /wrong-type/core.wasm. */
async function wrongTypeRoute(request, response, url) {
  if (url.pathname !== '/wrong-type/core.wasm') return false;
  response.writeHead(200, { 'Content-Type': 'application/octet-stream' });
  response.end(await readFile(new URL('../../pkg/signup_guard_bg.wasm', import.meta.url)));
  return true;
}

let demo;
before(async () => {
  demo = await startDemo({ routes: [wrongTypeRoute] });
});
after(() => demo?.close());

/** Opens a blank page of the demo origin and evaluates `fn` there as a module script's body. */
async function inPage(fn, arg) {
  const page = await demo.newPage('www/blank.html');
  try {
    return await page.evaluate(fn, arg);
  } finally {
    await page.close();
  }
}

test('a checker called before ready() throws a NotReadyError that says to await ready()', async () => {
  const result = await inPage(async () => {
    const sg = await import('/www/signup-guard.js');
    try {
      sg.checkPassword('x');
      return 'no error';
    } catch (error) {
      return { name: error.name, code: error.code, message: error.message };
    }
  });
  assert.equal(result.name, 'NotReadyError');
  assert.equal(result.code, 'not-ready');
  assert.match(result.message, /checkPassword\(\).*await ready\(\)/);
});

test('ready() is idempotent and loads once', async () => {
  const result = await inPage(async () => {
    const sg = await import('/www/signup-guard.js');
    const first = sg.ready();
    const second = sg.ready();
    await Promise.all([first, second]);
    const third = sg.ready();
    const wasmRequests = performance.getEntriesByType('resource').filter((e) => e.name.endsWith('.wasm')).length;
    return { same: first === second && second === third, ready: sg.isReady(), wasmRequests, score: sg.checkPassword('password').score };
  });
  assert.deepEqual(result, { same: true, ready: true, wasmRequests: 1, score: 0 });
});

for (const kind of ['url-string', 'URL', 'bytes', 'Response', 'Module']) {
  test(`ready() accepts ${kind}`, async () => {
    const page = await demo.newPage('www/blank.html');
    const score = await page.evaluate(async (inputKind) => {
      const sg = await import('/www/signup-guard.js');
      const url = new URL('/pkg/signup_guard_bg.wasm', location.href);
      const inputs = {
        'url-string': () => url.href,
        URL: () => url,
        bytes: async () => new Uint8Array(await (await fetch(url)).arrayBuffer()),
        Response: () => fetch(url),
        Module: async () => WebAssembly.compile(await (await fetch(url)).arrayBuffer()),
      };
      await sg.ready(await inputs[inputKind]());
      return sg.checkPassword('correct horse battery staple').score;
    }, kind);
    assert.equal(score, 4);
    await page.close();
  });
}

// Some WebKit embeddings reject WebAssembly.compileStreaming for a valid Response; ready() must
// then compile the downloaded bytes. The engine's own streaming is replaced by one that rejects
// the way those embeddings do, before the package loads.
for (const input of ['default', 'url-string', 'Response']) {
  test(`ready(${input === 'default' ? '' : input}) falls back to the bytes when streaming compilation is rejected`, async () => {
    const result = await inPage(async (kind) => {
      let streamingCalls = 0;
      WebAssembly.compileStreaming = async () => {
        streamingCalls += 1;
        throw new TypeError('Unexpected response MIME type (streaming compilation is not supported here)');
      };
      WebAssembly.instantiateStreaming = WebAssembly.compileStreaming;
      const sg = await import('/www/signup-guard.js');
      const url = '/pkg/signup_guard_bg.wasm';
      await sg.ready({ default: undefined, 'url-string': url, Response: await fetch(url) }[kind]);
      return { streamingCalls, score: sg.checkPassword('correct horse battery staple').score };
    }, input);
    assert.deepEqual(result, { streamingCalls: 1, score: 4 });
  });
}

test('ready() loads a wasm served with a type other than application/wasm', async () => {
  const result = await inPage(async () => {
    const sg = await import('/www/signup-guard.js');
    const response = await fetch('/wrong-type/core.wasm');
    const type = response.headers.get('Content-Type');
    await sg.ready(response);
    return { type, score: sg.checkPassword('password').score };
  });
  assert.deepEqual(result, { type: 'application/octet-stream', score: 0 });
});

test('a failed load rejects and can be retried with a good input', async () => {
  const result = await inPage(async () => {
    const sg = await import('/www/signup-guard.js');
    let firstError = null;
    try {
      await sg.ready('/pkg/no-such-file.wasm');
    } catch (error) {
      firstError = error.constructor.name;
    }
    await sg.ready();
    return { firstError, score: sg.checkPassword('password').score };
  });
  assert.ok(result.firstError, 'the bad URL rejects');
  assert.equal(result.score, 0);
});

test('wrong arguments are TypeErrors naming the argument', async () => {
  const messages = await inPage(async () => {
    const sg = await import('/www/signup-guard.js');
    await sg.ready();
    const out = [];
    for (const bad of [null, undefined, 42, {}]) {
      try {
        sg.checkPassword(bad);
      } catch (error) {
        out.push(`${error.name}: ${error.message}`);
      }
    }
    return out;
  });
  assert.equal(messages.length, 4);
  for (const message of messages) assert.match(message, /^TypeError: checkPassword\(password\) must be a string/);
});
