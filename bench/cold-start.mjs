// The cold-start rows of `npm run bench` alone, repeated, with where the time went: for each
// fresh page, every resource the load requested (start, request sent, first byte, end, in ms
// since the load began) from the page's Resource Timing entries, and the totals the bench table
// reports. For investigating cold start without the full bench run.
//
//   node bench/cold-start.mjs [runs=5] [row …]     rows default to zxcvbn.js and the signup-guard rows
//   TIMELINE=1 node bench/cold-start.mjs 1          also print each resource of each run
//   LATENCY_MS=50 node bench/cold-start.mjs         with a 50 ms round trip per request (Chromium only)

import { startServer } from '../scripts/serve.mjs';
import { build } from '../scripts/build.mjs';
import { launchBrowser } from '../tests/e2e/support.mjs';
import { benchRoute, freshPage } from './run.mjs';
import { buildCorpus } from './corpus.mjs';
import { formatTable, ms } from './format.mjs';

const [runsArgument, ...rowArguments] = process.argv.slice(2);
const RUNS = Number(runsArgument ?? 5);
const LATENCY_MS = Number(process.env.LATENCY_MS ?? 0);
const ROWS = rowArguments.length ? rowArguments : [
  'zxcvbn.js',
  'signup-guard',
  'signup-guard (min bundle)',
  'signup-guard (warm-up in steps)',
  'signup-guard (warm-up in steps, min bundle)',
];

const median = (values) => {
  const sorted = values.filter((v) => typeof v === 'number' && !Number.isNaN(v)).sort((a, b) => a - b);
  return sorted.length ? sorted[Math.floor((sorted.length - 1) / 2)] : NaN;
};

build();
const server = await startServer({ port: 0, routes: [benchRoute(JSON.stringify(buildCorpus()))] });
const browser = await launchBrowser();
try {
  const rows = [];
  for (const name of ROWS) {
    const runs = [];
    for (let run = 0; run < RUNS; run += 1) {
      const { page, close } = await freshPage(browser, server);
      if (LATENCY_MS) {
        // Every request waits this long for its answer (Chromium's network emulation): a
        // stand-in for a real network's round trip, where each level of imports costs one.
        const session = await page.context().newCDPSession(page);
        await session.send('Network.emulateNetworkConditions', { offline: false, latency: LATENCY_MS, downloadThroughput: -1, uploadThroughput: -1 });
      }
      const result = await page.evaluate(async (n) => {
        const marker = performance.now();
        const cold = await window.bench.coldStart(n);
        // coldStart waits 50 ms before it starts its clock; resources requested from then on.
        const resources = performance.getEntriesByType('resource')
          .filter((entry) => entry.startTime >= marker)
          .map((entry) => ({
            name: new URL(entry.name).pathname,
            start: entry.startTime,
            requestStart: entry.requestStart,
            responseStart: entry.responseStart,
            end: entry.responseEnd,
          }));
        const origin = resources.length ? Math.min(...resources.map((r) => r.start)) : marker;
        const longTasks = await new Promise((resolve) => {
          new PerformanceObserver((list, observer) => {
            observer.disconnect();
            resolve(list.getEntries().filter((entry) => entry.startTime >= marker).map((entry) => ({ start: entry.startTime, duration: entry.duration })));
          }).observe({ type: 'longtask', buffered: true });
          setTimeout(() => resolve([]), 200);
        });
        return { cold, origin, resources, longTasks };
      }, name);
      if (page.errors.length) throw new Error(`${name}: ${page.errors.join('; ')}`);
      await close();
      runs.push(result.cold);
      if (process.env.TIMELINE) {
        console.log(`\n${name}, run ${run + 1}: total ${ms(result.cold.totalMs)} ms (resource times in ms since the first request)`);
        for (const task of result.longTasks) console.log(`  long task at ${ms(task.start - result.origin)} ms: ${ms(task.duration)} ms`);
        for (const r of result.resources) {
          console.log(`  ${r.name.padEnd(44)} start ${ms(r.start - result.origin).padStart(6)}  sent ${ms(r.requestStart - result.origin).padStart(6)}  first byte ${ms(r.responseStart - result.origin).padStart(6)}  end ${ms(r.end - result.origin).padStart(6)}`);
        }
      }
    }
    const pick = (key) => median(runs.map((r) => r[key]));
    rows.push([
      name, RUNS, ms(pick('fetchMs')), ms(pick('scriptsEndMs')), ms(pick('wasmStartMs')), ms(pick('wasmEndMs')),
      ms(pick('compileMs')), ms(pick('warmUpMs')), ms(pick('firstMs')), ms(pick('totalMs')),
      runs.map((r) => ms(r.totalMs)).join(' '),
      ms(Math.max(...runs.map((r) => r.longTasks.maxMs))),
    ]);
    console.error(`  ${name}: median total ${ms(pick('totalMs'))} ms`);
  }
  console.log(formatTable(
    ['cold start, fresh page (ms, medians)', 'runs', 'fetch', 'scripts in', 'wasm start', 'wasm in', 'compile/init', 'warm-up in steps', 'first answer', 'total', 'totals of each run', 'longest task (any run)'],
    rows,
  ));
} finally {
  await browser.close();
  await server.close();
}
