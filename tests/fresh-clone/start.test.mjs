// The README's first command on a fresh clone: the repository is cloned into an empty folder (no
// pkg/, no node_modules/, no target/) and `npm start` run there, exactly as a newcomer would; the
// test then fetches the demo page and the wasm from the server it started.
//
// It clones what is committed (HEAD). The clone shares this checkout's Cargo target directory
// (CARGO_TARGET_DIR), so the crates already compiled here are not compiled again; everything
// else (npm ci, the wasm build, wasm-bindgen, wasm-opt, the bundle) runs from nothing.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from '../../scripts/lib/process.mjs';

const START_TIMEOUT_MS = 12 * 60_000;

/** Resolves to the demo URL `npm start` prints, or rejects with what it printed. */
function demoUrl(child) {
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`npm start printed no URL within ${START_TIMEOUT_MS} ms:\n${output.slice(-4000)}`)), START_TIMEOUT_MS);
    const read = (chunk) => {
      output += chunk;
      const match = /demo signup page: (http:\/\/\S+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    };
    child.stdout.on('data', read);
    child.stderr.on('data', read);
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`npm start exited (${code}) before serving:\n${output.slice(-4000)}`));
    });
  });
}

test('npm start on a fresh clone builds, serves the demo page and the wasm', { timeout: START_TIMEOUT_MS + 60_000 }, async () => {
  const folder = mkdtempSync(join(tmpdir(), 'signup-guard-clone-'));
  const clone = join(folder, 'signup-guard');
  let child;
  try {
    const cloned = spawnSync('git', ['clone', '--quiet', ROOT, clone], { encoding: 'utf8' });
    assert.equal(cloned.status, 0, cloned.stderr);
    for (const built of ['pkg', 'node_modules', 'target', 'www/lib/signup-guard.min.js']) {
      assert.equal(existsSync(join(clone, built)), false, `a fresh clone has no ${built}`);
    }
    child = spawn('npm', ['start'], {
      cwd: clone,
      env: { ...process.env, PORT: '0', CARGO_TARGET_DIR: process.env.CARGO_TARGET_DIR ?? join(ROOT, 'target') },
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    });
    const url = await demoUrl(child);

    const page = await fetch(url);
    assert.equal(page.status, 200);
    assert.match(page.headers.get('content-security-policy'), /script-src 'self' 'wasm-unsafe-eval'/);
    const html = await page.text();
    assert.match(html, /<form[^>]*data-signup-guard/);

    const wasm = await fetch(new URL('/pkg/signup_guard_bg.wasm', url));
    assert.equal(wasm.status, 200);
    assert.equal(wasm.headers.get('content-type'), 'application/wasm');
    const bytes = new Uint8Array(await wasm.arrayBuffer());
    assert.ok(WebAssembly.validate(bytes), `the served wasm (${bytes.length} bytes) is a valid module`);
    assert.ok(bytes.length > 100_000, `the whole core, not a stub: ${bytes.length} bytes`);

    const script = await fetch(new URL('/www/signup-guard.js', url));
    assert.equal(script.status, 200);
  } finally {
    if (child?.pid) {
      try {
        process.kill(-child.pid, 'SIGTERM');
      } catch {
        // already gone
      }
    }
    rmSync(folder, { recursive: true, force: true, maxRetries: 3 });
  }
});
