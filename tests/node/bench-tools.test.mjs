// Smoke test of the benchmark's pure parts (not the benchmark itself: timings are no test).

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildCorpus, categoryCounts, prng } from '../../bench/corpus.mjs';
import { formatTable, ratio, summarize } from '../../bench/format.mjs';

test('the corpus is deterministic, ≥1,000 entries, and covers every category up to 1 MiB', () => {
  const first = buildCorpus();
  const second = buildCorpus();
  assert.deepEqual(first, second);
  assert.ok(first.length >= 1000, `${first.length} entries`);
  assert.deepEqual(Object.keys(categoryCounts(first)), ['common', 'words+digits', 'passphrase', 'random', 'l33t', 'pathological', 'long']);
  assert.equal(Math.max(...first.map((e) => e.password.length)), 1024 * 1024);
  assert.ok(first.some((e) => e.password.startsWith('!@#$%^&*()!@#$%^&*()')));
  assert.notDeepEqual(buildCorpus({ seed: 7 }), first, 'another seed gives another corpus');
});

test('the PRNG is seeded and stays in [0, 1)', () => {
  const a = prng(42);
  const b = prng(42);
  const values = Array.from({ length: 1000 }, () => a());
  assert.deepEqual(values, Array.from({ length: 1000 }, () => b()));
  assert.ok(values.every((v) => v >= 0 && v < 1));
});

test('summaries and the table', () => {
  const stats = summarize([3, 1, null, 2, 100]);
  assert.deepEqual(stats, { count: 4, meanMs: 26.5, p50Ms: 2, p99Ms: 100, worstMs: 100 });
  assert.equal(ratio(1, 4), '0.25×');
  assert.equal(ratio(1, 0), '–');
  const table = formatTable(['name', 'mean'], [['zxcvbn.js', '2.15'], ['signup-guard', '0.50']]);
  assert.equal(table.split('\n').length, 4);
  assert.match(table, /^\| name {9}\| mean \|$/m);
  assert.match(table, /^\| signup-guard \| 0\.50 \|$/m);
});

test('bench/README.md shows exactly the tables of bench/results/latest.json', async () => {
  const { readFileSync } = await import('node:fs');
  const { withLatestBlock } = await import('../../bench/readme-table.mjs');
  const readme = readFileSync(new URL('../../bench/README.md', import.meta.url), 'utf8');
  const latest = JSON.parse(readFileSync(new URL('../../bench/results/latest.json', import.meta.url), 'utf8'));
  assert.equal(withLatestBlock(readme, latest), readme, 'run node bench/readme-table.mjs after npm run bench');
  assert.match(readme, /\| zxcvbn\.js +\| 392\.6 KB/, 'the block holds the wire-size table');
});
