// Wasm size by build variant: what a page needing only the password meter would load, and what
// panic machinery costs. Builds the raw wasm for each variant below, copies it to bench/tmp/,
// measures each through bench/size-variants.mjs (wasm-bindgen, then wasm-opt -Os as the browser
// build does; gzip -9 and brotli -11 of the .wasm; mean checkPassword in Node), and writes the
// sizes, with the code and data sections apart, to bench/results/split-size.json.
//
//   node bench/split-size.mjs
//
// Variants: `all-features` is the shipped build; `password-only` is built without the
// `lookalike` Cargo feature (password, breach, checklist, catalogs); `immediate-abort` is the
// shipped build with `-Cpanic=immediate-abort` (no panic messages or locations, so the panic
// hook in src/wasm/mod.rs has nothing to print), in a target directory of its own because std is
// rebuilt for it.
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { gzipSync, brotliCompressSync } from 'node:zlib';
import { ROOT, run } from '../scripts/lib/process.mjs';
import { WASM_TARGET, wasmToolchain } from '../scripts/lib/toolchain.mjs';
import { leb } from './code-size.mjs';

const toolchain = wasmToolchain();
const out = join(ROOT, 'bench', 'tmp');
mkdirSync(out, { recursive: true });
const variants = [
  { label: 'all-features', flags: [] },
  { label: 'password-only', flags: ['--no-default-features'] },
  {
    label: 'immediate-abort',
    flags: [],
    targetDir: join(ROOT, 'target', 'immediate-abort'),
    rustflags: '-Zunstable-options -Cpanic=immediate-abort',
  },
];
for (const { label, flags, targetDir, rustflags } of variants) {
  const env = { ...toolchain.env };
  if (targetDir) env.CARGO_TARGET_DIR = targetDir;
  if (rustflags) env.RUSTFLAGS = rustflags;
  run(toolchain.cargo, ['build', '--profile', 'wasm-release', '--lib', '--target', WASM_TARGET, ...flags, ...toolchain.extraArgs], { env });
  copyFileSync(join(targetDir ?? join(ROOT, 'target'), WASM_TARGET, 'wasm-release', 'signup_guard.wasm'), join(out, `${label}.wasm`));
}
execFileSync(process.execPath, [join(ROOT, 'bench', 'size-variants.mjs'), ...variants.map(({ label }) => `${join(out, `${label}.wasm`)}:${label}`)], {
  env: { ...process.env, LEVELS: '-Os' },
  stdio: 'inherit',
});


/** raw / gzip -9 / brotli -11 of `bytes`. */
const measure = (bytes) => ({
  raw: bytes.length,
  gzip: gzipSync(bytes, { level: 9 }).length,
  brotli: brotliCompressSync(bytes).length,
});

const result = {};
for (const { label } of variants) {
  const wasm = readFileSync(join(out, `${label}-Os`, 'signup_guard_bg.wasm'));
  const sections = {};
  for (let i = 8; i < wasm.length; ) {
    const id = wasm[i];
    const [size, start] = leb(wasm, i + 1);
    if (id === 10) sections.code = measure(wasm.subarray(start, start + size));
    if (id === 11) sections.data = measure(wasm.subarray(start, start + size));
    i = start + size;
  }
  result[label] = { wasm: measure(wasm), ...sections };
}
mkdirSync(join(ROOT, 'bench', 'results'), { recursive: true });
writeFileSync(join(ROOT, 'bench', 'results', 'split-size.json'), `${JSON.stringify(result, null, 2)}\n`);
console.log(JSON.stringify(result, null, 2));
