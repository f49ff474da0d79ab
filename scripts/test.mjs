// `npm test`: every layer of tests, each with its summary line visible.
//   1. native   cargo test --workspace (signup-guard and the zxcvbn fork in crates/zxcvbn), then cargo
//               doc with warnings as errors
//   2. wasm     wasm-bindgen-test in headless Chromium (tests/web*.rs)
//   3. node     the Node entry, the demo server and the tools (node:test)
//   4. chromium every end-to-end test (tests/e2e/) in Chromium, against the demo served by
//               scripts/serve.mjs, through the browser driver layer (tests/browsers/)
//   5. firefox  the end-to-end and consumer files marked `// Engines: chromium, firefox, webkit`,
//               in Firefox ESR
//   6. webkit   the same files in WebKitGTK
//   7. package  what `npm pack` would ship
//   8. consumers the packed tarball installed into real apps (tests/consumers/: React + Vite, Vite
//               SSR, webpack, Node ESM/CommonJS/Express, a plain page), built for production and
//               driven in Chromium
//   9. fresh    `npm start` in a fresh clone of the repository (what is committed)
// Exits non-zero when any layer fails or runs no test. `npm test -- --only=native,webkit` runs a
// subset.

import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { ROOT, log } from './lib/process.mjs';
import { WASM_TARGET, browser, browserEngine, ensureNodeModules, wasmBindgenTool, wasmToolchain } from './lib/toolchain.mjs';
import { build } from './build.mjs';

/** Runs a command, streaming its output, and resolves to `{ status, output }`. */
function runStreaming(command, args, options = {}) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'], ...options });
    let output = '';
    const forward = (stream, target) => stream.on('data', (chunk) => {
      output += chunk;
      target.write(chunk);
    });
    forward(child.stdout, process.stdout);
    forward(child.stderr, process.stderr);
    child.on('error', (error) => resolve({ status: -1, output: `${output}\n${error.message}` }));
    child.on('close', (status) => resolve({ status: status ?? -1, output }));
  });
}

/** Sums the passed/failed counts of every `test result:` line cargo and its runners print. */
function cargoCounts(output) {
  let passed = 0;
  let failed = 0;
  for (const match of output.matchAll(/test result: \w+\. (\d+) passed; (\d+) failed/g)) {
    passed += Number(match[1]);
    failed += Number(match[2]);
  }
  return { passed, failed };
}

/** Reads node:test's closing counts (spec reporter `ℹ pass N` or TAP `# pass N`). */
function nodeTestCounts(output) {
  const pick = (name) => [...output.matchAll(new RegExp(`^(?:ℹ|#) ${name} (\\d+)`, 'gm'))]
    .reduce((sum, match) => sum + Number(match[1]), 0);
  return { passed: pick('pass'), failed: pick('fail'), skipped: pick('skipped') };
}

/** The browser test files that run in every engine (they say so in a line of their own). */
function crossEngineFiles() {
  return ['e2e', 'consumers'].flatMap((folder) => readdirSync(join(ROOT, 'tests', folder))
    .filter((name) => name.endsWith('.test.mjs'))
    .filter((name) => /^\/\/ Engines: chromium, firefox, webkit$/m.test(readFileSync(join(ROOT, 'tests', folder, name), 'utf8')))
    .map((name) => `tests/${folder}/${name}`));
}

/** Runs node:test over `paths`, in `engine` for browser tests; resolves to the layer's result. */
async function nodeTests(paths, engine) {
  const env = engine ? { ...process.env, SIGNUP_GUARD_BROWSER: engine } : process.env;
  const { status, output } = await runStreaming(process.execPath, ['--test', '--test-reporter=spec', ...paths], { env });
  return { ok: status === 0, ...nodeTestCounts(output) };
}

const layers = {
  async native() {
    // The workspace: signup-guard and the zxcvbn fork (crates/zxcvbn), whose tests check its
    // patches against upstream's behaviour (unoptimized they take about a second).
    const { status, output } = await runStreaming('cargo', ['test', '--workspace', '--all-targets']);
    const doc = await runStreaming('cargo', ['test', '--workspace', '--doc']);
    const counts = cargoCounts(output + doc.output);
    // The API documentation must build without a single warning (broken links, bad markup).
    const docs = await runStreaming('cargo', ['doc', '--no-deps'], {
      env: { ...process.env, RUSTDOCFLAGS: `${process.env.RUSTDOCFLAGS ?? ''} -D warnings`.trim() },
    });
    if (docs.status !== 0) console.error('[signup-guard] cargo doc --no-deps failed with RUSTDOCFLAGS="-D warnings"');
    return { ok: status === 0 && doc.status === 0 && docs.status === 0, ...counts };
  },

  async wasm() {
    const toolchain = wasmToolchain();
    const runner = wasmBindgenTool('wasm-bindgen-test-runner');
    const { chromedriver } = browser();
    const tests = readdirSync(join(ROOT, 'tests'))
      .filter((name) => /^web.*\.rs$/.test(name))
      .flatMap((name) => ['--test', basename(name, '.rs')]);
    const { status, output } = await runStreaming(
      toolchain.cargo,
      ['test', '--target', WASM_TARGET, ...toolchain.extraArgs, ...tests],
      { env: { ...toolchain.env, CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER: runner, CHROMEDRIVER: chromedriver } },
    );
    return { ok: status === 0, ...cargoCounts(output) };
  },

  async node() {
    build();
    return nodeTests(['tests/node/']);
  },

  async chromium() {
    browser();
    build();
    return nodeTests(['tests/e2e/'], 'chromium');
  },

  async firefox() {
    browserEngine('firefox');
    build();
    return nodeTests(crossEngineFiles(), 'firefox');
  },

  async webkit() {
    browserEngine('webkit');
    build();
    return nodeTests(crossEngineFiles(), 'webkit');
  },

  async package() {
    build();
    return nodeTests(['tests/package/']);
  },

  async consumers() {
    browser();
    build();
    return nodeTests(['tests/consumers/'], 'chromium');
  },

  async fresh() {
    return nodeTests(['tests/fresh-clone/']);
  },
};

async function main() {
  const only = process.argv.find((arg) => arg.startsWith('--only='))?.slice('--only='.length).split(',');
  const selected = Object.keys(layers).filter((name) => !only || only.includes(name));
  ensureNodeModules();
  const results = [];
  for (const name of selected) {
    log(`── layer: ${name} ──`);
    let result;
    try {
      result = await layers[name]();
    } catch (error) {
      console.error(`[signup-guard] ${name} layer could not run: ${error.message}`);
      result = { ok: false, passed: 0, failed: 0 };
    }
    if (result.passed === 0) {
      console.error(`[signup-guard] ${name} layer ran no test`);
      result.ok = false;
    }
    results.push({ name, ...result });
  }
  console.log('\n[signup-guard] summary');
  for (const { name, ok, passed, failed, skipped } of results) {
    console.log(`  ${ok ? 'ok  ' : 'FAIL'} ${name.padEnd(9)} ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
  }
  const passed = results.reduce((sum, r) => sum + r.passed, 0);
  const failed = results.reduce((sum, r) => sum + r.failed, 0);
  console.log(`\nsignup-guard: ${passed} passed, ${failed} failed`);
  process.exit(results.every((r) => r.ok) ? 0 : 1);
}

await main();
