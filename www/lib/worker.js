// The module worker behind checkPasswordAsync: the same wasm, loaded off the main thread, so
// compiling it, building zxcvbn's dictionaries and rating long inputs never block the page.
// Messages: { id, wasm?, type: 'warm-up' } | { type: 'check', password, options } | { type: 'texts', keys, lang }
// | { type: 'form', input, options } (the form guard's password rating, with the form's context words).

import { ready } from './loader.js';
import { WARM_UP_PASSWORD, checkPassword } from './password.js';
import { messageText } from './messages.js';
import { evaluateForm } from './form-verdict.js';

let loading = null;

function load(wasm) {
  if (!loading) {
    loading = ready(wasm);
    loading.catch(() => {
      loading = null;
    });
  }
  return loading;
}

self.addEventListener('message', async ({ data }) => {
  const { id, type } = data ?? {};
  try {
    await load(data.wasm);
    let result = null;
    // Off the main thread the one-time work can be one task: a throwaway check does it all.
    if (type === 'warm-up') checkPassword(WARM_UP_PASSWORD);
    else if (type === 'check') result = checkPassword(data.password, data.options);
    else if (type === 'texts') result = data.keys.map((key) => messageText(key, data.lang));
    else if (type === 'form') result = evaluateForm(data.input, data.options);
    self.postMessage({ id, result });
  } catch (error) {
    self.postMessage({ id, error: { name: error?.name ?? 'Error', message: error?.message ?? String(error), code: error?.code } });
  }
});
