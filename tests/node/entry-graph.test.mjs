// The browser entry imports every module of its graph itself, so a page without a bundler
// requests them all in one round trip after the entry (www/signup-guard.js explains why).

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { ROOT } from '../../scripts/lib/process.mjs';
import { moduleGraph, staticImports } from '../../scripts/lib/module-graph.mjs';

const ENTRY = join(ROOT, 'www/signup-guard.js');

test('www/signup-guard.js imports every module its imports reach', () => {
  const direct = new Set(staticImports(readFileSync(ENTRY, 'utf8')).map((specifier) => join(dirname(ENTRY), specifier)));
  const missing = moduleGraph('www/signup-guard.js').filter((file) => file !== ENTRY && !direct.has(file));
  assert.deepEqual(missing.map((file) => relative(ROOT, file)), [], 'add these to the list at the end of www/signup-guard.js');
});

test('the graph walk sees imports below the entry (the check above is not vacuous)', () => {
  const graph = moduleGraph('www/signup-guard.js').map((file) => relative(ROOT, file));
  for (const file of ['www/lib/loader.js', 'pkg/signup_guard.js', 'www/lib/form/guard.js']) assert.ok(graph.includes(file), file);
});
