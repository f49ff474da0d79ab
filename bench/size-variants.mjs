// Size/speed of build variants: `node bench/size-variants.mjs <raw.wasm>:<label> …` runs
// wasm-bindgen and wasm-opt (-O3, -Os, -Oz) on each raw cargo output and prints gzip/brotli
// bytes and the mean checkPassword time over the benchmark corpus (without the `long` entries)
// in Node. Used to choose Cargo.toml's opt-level and scripts/build.mjs's wasm-opt level.

import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { ROOT } from '../scripts/lib/process.mjs';
import { WASM_FEATURES } from '../scripts/build.mjs';
import { wasmBindgenTool } from '../scripts/lib/toolchain.mjs';
import { buildCorpus } from './corpus.mjs';
import { formatTable, kb, ms } from './format.mjs';

const corpus = buildCorpus().filter((entry) => entry.category !== 'long').map((entry) => entry.password);
const rows = [];
for (const argument of process.argv.slice(2)) {
  const [raw, label] = argument.split(':');
  for (const level of (process.env.LEVELS ?? '-O3,-Os,-Oz').split(',')) {
    const dir = join(ROOT, 'bench', 'tmp', `${label}${level}`);
    mkdirSync(dir, { recursive: true });
    execFileSync(wasmBindgenTool(), ['--target', 'web', '--out-dir', dir, '--out-name', 'signup_guard', raw]);
    const wasm = join(dir, 'signup_guard_bg.wasm');
    execFileSync(join(ROOT, 'node_modules', '.bin', 'wasm-opt'), [...WASM_FEATURES, level, wasm, '-o', wasm]);
    const bytes = readFileSync(wasm);
    const core = await import(join(dir, 'signup_guard.js'));
    core.initSync({ module: bytes });
    core.checkPassword('Warm-up passw0rd 2024!');
    const start = performance.now();
    for (const password of corpus) core.checkPassword(password);
    const mean = (performance.now() - start) / corpus.length;
    rows.push([`${label} + wasm-opt ${level}`, kb(bytes.length), kb(gzipSync(bytes, { level: 9 }).length), kb(brotliCompressSync(bytes).length), ms(mean)]);
    console.error(rows.at(-1).join('  '));
  }
}
console.log(formatTable(['variant', 'raw', 'gzip -9', 'brotli -11', 'mean checkPassword (ms, Node)'], rows));
