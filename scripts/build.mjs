// Builds the wasm package into pkg/: cargo (release, wasm32) → wasm-bindgen --target web → wasm-opt,
// then the minified browser bundle (scripts/lib/bundle.mjs). Skips the wasm build when nothing
// that goes into pkg/ changed since the last build; the bundle is always rewritten (50 ms).
//
//   node scripts/build.mjs            build when sources changed
//   node scripts/build.mjs --force    always rebuild

import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ROOT, run, log } from './lib/process.mjs';
import { WASM_TARGET, ensureNodeModules, wasmBindgenTool, wasmToolchain } from './lib/toolchain.mjs';
import { bundleBrowserEntry } from './lib/bundle.mjs';

const PKG = join(ROOT, 'pkg');
const STAMP = join(PKG, '.build-stamp');
const WASM_NAME = 'signup_guard';

/** Features wasm-opt may assume: what Rust's wasm32 target emits and every current browser runs. */
export const WASM_FEATURES = [
  '--enable-bulk-memory',
  '--enable-nontrapping-float-to-int',
  '--enable-sign-ext',
  '--enable-mutable-globals',
  '--enable-reference-types',
  '--enable-multivalue',
];

function filesUnder(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? filesUnder(path) : [path];
  });
}

/** The workspace's other crates, under crates/ (the build depends on them by path). */
function workspaceCrates() {
  const crates = join(ROOT, 'crates');
  if (!existsSync(crates)) return [];
  return readdirSync(crates, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => join(crates, entry.name));
}

/** A hash of everything that determines the contents of pkg/. */
function inputsHash(mode) {
  const hash = createHash('sha256').update(mode);
  const inputs = [
    ...filesUnder(join(ROOT, 'src')),
    ...(existsSync(join(ROOT, 'data')) ? filesUnder(join(ROOT, 'data')) : []),
    // Workspace crates the build depends on by path: their sources and manifests (the fork's
    // README.md is its crate documentation, compiled in with include_str!).
    ...workspaceCrates().flatMap((crate) => [
      ...filesUnder(join(crate, 'src')),
      join(crate, 'Cargo.toml'),
      join(crate, 'README.md'),
    ].filter((file) => existsSync(file))),
    join(ROOT, 'Cargo.toml'),
    join(ROOT, 'Cargo.lock'),
    new URL(import.meta.url).pathname,
  ].sort();
  for (const file of inputs) {
    hash.update(relative(ROOT, file)).update('\0').update(readFileSync(file)).update('\0');
  }
  return hash.digest('hex');
}

/** Builds pkg/ unless it is up to date (or `force`), then the bundle. Returns true when pkg/ was built. */
export function build({ force = false } = {}) {
  ensureNodeModules();
  const built = buildPkg(force);
  bundleBrowserEntry();
  return built;
}

/** Builds pkg/ unless it is up to date (or `force`). Returns true when it built. */
function buildPkg(force) {
  const toolchain = wasmToolchain();
  const hash = inputsHash(toolchain.mode);
  if (!force && existsSync(STAMP) && readFileSync(STAMP, 'utf8') === hash
      && existsSync(join(PKG, `${WASM_NAME}_bg.wasm`))) {
    log('pkg/ is up to date');
    return false;
  }
  const wasmBindgen = wasmBindgenTool();
  log(`building wasm (${toolchain.mode} toolchain)`);
  run(toolchain.cargo, ['build', '--profile', 'wasm-release', '--lib', '--target', WASM_TARGET, ...toolchain.extraArgs], { env: toolchain.env });
  const targetDir = resolve(ROOT, process.env.CARGO_TARGET_DIR ?? 'target');
  const raw = join(targetDir, WASM_TARGET, 'wasm-release', `${WASM_NAME}.wasm`);
  mkdirSync(PKG, { recursive: true });
  run(wasmBindgen, ['--target', 'web', '--out-dir', PKG, '--out-name', WASM_NAME, raw]);
  const wasm = join(PKG, `${WASM_NAME}_bg.wasm`);
  const before = statSync(wasm).size;
  run(join(ROOT, 'node_modules', '.bin', 'wasm-opt'), [...WASM_FEATURES, '-Os', wasm, '-o', wasm]);
  log(`wasm-opt: ${before} → ${statSync(wasm).size} bytes`);
  writeFileSync(STAMP, hash);
  return true;
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  try {
    build({ force: process.argv.includes('--force') });
  } catch (error) {
    console.error(`\n[signup-guard] build failed: ${error.message}`);
    process.exit(1);
  }
}
