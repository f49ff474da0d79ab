// The default mode: the password is rated on the main thread, within the input event, after a
// warm-up that does the first check's one-time work in separate idle tasks.

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { attachDemo, mountDemoMarkup, startFormDemo } from './form-fixtures.mjs';

let demo;
before(async () => {
  demo = await startFormDemo();
});
after(() => demo?.close());

/** Counts the page's Worker constructions (none of ours should start in the default mode). */
async function countWorkers(page) {
  await page.evaluate(() => {
    window.workersStarted = 0;
    const NativeWorker = window.Worker;
    window.Worker = class extends NativeWorker {
      constructor(...args) {
        window.workersStarted += 1;
        super(...args);
      }
    };
  });
}

test('warmUp({ mainThread: true }) does its work in separate tasks', async () => {
  const page = await demo.newPage('www/blank.html');
  await countWorkers(page);
  const result = await page.evaluate(async () => {
    const sg = await import('/www/signup-guard.js');
    await sg.ready();
    // A ticker of 10 ms timers runs only between tasks: it ticks during the warm-up only if the
    // warm-up yields. (Done in one go after ready(), the warm-up lets it tick 0 times.)
    let ticks = 0;
    let ticking = true;
    const tick = () => {
      if (!ticking) return;
      ticks += 1;
      setTimeout(tick, 10);
    };
    setTimeout(tick, 10);
    await sg.warmUp({ mainThread: true });
    ticking = false;
    return {
      ticks, after: sg.checkPassword('correct horse battery staple').score,
      again: await sg.warmUp({ mainThread: true }).then(() => 'resolved'),
      usesWorker: sg.usesWorker(), workersStarted: window.workersStarted,
    };
  });
  assert.ok(result.ticks >= 1, `the warm-up yielded to other tasks (${result.ticks} ticks)`);
  assert.equal(result.after, 4);
  assert.equal(result.again, 'resolved', 'idempotent');
  assert.equal(result.usesWorker, false);
  assert.equal(result.workersStarted, 0, 'no worker on the main-thread path');
  assert.deepEqual(page.errors, []);
  await page.close();
});

test('a check during the warm-up answers, doing what is left itself', async () => {
  const page = await demo.newPage('www/blank.html');
  const result = await page.evaluate(async () => {
    const sg = await import('/www/signup-guard.js');
    await sg.ready();
    const warming = sg.warmUp({ mainThread: true });
    const meanwhile = sg.checkPassword('password').score;
    await warming;
    return { meanwhile, after: sg.checkPassword('Tr0ub4dour&3').score };
  });
  assert.deepEqual(result, { meanwhile: 0, after: 2 });
  assert.deepEqual(page.errors, []);
  await page.close();
});

test('warmUp({ mainThread: true }) loads the wasm itself when the page has not called ready()', async () => {
  const page = await demo.newPage('www/blank.html');
  const result = await page.evaluate(async () => {
    const sg = await import('/www/signup-guard.js');
    const before = sg.isReady();
    await sg.warmUp({ mainThread: true });
    return { before, after: sg.isReady(), score: sg.checkPassword('Tr0ub4dour&3').score };
  });
  assert.deepEqual(result, { before: false, after: true, score: 2 });
  await page.close();
});

test('by default the meter rates within the input event, and loads the wasm itself if needed', async () => {
  const page = await demo.newPage('www/blank.html');
  await countWorkers(page);
  const result = await page.evaluate(async () => {
    const sg = await import('/www/signup-guard.js');
    const $input = document.createElement('input');
    document.body.append($input);
    const meter = new sg.PasswordMeter($input, { warmUp: 'none' }).init();
    $input.value = 'password';
    $input.dispatchEvent(new Event('input'));
    const beforeLoad = meter.$root.getAttribute('data-score');
    await sg.ready();
    // The meter re-rates the value it could not rate before, without another keystroke.
    await new Promise((resolve) => setTimeout(resolve, 0));
    const afterLoad = meter.$root.getAttribute('data-score');
    $input.value = 'correct horse battery staple';
    $input.dispatchEvent(new Event('input'));
    const withinEvent = meter.$root.getAttribute('data-score');
    return { beforeLoad, afterLoad, withinEvent, usesWorker: sg.usesWorker(), workersStarted: window.workersStarted };
  });
  assert.deepEqual(result, { beforeLoad: null, afterLoad: '0', withinEvent: '4', usesWorker: false, workersStarted: 0 });
  assert.deepEqual(page.errors, []);
  await page.close();
});

test('with worker: true the meter rates in the worker: the answer arrives after the input event', async () => {
  const page = await demo.newPage('www/blank.html');
  const result = await page.evaluate(async () => {
    const sg = await import('/www/signup-guard.js');
    const $input = document.createElement('input');
    document.body.append($input);
    const meter = new sg.PasswordMeter($input, { worker: true }).init();
    await sg.warmUp();
    $input.value = 'password';
    $input.dispatchEvent(new Event('input'));
    const withinEvent = meter.$root.getAttribute('data-score');
    const started = performance.now();
    while (meter.$root.getAttribute('data-score') === null && performance.now() - started < 10_000) {
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    return { withinEvent, answered: meter.$root.getAttribute('data-score'), usesWorker: sg.usesWorker(), mainThreadLoaded: sg.isReady() };
  });
  assert.deepEqual(result, { withinEvent: null, answered: '0', usesWorker: true, mainThreadLoaded: false });
  assert.deepEqual(page.errors, []);
  await page.close();
});

test('attach() by default settles the password within the input event, with no worker', async () => {
  const page = await mountDemoMarkup(demo);
  await countWorkers(page);
  await attachDemo(page, { breach: false, policy: 'nist' });
  const seen = await page.evaluate(async () => {
    const sg = await import('/www/signup-guard.js');
    await sg.warmUp({ mainThread: true });
    const input = document.getElementById('password');
    const scores = [];
    document.getElementById('signup').addEventListener('signup-guard:change', (event) => scores.push(event.detail.password?.score ?? null));
    input.value = 'correct horse battery staple';
    input.dispatchEvent(new Event('input', { bubbles: true }));
    const withinEvent = {
      pending: window.guard.pending, score: window.guard.state.password?.score,
      meter: document.querySelector('#signup .sg-meter').dataset.score, scores: [...scores],
      usesWorker: sg.usesWorker(), workersStarted: window.workersStarted,
    };
    // The page is told in a task of its own, after the event (a framework's handler first).
    await window.guard.settled();
    return { ...withinEvent, told: scores };
  });
  assert.deepEqual(seen, { pending: false, score: 4, meter: '4', scores: [], told: [4], usesWorker: false, workersStarted: 0 });
  assert.deepEqual(page.errors, []);
  await page.close();
});
