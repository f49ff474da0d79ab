// Times every corpus entry with one classic-script estimator, off the page's main thread so a
// runaway input can be stopped (the page terminates this worker after its time limit).
importScripts('/bench/page/libs.js', '/bench/page/runner-common.js');
const lib = self.benchLibs[new URL(location.href).searchParams.get('lib')];
importScripts(...lib.scripts);
const estimate = lib.setup();
estimate('Warm-up passw0rd 2024!');
self.runCorpus(estimate);
