// Writes the tables of the last `npm run bench` (bench/results/latest.json) into bench/README.md,
// between the `<!-- bench:latest -->` markers, so the README shows exactly what the JSON holds.
// `npm run bench` does this itself after each run; tests/node/bench-tools.test.mjs checks it.
//
//   node bench/readme-table.mjs          rewrite the block
//   node bench/readme-table.mjs --check  exit 1 when the block differs from the JSON

import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../scripts/lib/process.mjs';
import { tables } from './run.mjs';

const README = join(ROOT, 'bench', 'README.md');
const LATEST = join(ROOT, 'bench', 'results', 'latest.json');
const START = '<!-- bench:latest -->';
const END = '<!-- /bench:latest -->';

/** The block for `results`: where they come from, then the four tables. */
export function latestBlock(results) {
  const source = `From \`bench/results/latest.json\` (${results.date.slice(0, 10)}, browser ${results.browser}); \`node bench/readme-table.mjs\` rewrites this block.`;
  return `${START}\n${source}\n\n${tables(results)}\n${END}`;
}

/** bench/README.md with its block replaced by the one for `results`. */
export function withLatestBlock(readme, results) {
  const from = readme.indexOf(START);
  const to = readme.indexOf(END);
  if (from < 0 || to < from) throw new Error(`bench/README.md has no ${START} … ${END} block`);
  return readme.slice(0, from) + latestBlock(results) + readme.slice(to + END.length);
}

if (process.argv[1]?.endsWith('readme-table.mjs')) {
  const readme = readFileSync(README, 'utf8');
  const next = withLatestBlock(readme, JSON.parse(readFileSync(LATEST, 'utf8')));
  if (process.argv.includes('--check')) {
    if (next !== readme) {
      console.error('bench/README.md does not show bench/results/latest.json: run node bench/readme-table.mjs');
      process.exit(1);
    }
  } else {
    writeFileSync(README, next);
  }
}
