// `npm run bench`: signup-guard against zxcvbn.js 4.4.2 and @zxcvbn-ts/core in one headless
// Chromium, on the same origin and the same corpus. Prints a table and writes the figures to
// bench/results/<date>.json and bench/results/latest.json. Not a test: nothing here fails on
// a slow machine; compare the columns of one run with each other.
//
//   BENCH_TIMEOUT_MS=2000   time limit per corpus entry (longer ones count as timeouts)
//   BENCH_COLD_RUNS=3       fresh pages per cold-start figure (the median is reported)

import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { ROOT } from '../scripts/lib/process.mjs';
import { startServer, CONTENT_SECURITY_POLICY } from '../scripts/serve.mjs';
import { build } from '../scripts/build.mjs';
import { BUNDLE } from '../scripts/lib/bundle.mjs';
import { moduleGraph } from '../scripts/lib/module-graph.mjs';
import { launchBrowser } from '../tests/e2e/support.mjs';
import { buildCorpus, categoryCounts } from './corpus.mjs';
import { formatTable, kb, ms, ratio, summarize } from './format.mjs';

const TIMEOUT_MS = Number(process.env.BENCH_TIMEOUT_MS ?? 2000);
const COLD_RUNS = Number(process.env.BENCH_COLD_RUNS ?? 3);
const TYPED = 'Tr0ub4dour&3 correct-Horse!';
const PASTE_CHARS = 1024 * 1024;
const BASELINE = 'zxcvbn.js';
/** BENCH_ONLY=cold,corpus,typing runs a subset (for development; results are then not written). */
const ONLY = process.env.BENCH_ONLY?.split(',');
const runs = (part) => !ONLY || ONLY.includes(part);

/** Files of the other estimators the bench page may load (from node_modules), under /bench/npm/. */
const VENDOR_FILES = [
  'zxcvbn/dist/zxcvbn.js',
  '@zxcvbn-ts/core/dist/zxcvbn-ts.js',
  '@zxcvbn-ts/language-common/dist/zxcvbn-ts.js',
  '@zxcvbn-ts/language-en/dist/zxcvbn-ts.js',
];

const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8', '.json': 'application/json', '.wasm': 'application/wasm' };

/**
 * The bench's route on the project's demo server: the bench page, the other estimators, the
 * corpus, and www/ + pkg/ again, all with the demo's CSP plus cross-origin isolation
 * (COOP/COEP) so performance.now() has microsecond resolution in the page and its workers.
 */
export function benchRoute(corpusJson) {
  return async (request, response, url) => {
    const path = decodeURIComponent(url.pathname);
    let file = null;
    let body = null;
    if (path === '/favicon.ico') {
      response.writeHead(204).end();
      return true;
    }
    if (path === '/bench/corpus.json') body = corpusJson;
    else if (path.startsWith('/bench/npm/') && VENDOR_FILES.includes(path.slice('/bench/npm/'.length))) file = join(ROOT, 'node_modules', path.slice('/bench/npm/'.length));
    else if (/^\/(bench\/page|www|pkg)\//.test(path) && !normalize(path).includes('..')) file = join(ROOT, normalize(path));
    else return false;
    try {
      body ??= await readFile(file);
    } catch {
      response.writeHead(404).end();
      return true;
    }
    response.writeHead(200, {
      'Content-Type': TYPES[extname(file ?? path)] ?? 'application/octet-stream',
      'Cache-Control': 'no-store',
      'Content-Security-Policy': CONTENT_SECURITY_POLICY,
      'Cross-Origin-Opener-Policy': 'same-origin',
      'Cross-Origin-Embedder-Policy': 'require-corp',
    });
    response.end(body);
    return true;
  };
}

/** Raw, gzip -9 and brotli -11 bytes of `files`, each compressed alone (as a server sends them). */
function wireSize(files) {
  let raw = 0;
  let gzip = 0;
  let brotli = 0;
  for (const file of files) {
    const bytes = readFileSync(file);
    raw += bytes.length;
    gzip += gzipSync(bytes, { level: 9 }).length;
    brotli += brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length } }).length;
  }
  return { files: files.map((f) => f.slice(ROOT.length + 1)), raw, gzip, brotli };
}

export function sizes() {
  const page = moduleGraph('www/signup-guard.js');
  const worker = moduleGraph('www/lib/worker.js');
  const wasm = join(ROOT, 'pkg/signup_guard_bg.wasm');
  const bundle = join(ROOT, BUNDLE);
  const vendor = (names) => names.map((name) => join(ROOT, 'node_modules', name));
  const initial = wireSize(page);
  // What the password check needs: with one wasm for every feature, the same as the total.
  const withPasswordPath = (rows) => Object.fromEntries(Object.entries(rows).map(([name, row]) => [name, { ...row, passwordPath: row.passwordPath ?? row.total }]));
  // The wasm built without the `lookalike` feature (bench/split-size.mjs), when present: what a
  // split would let a meter-only page load. A build variant, not what the package ships.
  const passwordOnly = join(ROOT, 'bench/tmp/password-only-Os/signup_guard_bg.wasm');
  const split = existsSync(passwordOnly)
    ? { 'meter, wasm without lookalike (variant)': { initial, total: wireSize([...new Set([...page, passwordOnly])]) } }
    : {};
  return withPasswordPath({
    'zxcvbn.js': { initial: wireSize(vendor(VENDOR_FILES.slice(0, 1))), total: wireSize(vendor(VENDOR_FILES.slice(0, 1))) },
    'zxcvbn-ts': { initial: wireSize(vendor(VENDOR_FILES.slice(1))), total: wireSize(vendor(VENDOR_FILES.slice(1))) },
    // The default (main thread): the page needs only the JavaScript; the wasm loads on idle or
    // first focus. Worker mode adds the worker's modules. Counted once each (the browser's cache
    // serves repeats).
    'signup-guard': { initial, total: wireSize([...new Set([...page, wasm])]) },
    'signup-guard (worker)': { initial, total: wireSize([...new Set([...page, ...worker, wasm])]) },
    // attach(): the same split. The page loads the wasm on idle or first focus in the form (or
    // when it calls ready() itself); with `worker: true` it hands the compiled module to the
    // password worker, which only adds its own JavaScript.
    'attach()': { initial, total: wireSize([...new Set([...page, wasm])]) },
    'attach() (worker)': { initial, total: wireSize([...new Set([...page, ...worker, wasm])]) },
    // The same, from the minified single-file entry (signup-guard/min) a page without a bundler
    // can load instead of the 29 modules.
    'attach() (min bundle)': { initial: wireSize([bundle]), total: wireSize([bundle, wasm]) },
    ...split,
  });
}

function median(values) {
  const sorted = values.filter((v) => typeof v === 'number').sort((a, b) => a - b);
  return sorted.length ? sorted[Math.floor((sorted.length - 1) / 2)] : NaN;
}

export async function freshPage(browser, server) {
  const context = await browser.newContext();
  const page = await context.newPage();
  page.errors = [];
  page.on('pageerror', (error) => page.errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') page.errors.push(message.text());
  });
  await page.goto(new URL('bench/page/index.html', server.url).href);
  await page.waitForSelector('html[data-bench="ready"]');
  return { page, close: () => context.close() };
}

async function coldStarts(browser, server, names) {
  const results = {};
  for (const name of names) {
    const runs = [];
    for (let run = 0; run < COLD_RUNS; run += 1) {
      const { page, close } = await freshPage(browser, server);
      runs.push(await page.evaluate((n) => window.bench.coldStart(n), name));
      if (page.errors.length) throw new Error(`${name} cold start: ${page.errors.join('; ')}`);
      await close();
    }
    const pick = (key) => median(runs.map((r) => r[key]));
    results[name] = {
      scriptsEndMs: pick('scriptsEndMs'), wasmStartMs: pick('wasmStartMs'), wasmEndMs: pick('wasmEndMs'),
      fetchMs: pick('fetchMs'), compileMs: pick('compileMs'), warmUpMs: pick('warmUpMs'), firstMs: pick('firstMs'), secondMs: pick('secondMs'), totalMs: pick('totalMs'),
      longTaskMaxMs: Math.max(...runs.map((r) => r.longTasks.maxMs)), blockingMs: pick('blockingMs') || median(runs.map((r) => r.longTasks.blockingMs)),
      note: runs[0].note, runs,
    };
    console.error(`  cold start ${name}: ${ms(results[name].totalMs)} ms`);
  }
  return results;
}

async function corpusTimings(browser, server, names, corpus) {
  const { page, close } = await freshPage(browser, server);
  const results = {};
  for (const name of names) {
    const started = Date.now();
    const { times, timeouts } = await page.evaluate(
      ([n, count, timeoutMs]) => window.bench.estimates(n, { count, timeoutMs }),
      [name, corpus.length, TIMEOUT_MS],
    );
    // A timed-out entry took at least the limit: count it as that (a lower bound).
    const bounded = times.map((t, i) => (timeouts.includes(i) ? TIMEOUT_MS : t));
    const byCategory = {};
    for (const category of Object.keys(categoryCounts(corpus))) {
      byCategory[category] = summarize(bounded.filter((_, i) => corpus[i].category === category));
    }
    const slowest = bounded
      .map((t, i) => ({ ms: t, category: corpus[i].category, length: corpus[i].password.length, sample: corpus[i].password.slice(0, 24) }))
      .sort((a, b) => b.ms - a.ms).slice(0, 5);
    results[name] = {
      ...summarize(bounded),
      timeouts: timeouts.length,
      timedOut: timeouts.map((i) => ({ category: corpus[i].category, length: corpus[i].password.length })),
      byCategory,
      slowest,
    };
    console.error(`  corpus ${name}: mean ${ms(results[name].meanMs)} ms, ${timeouts.length} timeouts, ${Math.round((Date.now() - started) / 1000)} s`);
  }
  await close();
  return results;
}

async function waitForAnswers(page, count, limitMs) {
  await page.waitForFunction((n) => window.benchTyping.latencies.length >= n, count, { timeout: limitMs }).catch(() => {});
}

async function typing(browser, server, names) {
  const results = {};
  for (const name of names) {
    const { page, close } = await freshPage(browser, server);
    const setUp = await page.evaluate((n) => window.bench.setUpTyping(n), name);
    const input = page.locator('#password');
    await input.click();
    await input.pressSequentially(TYPED, { delay: 30 });
    await waitForAnswers(page, TYPED.length, 5000);
    const typed = await page.evaluate(() => window.bench.typingReport('typing'));
    let paste = null;
    if (name !== 'zxcvbn.js') {
      await input.fill('');
      await page.evaluate(() => window.bench.typingReport('clear'));
      await input.fill('correct horse battery staple '.repeat(Math.ceil(PASTE_CHARS / 29)).slice(0, PASTE_CHARS));
      await waitForAnswers(page, 1, 30_000);
      await page.waitForTimeout(200);
      paste = await page.evaluate(() => window.bench.typingReport('paste'));
    }
    if (page.errors.length) throw new Error(`${name} typing: ${page.errors.join('; ')}`);
    results[name] = {
      loadingLongTaskMaxMs: setUp.loading.maxMs,
      typingLongTaskMaxMs: typed.longTasks.maxMs,
      typingBlockingMs: typed.longTasks.blockingMs,
      answers: typed.latencies.length,
      typingLatencyMaxMs: Math.max(0, ...typed.latencies.map((l) => l.ms)),
      typingLatencyMeanMs: summarize(typed.latencies.map((l) => l.ms)).meanMs,
      pasteLatencyMs: paste ? (paste.latencies.length ? Math.max(...paste.latencies.map((l) => l.ms)) : NaN) : null,
      pasteLongTaskMaxMs: paste ? paste.longTasks.maxMs : null,
      pasteAnswered: paste ? paste.latencies.length > 0 : null,
      latencies: typed.latencies,
    };
    console.error(`  typing ${name}: worst long task ${ms(results[name].typingLongTaskMaxMs)} ms`);
    await close();
  }
  return results;
}

export function tables(results) {
  const { corpus, coldStart, typing: typed, size } = results;
  const base = corpus[BASELINE];
  const perEstimate = formatTable(
    ['per estimate (ms)', 'mean', 'p50', 'p99', 'worst', `timeouts >${TIMEOUT_MS} ms`, 'mean vs zxcvbn.js', 'p99 vs zxcvbn.js'],
    Object.entries(corpus).map(([name, s]) => [name, ms(s.meanMs), ms(s.p50Ms), ms(s.p99Ms), `${s.timeouts ? '≥' : ''}${ms(s.worstMs)}`, s.timeouts, ratio(s.meanMs, base.meanMs), ratio(s.p99Ms, base.p99Ms)]),
  );
  const cold = formatTable(
    ['cold start, fresh page (ms)', 'fetch', 'of which: scripts in', 'wasm in', 'compile/init', 'warm-up in steps', 'first answer', 'total', 'longest main-thread task', 'total vs zxcvbn.js'],
    Object.entries(coldStart).map(([name, c]) => [name, ms(c.fetchMs), Number.isFinite(c.scriptsEndMs) ? ms(c.scriptsEndMs) : '–', Number.isFinite(c.wasmEndMs) ? ms(c.wasmEndMs) : '–', ms(c.compileMs), Number.isFinite(c.warmUpMs) ? ms(c.warmUpMs) : '–', ms(c.firstMs), ms(c.totalMs), ms(c.longTaskMaxMs), ratio(c.totalMs, coldStart[BASELINE].totalMs)]),
  );
  const typing = formatTable(
    ['typing into a meter (ms)', 'longest task loading', 'longest task typing', 'worst answer typing', 'paste 1 MiB: answer', 'paste: longest task'],
    Object.entries(typed).map(([name, t]) => [name, ms(t.loadingLongTaskMaxMs), ms(t.typingLongTaskMaxMs), ms(t.typingLatencyMaxMs), t.pasteLatencyMs === null ? 'not run (hangs)' : ms(t.pasteLatencyMs), t.pasteLongTaskMaxMs === null ? '–' : ms(t.pasteLongTaskMaxMs)]),
  );
  const wire = formatTable(
    ['wire size', 'initial gzip', 'initial brotli', 'password path gzip', 'password path brotli', 'total raw', 'total gzip', 'total brotli', 'total gzip vs zxcvbn.js', 'total brotli vs zxcvbn.js'],
    Object.entries(size).map(([name, s]) => [name, kb(s.initial.gzip), kb(s.initial.brotli), kb(s.passwordPath.gzip), kb(s.passwordPath.brotli), kb(s.total.raw), kb(s.total.gzip), kb(s.total.brotli), ratio(s.total.gzip, size[BASELINE].total.gzip), ratio(s.total.brotli, size[BASELINE].total.brotli)]),
  );
  return [perEstimate, cold, typing, wire].join('\n\n');
}

async function main() {
  build();
  const corpus = buildCorpus();
  const server = await startServer({ port: 0, routes: [benchRoute(JSON.stringify(corpus))] });
  const browser = await launchBrowser();
  try {
    console.error(`[bench] corpus: ${corpus.length} passwords ${JSON.stringify(categoryCounts(corpus))}`);
    const results = {
      date: new Date().toISOString(),
      browser: browser.version(),
      corpus: null,
      coldStart: null,
      typing: null,
      size: sizes(),
      settings: { timeoutMs: TIMEOUT_MS, coldRuns: COLD_RUNS, typed: TYPED, pasteChars: PASTE_CHARS, corpusCounts: categoryCounts(corpus) },
    };
    if (runs('cold')) results.coldStart = await coldStarts(browser, server, ['zxcvbn.js', 'zxcvbn-ts', 'signup-guard', 'signup-guard (min bundle)', 'signup-guard (warm-up in steps)', 'signup-guard (warm-up in steps, min bundle)', 'signup-guard (worker)']);
    if (runs('corpus')) results.corpus = await corpusTimings(browser, server, ['zxcvbn.js', 'zxcvbn-ts', 'signup-guard'], corpus);
    if (runs('typing')) results.typing = await typing(browser, server, ['no meter', 'zxcvbn.js', 'zxcvbn-ts', 'signup-guard', 'signup-guard (worker)', 'attach()', 'attach() (worker)']);
    if (ONLY) {
      console.log(JSON.stringify(results, null, 1));
      return;
    }
    const text = tables(results);
    console.log(text);
    results.table = text;
    const dir = join(ROOT, 'bench', 'results');
    mkdirSync(dir, { recursive: true });
    const json = `${JSON.stringify(results, null, 2)}\n`;
    writeFileSync(join(dir, `${results.date.slice(0, 10)}.json`), json);
    writeFileSync(join(dir, 'latest.json'), json);
    console.error(`[bench] wrote bench/results/${results.date.slice(0, 10)}.json and latest.json`);
    const { withLatestBlock } = await import('./readme-table.mjs');
    const readme = join(ROOT, 'bench', 'README.md');
    writeFileSync(readme, withLatestBlock(readFileSync(readme, 'utf8'), results));
    console.error('[bench] rewrote the latest tables in bench/README.md');
  } finally {
    await browser.close();
    await server.close();
  }
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].replace(/^.*\/bench\//, '/bench/'))) {
  await main();
}
