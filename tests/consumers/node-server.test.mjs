// Node with the packed package: every entry imports on a server (ESM, `signup-guard/min`,
// CommonJS as the README shows it), and an Express 5 route enforces the checks.

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { join } from 'node:path';
import { installConsumer, node, packPackage } from './support.mjs';

let app;
before(async () => {
  app = await installConsumer('node-server', await packPackage());
});
after(() => app?.remove());

test('ESM: every entry imports on a server; checkers work; attach() throws NoDomError', async () => {
  const out = JSON.parse(await node(['esm.mjs'], app.dir));
  assert.deepEqual(out, {
    weak: 0, strong: 4, suggestion: 'ann@gmail.com', minExports: true, noDom: { name: 'NoDomError', instanceOf: true },
  });
});

test('CommonJS: require() without top-level await, with every error class', async () => {
  const out = JSON.parse(await node(['cjs.cjs'], app.dir));
  assert.equal(out.weak, 0);
  assert.equal(out.suggestion, 'ann@gmail.com');
  assert.deepEqual(out.errors, ['NotReadyError', 'CoreFailedError', 'NoDomError']);
  assert.deepEqual(out.failed, { name: 'TypeError', coreFailed: false, notReady: false }, 'instanceof works, no TypeError from it');
});

test('Express 5: the signup route refuses a weak password and accepts a strong one', async () => {
  const child = spawn(process.execPath, [join(app.dir, 'server.mjs')], { cwd: app.dir, stdio: ['ignore', 'pipe', 'inherit'] });
  try {
    const [line] = await once(child.stdout, 'data');
    const { port } = JSON.parse(String(line));
    const post = (body) => fetch(`http://127.0.0.1:${port}/signup`, { method: 'POST', body: new URLSearchParams(body) });
    const weak = await post({ email: 'ann.lee@example.org', password: 'password' });
    assert.equal(weak.status, 422);
    assert.ok((await weak.json()).password.length > 0);
    const strong = await post({ email: 'ann.lee@example.org', password: 'violet-Tractor-harbor-92-quilt' });
    assert.equal(strong.status, 201);
  } finally {
    child.kill();
  }
});
