// The in-page side of `npm run bench`: cold starts, corpus timings (in workers, with a time
// limit per input), and typing into a meter, with main-thread long tasks observed throughout.
// bench/run.mjs drives it through playwright-core and reads window.bench.

const longTasks = [];
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) longTasks.push({ start: entry.startTime, duration: entry.duration });
}).observe({ type: 'longtask', buffered: true });

const FIRST_PASSWORD = 'Tr0ub4dour&3';

/** Long tasks that started at or after `since`: count, longest, and blocking time (> 50 ms part). */
function longTasksSince(since) {
  const tasks = longTasks.filter((task) => task.start >= since);
  return {
    count: tasks.length,
    maxMs: tasks.reduce((max, task) => Math.max(max, task.duration), 0),
    blockingMs: tasks.reduce((sum, task) => sum + Math.max(0, task.duration - 50), 0),
  };
}

function loadScript(src) {
  return new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = src;
    script.async = false;
    script.onload = resolve;
    script.onerror = () => reject(new Error(`could not load ${src}`));
    document.head.append(script);
  });
}

/** The moment the last resource requested since `since` finished arriving. */
function lastResponseEnd(since) {
  return performance.getEntriesByType('resource')
    .filter((entry) => entry.startTime >= since)
    .reduce((end, entry) => Math.max(end, entry.responseEnd), since);
}

/**
 * Where the fetch part went, in ms since `since`: when the last script or module arrived
 * (`scriptsEndMs`), and when the wasm request started and ended (`wasmStartMs`, `wasmEndMs`;
 * with streaming compilation the end also waits for the compiler to take the bytes).
 */
function fetchParts(since) {
  const entries = performance.getEntriesByType('resource').filter((entry) => entry.startTime >= since);
  const wasm = entries.find((entry) => entry.name.endsWith('.wasm'));
  const scripts = entries.filter((entry) => entry !== wasm);
  return {
    scriptsEndMs: scripts.reduce((end, entry) => Math.max(end, entry.responseEnd), since) - since,
    wasmStartMs: wasm ? wasm.startTime - since : undefined,
    wasmEndMs: wasm ? wasm.responseEnd - since : undefined,
  };
}

/**
 * Sets up one estimator on the main thread: `{ estimate, fetchMs, compileMs, warmUpMs, firstMs }`.
 * 'signup-guard (warm-up in steps)' runs `warmUp({ mainThread: true })` (the default widgets'
 * warm-up, one idle task per step) between loading and the first answer, timed as `warmUpMs`.
 */
async function loadOnMainThread(name) {
  const start = performance.now();
  let estimate;
  let warmUp = async () => {};
  if (name.startsWith('signup-guard')) {
    // '(min bundle)' and '(…, min bundle)': the single-file entry signup-guard/min instead of the
    // module graph.
    const sg = await import(name.endsWith('min bundle)') ? '/www/lib/signup-guard.min.js' : '/www/signup-guard.js');
    await sg.ready();
    estimate = (password) => sg.checkPassword(password).score;
    if (name.startsWith('signup-guard (warm-up in steps')) warmUp = () => sg.warmUp({ mainThread: true });
  } else {
    const lib = self.benchLibs[name];
    for (const src of lib.scripts) await loadScript(src);
    estimate = lib.setup();
  }
  const loaded = performance.now();
  const fetched = lastResponseEnd(start);
  await warmUp();
  const warm = performance.now();
  estimate(FIRST_PASSWORD);
  const answered = performance.now();
  return {
    estimate, fetchMs: fetched - start, compileMs: loaded - fetched,
    warmUpMs: name.startsWith('signup-guard (warm-up in steps') ? warm - loaded : undefined,
    firstMs: answered - warm, totalMs: answered - start, ...fetchParts(start),
  };
}

/** Cold start on this (fresh) page. `name` may be 'signup-guard (worker)'. */
async function coldStart(name) {
  await new Promise((resolve) => setTimeout(resolve, 50));
  const start = performance.now();
  let result;
  if (name === 'signup-guard (worker)') {
    const sg = await import('/www/signup-guard.js');
    const imported = performance.now();
    await sg.warmUp();
    const warm = performance.now();
    await sg.checkPasswordAsync(FIRST_PASSWORD);
    const answered = performance.now();
    result = { fetchMs: imported - start, compileMs: warm - imported, firstMs: answered - warm, totalMs: answered - start, note: 'wasm fetch+compile+warm-up run in the worker' };
  } else {
    const { estimate, ...timings } = await loadOnMainThread(name);
    const second = performance.now();
    estimate('another passw0rd!');
    result = { ...timings, secondMs: performance.now() - second };
  }
  await new Promise((resolve) => setTimeout(resolve, 100));
  return { ...result, longTasks: longTasksSince(start) };
}

/** Starts a corpus runner worker for `name`. */
function runnerFor(name) {
  if (name === 'signup-guard') return new Worker('/bench/page/runner-module.js', { type: 'module' });
  return new Worker(`/bench/page/runner-classic.js?lib=${encodeURIComponent(name)}`);
}

/**
 * Times every corpus entry. An entry that runs longer than `timeoutMs` is recorded as a timeout
 * (its worker is terminated and a fresh one continues with the next entry).
 */
async function estimates(name, { count, timeoutMs, setupTimeoutMs = 120_000 }) {
  const times = new Array(count).fill(null);
  const timeouts = [];
  let from = 0;
  while (from < count) {
    const worker = runnerFor(name);
    await new Promise((resolve, reject) => {
      let timer;
      const arm = (ms, onExpire) => {
        clearTimeout(timer);
        timer = setTimeout(onExpire, ms);
      };
      const stop = () => {
        clearTimeout(timer);
        worker.terminate();
        resolve();
      };
      arm(setupTimeoutMs, () => {
        worker.terminate();
        reject(new Error(`${name}: runner did not start`));
      });
      worker.onerror = (event) => {
        clearTimeout(timer);
        worker.terminate();
        reject(new Error(`${name}: runner failed: ${event.message}`));
      };
      worker.onmessage = ({ data }) => {
        if (data.ready) {
          worker.postMessage({ from });
        } else {
          times[data.index] = data.ms;
          from = data.index + 1;
          if (from >= count) return stop();
        }
        arm(timeoutMs, () => {
          timeouts.push(from);
          from += 1;
          stop();
        });
      };
    });
  }
  return { times, timeouts };
}

/**
 * Puts a meter on #password: signup-guard's PasswordMeter (`worker` or sync) or, for the other
 * estimators, the same minimal meter a page would write (rate on every input, set data-score).
 * Records for every input event how long until the meter showed its answer.
 */
async function setUpTyping(name) {
  const $input = document.getElementById('password');
  const latencies = [];
  let inputAt = null;
  $input.addEventListener('input', () => {
    inputAt = performance.now();
  }, { capture: true });
  const record = () => {
    if (inputAt !== null) latencies.push({ ms: performance.now() - inputAt, length: $input.value.length });
    inputAt = null;
  };
  const start = performance.now();
  let $meter;
  if (name === 'no meter') {
    // The browser's own cost of typing and pasting into a password field, for reference. Its
    // "answer" is a meter that does no work and answers in the first task the page can run after
    // the input event: the floor for any meter whose answer is computed off the main thread.
    $meter = document.createElement('div');
    $input.after($meter);
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      $meter.dataset.score = String(Number($meter.dataset.score ?? 0) + 1);
    };
    $input.addEventListener('input', () => channel.port2.postMessage(null));
  } else if (name.startsWith('attach()')) {
    // The real widget: the whole form guard (meter, requirements, checklist, email check) as a
    // page gets it from one attach() call, with its default loading; no breach check here.
    const sg = await import('/www/signup-guard.js');
    const worker = name === 'attach() (worker)';
    const guard = sg.attach($input.form, worker ? { breach: false, worker: true } : { breach: false });
    await new Promise((resolve) => {
      const poll = () => (guard.state.ready ? resolve() : setTimeout(poll, 10));
      poll();
    });
    // The warm-up attach() starts once the core loads (in the worker, or on this page in steps).
    await sg.warmUp({ mainThread: !worker });
    $meter = $input.form.querySelector('.sg-meter');
  } else if (name.startsWith('signup-guard')) {
    const sg = await import('/www/signup-guard.js');
    const worker = name === 'signup-guard (worker)';
    if (!worker) await sg.ready();
    const meter = new sg.PasswordMeter($input, worker ? { worker: true } : {}).init();
    $meter = meter.$root;
    // What the meter starts on idle (its default), awaited: in the worker, or on this page in steps.
    await sg.warmUp({ mainThread: !worker });
  } else {
    const { estimate } = await loadOnMainThread(name);
    $meter = document.createElement('div');
    $input.after($meter);
    $input.addEventListener('input', () => {
      $meter.dataset.score = $input.value === '' ? '' : String(estimate($input.value));
    });
  }
  new MutationObserver(record).observe($meter, { attributes: true, attributeFilter: ['data-score'] });
  await new Promise((resolve) => setTimeout(resolve, 150));
  window.benchTyping = { latencies, since: performance.now(), loadStart: start };
  return { loading: longTasksSince(start) };
}

/** What happened since setUpTyping: answer latencies and long tasks. */
function typingReport(label) {
  const { latencies, since } = window.benchTyping;
  const report = { label, latencies: latencies.splice(0), longTasks: longTasksSince(since) };
  window.benchTyping.since = performance.now();
  return report;
}

window.bench = { coldStart, estimates, setUpTyping, typingReport, longTasksSince };
document.documentElement.dataset.bench = 'ready';
