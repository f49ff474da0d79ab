// What a page needing only the password meter would load: builds the raw wasm without the
// `lookalike` Cargo feature, copies it and the default build's raw wasm to bench/tmp/, and
// measures both through bench/size-variants.mjs (wasm-bindgen, then wasm-opt -Os as the browser
// build does; gzip -9 and brotli -11 of the .wasm).
//
//   node bench/split-size.mjs
import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { ROOT, run } from '../scripts/lib/process.mjs';
import { WASM_TARGET, wasmToolchain } from '../scripts/lib/toolchain.mjs';

const toolchain = wasmToolchain();
const raw = join(ROOT, 'target', WASM_TARGET, 'wasm-release', 'signup_guard.wasm');
const out = join(ROOT, 'bench', 'tmp');
mkdirSync(out, { recursive: true });
const variants = [
  ['all-features', []],
  ['password-only', ['--no-default-features']],
];
for (const [label, flags] of variants) {
  run(toolchain.cargo, ['build', '--profile', 'wasm-release', '--lib', '--target', WASM_TARGET, ...flags, ...toolchain.extraArgs], { env: toolchain.env });
  copyFileSync(raw, join(out, `${label}.wasm`));
}
execFileSync(process.execPath, [join(ROOT, 'bench', 'size-variants.mjs'), ...variants.map(([label]) => `${join(out, `${label}.wasm`)}:${label}`)], {
  env: { ...process.env, LEVELS: '-Os' },
  stdio: 'inherit',
});
