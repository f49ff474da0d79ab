// The package's error classes: one base class, an explicit name and a code on each, and
// `instanceof` that holds from the ESM entries (browser and Node), the minified bundle and the
// CommonJS entry, for errors constructed directly and for the ones the checkers throw.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const run = promisify(execFile);

/** Every error class, with the arguments to build one and the code it must carry. */
const CLASSES = {
  NotReadyError: [['checkPassword'], 'not-ready'],
  CoreFailedError: [['checkPassword', new Error('trap')], 'core-failed'],
  NoDomError: [['attach()'], 'no-dom'],
  BreachCheckError: [['timeout', 'no answer'], 'timeout'],
};

for (const [label, path] of [['browser ESM entry', '../../www/signup-guard.js'], ['Node ESM entry', '../../node/index.js'], ['minified bundle', '../../www/lib/signup-guard.min.js']]) {
  test(`${label}: every error class extends SignupGuardError with an explicit name and a code`, async () => {
    const entry = await import(path);
    assert.equal(typeof entry.SignupGuardError, 'function');
    for (const [name, [args, code]] of Object.entries(CLASSES)) {
      const error = new entry[name](...args);
      assert.ok(error instanceof entry[name], name);
      assert.ok(error instanceof entry.SignupGuardError, `${name} extends SignupGuardError`);
      assert.ok(error instanceof Error, name);
      assert.equal(error.name, name, 'name survives minification');
      assert.equal(error.code, code, name);
      assert.equal(Object.prototype.toString.call(error), '[object Error]');
    }
    const other = new entry.BreachCheckError('network', 'x');
    assert.ok(!(other instanceof entry.NotReadyError), 'sibling classes do not match each other');
  });
}

test('BreachCheckError: status only for http-status, cause kept, unknown codes refused', async () => {
  const { BreachCheckError } = await import('../../www/lib/errors.js');
  const status = new BreachCheckError('http-status', 'HTTP 503', { status: 503 });
  assert.equal(status.status, 503);
  assert.equal(status.message, 'HTTP 503');
  const cause = new TypeError('fetch failed');
  const network = new BreachCheckError('network', 'failed', { status: 503, cause });
  assert.ok(!('status' in network));
  assert.equal(network.cause, cause);
  for (const code of ['network', 'timeout', 'http-status', 'malformed', 'aborted']) {
    assert.equal(new BreachCheckError(code, '').code, code);
  }
  assert.throws(() => new BreachCheckError('offline', ''), RangeError);
});

test('the browser and Node ESM entries share their classes (one module, one identity)', async () => {
  const [browser, node] = await Promise.all([import('../../www/signup-guard.js'), import('../../node/index.js')]);
  for (const name of ['SignupGuardError', ...Object.keys(CLASSES)]) assert.equal(browser[name], node[name], name);
});

test('CommonJS: instanceof holds for its own errors and for those the ESM checkers throw', async () => {
  const code = `
    const guard = require('signup-guard');
    (async () => {
      const esm = await import('signup-guard');
      const out = {};
      const notReady = await guard.breachCount('x').catch((e) => e);
      out.notReady = [notReady.name, notReady instanceof guard.NotReadyError, notReady instanceof guard.SignupGuardError, notReady instanceof esm.NotReadyError];
      await guard.ready();
      const http = require('node:http');
      const server = http.createServer((req, res) => { res.writeHead(503); res.end(); });
      await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
      const endpoint = 'http://127.0.0.1:' + server.address().port;
      const thrown = await guard.breachCount('x', { endpoint }).catch((e) => e);
      server.close();
      out.breach = {
        name: thrown.name, code: thrown.code, status: thrown.status,
        cjs: thrown instanceof guard.BreachCheckError, cjsBase: thrown instanceof guard.SignupGuardError,
        esm: thrown instanceof esm.BreachCheckError, esmBase: thrown instanceof esm.SignupGuardError,
        notOther: thrown instanceof guard.NotReadyError || thrown instanceof guard.CoreFailedError,
      };
      const own = new guard.BreachCheckError('aborted', 'stop');
      out.own = [own.name, own.code, own instanceof guard.SignupGuardError, own instanceof Error];
      out.esmNoDom = new esm.NoDomError('attach()') instanceof guard.SignupGuardError;
      const impostor = Object.assign(new Error('x'), { name: 'BreachCheckError', code: 'not-a-code' });
      out.impostor = impostor instanceof guard.BreachCheckError || impostor instanceof guard.SignupGuardError;
      out.plain = new Error('x') instanceof guard.SignupGuardError;
      console.log(JSON.stringify(out));
    })().catch((e) => { console.error(e); process.exit(1); });`;
  const { stdout } = await run(process.execPath, ['-e', code], { cwd: ROOT, timeout: 60_000 });
  assert.deepEqual(JSON.parse(stdout), {
    notReady: ['NotReadyError', true, true, false],
    breach: { name: 'BreachCheckError', code: 'http-status', status: 503, cjs: true, cjsBase: true, esm: true, esmBase: true, notOther: false },
    own: ['BreachCheckError', 'aborted', true, true],
    esmNoDom: true,
    impostor: false,
    plain: false,
  });
});
