// Shared by the corpus runners: fetch the corpus once, then on { from } time each entry from
// that index on and post { index, ms } after each one. An entry that takes under REPEAT_BELOW_MS
// is timed REPEATS times and the median kept, so one GC pause or a busy machine does not
// become a p99 (the same for every estimator).
const REPEATS = 3;
const REPEAT_BELOW_MS = 50;

self.runCorpus = (estimate) => {
  const corpus = fetch('/bench/corpus.json').then((response) => response.json());
  self.addEventListener('message', async ({ data }) => {
    const passwords = await corpus;
    for (let index = data.from; index < passwords.length; index += 1) {
      const { password } = passwords[index];
      const times = [];
      do {
        const start = performance.now();
        estimate(password);
        times.push(performance.now() - start);
      } while (times.length < REPEATS && times[0] < REPEAT_BELOW_MS);
      times.sort((a, b) => a - b);
      self.postMessage({ index, ms: times[Math.floor((times.length - 1) / 2)] });
    }
  });
  corpus.then(() => self.postMessage({ ready: true }));
};
