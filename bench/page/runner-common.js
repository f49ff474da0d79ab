// Shared by the corpus runners: fetch the corpus once, then on { from } time each entry from
// that index on and post { index, ms } after each one.
self.runCorpus = (estimate) => {
  const corpus = fetch('/bench/corpus.json').then((response) => response.json());
  self.addEventListener('message', async ({ data }) => {
    const passwords = await corpus;
    for (let index = data.from; index < passwords.length; index += 1) {
      const start = performance.now();
      estimate(passwords[index].password);
      self.postMessage({ index, ms: performance.now() - start });
    }
  });
  corpus.then(() => self.postMessage({ ready: true }));
};
