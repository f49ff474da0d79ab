// The corpus runner for signup-guard: its own loader and checkPassword in a module worker.
import '/bench/page/runner-common.js';
import { ready } from '/www/lib/loader.js';
import { checkPassword } from '/www/lib/password.js';

await ready();
checkPassword('Warm-up passw0rd 2024!');
self.runCorpus((password) => checkPassword(password).score);
