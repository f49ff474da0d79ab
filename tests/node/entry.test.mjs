// The package's Node entry: the same wasm core, read from disk.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as guard from '../../node/index.js';

test('checkers throw NotReadyError before ready(), then work after it', async () => {
  assert.throws(() => guard.checkPassword('password'), { name: 'NotReadyError', code: 'not-ready' });
  await guard.ready();
  await guard.ready();
  assert.equal(guard.checkPassword('password').score, 0);
  assert.equal(guard.checkPassword('correct horse battery staple').score, 4);
});

test('the package resolves its Node entry through the exports map', async () => {
  const viaExports = await import('signup-guard');
  assert.equal(viaExports.checkPassword, guard.checkPassword);
});
