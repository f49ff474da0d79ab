// The minified single-file browser entry, www/lib/signup-guard.min.js: www/signup-guard.js and
// everything it imports (the pkg/ bindings too), for pages that load the package without a
// bundler. It lives in www/lib/ so that the URLs the modules there build from import.meta.url
// (the wasm, the worker) resolve the same from the bundle. The worker stays unbundled: it loads
// only with `worker: true`.

import { statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { ROOT, log } from './process.mjs';

/** The bundle, relative to the package root (in the exports map as `signup-guard/min`). */
export const BUNDLE = 'www/lib/signup-guard.min.js';

/** Writes the bundle (about 50 ms; esbuild, a devDependency, must be installed). */
export function bundleBrowserEntry() {
  const { buildSync } = createRequire(import.meta.url)('esbuild');
  buildSync({
    entryPoints: [join(ROOT, 'www', 'signup-guard.js')],
    outfile: join(ROOT, BUNDLE),
    bundle: true,
    format: 'esm',
    minify: true,
    target: 'es2022',
    legalComments: 'none',
    logLevel: 'error',
  });
  log(`bundle: ${BUNDLE} (${statSync(join(ROOT, BUNDLE)).size} bytes)`);
}
