// What `npm pack` would ship: everything users need, nothing they don't.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const manifest = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));
const [packed] = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: ROOT, encoding: 'utf8' }));
const shipped = new Set(packed.files.map((f) => f.path));

/** Every file path named anywhere in the exports map. */
function exportTargets(node) {
  if (typeof node === 'string') return [node];
  return Object.values(node).flatMap(exportTargets);
}

test('every file the exports map names is shipped', () => {
  for (const target of exportTargets(manifest.exports)) {
    assert.ok(shipped.has(target.replace(/^\.\//, '')), `${target} is not in the package`);
  }
});

test('the wasm, its bindings, the wrapper and the stylesheet are shipped', () => {
  for (const file of ['pkg/signup_guard_bg.wasm', 'pkg/signup_guard.js', 'www/signup-guard.js', 'www/lib/signup-guard.min.js', 'www/signup-guard.css', 'www/lib/loader.js', 'node/index.js', 'README.md', 'package.json', 'LICENSE-MIT', 'LICENSE-APACHE']) {
    assert.ok(shipped.has(file), `${file} is missing`);
  }
});

test('the type declarations and every declaration file they import are shipped', () => {
  assert.ok(shipped.has(manifest.types.replace(/^\.\//, '')), `${manifest.types} is missing`);
  const declarations = [...shipped].filter((path) => path.endsWith('.d.ts') && !path.startsWith('pkg/'));
  assert.ok(declarations.includes('www/types/api.d.ts'), 'the generated www/types/api.d.ts is missing');
  for (const file of declarations) {
    const text = readFileSync(new URL(`../../${file}`, import.meta.url), 'utf8');
    for (const [, specifier] of text.matchAll(/\bfrom\s+'(\.{1,2}\/[^']+)'/g)) {
      const target = new URL(specifier.replace(/\.js$/, '.d.ts'), new URL(`../../${file}`, import.meta.url));
      const path = fileURLToPath(target).slice(ROOT.length);
      assert.ok(shipped.has(path), `${file} imports ${specifier}, but ${path} is not shipped`);
    }
  }
});

test('the licence files name both licences of "MIT OR Apache-2.0"', () => {
  assert.equal(manifest.license, 'MIT OR Apache-2.0');
  assert.match(readFileSync(new URL('../../LICENSE-MIT', import.meta.url), 'utf8'), /Permission is hereby granted, free of charge/);
  assert.match(readFileSync(new URL('../../LICENSE-APACHE', import.meta.url), 'utf8'), /Apache License\s+Version 2\.0/);
});

test('nothing outside the whitelist is shipped: no sources, tests, scripts or demo', () => {
  const unexpected = [...shipped].filter((path) => /^(src|tests|scripts|target|node_modules|bench|\.ci)\//.test(path)
    || ['www/index.html', 'www/demo.js', 'www/demo.css', 'www/blank.html', 'Cargo.toml', 'pkg/.build-stamp'].includes(path));
  assert.deepEqual(unexpected, []);
  console.log(`package: ${packed.files.length} files, ${(packed.size / 1024).toFixed(1)} kB packed, ${(packed.unpackedSize / 1024).toFixed(1)} kB unpacked`);
});

test('every relative import inside the shipped JavaScript resolves to a shipped file', () => {
  for (const file of [...shipped].filter((p) => p.endsWith('.js'))) {
    const source = readFileSync(new URL(`../../${file}`, import.meta.url), 'utf8');
    for (const [, specifier] of source.matchAll(/(?:import|export)[^'"]*from\s+['"](\.[^'"]+)['"]/g)) {
      const resolved = new URL(specifier, `file:///${file}`).pathname.slice(1);
      assert.ok(shipped.has(resolved), `${file} imports ${specifier}, which is not shipped`);
    }
  }
});

test('npm pack --json with its prepack build prints only JSON on stdout (build logs go to stderr)', () => {
  // Scripts on: prepack runs the build, as `npm pack` does for anyone packing the repository.
  const stdout = execFileSync('npm', ['pack', '--dry-run', '--json'], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  const [result] = JSON.parse(stdout);
  assert.equal(result.name, manifest.name);
});
