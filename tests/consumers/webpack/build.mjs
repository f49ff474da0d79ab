// Production build with webpack 5's API: no signup-guard specific configuration (the wasm is
// found through `new URL(…, import.meta.url)`, which webpack emits as an asset).
import { copyFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import webpack from 'webpack';

const require = createRequire(import.meta.url);
const dist = new URL('./dist/', import.meta.url);

const stats = await new Promise((resolve, reject) => {
  webpack({
    mode: 'production',
    entry: './src/index.js',
    output: { path: dist.pathname, filename: 'main.js', module: true, chunkFormat: 'module', publicPath: '' },
    experiments: { outputModule: true },
  }, (error, result) => (error ? reject(error) : resolve(result)));
});
if (stats.hasErrors()) throw new Error(stats.toString({ all: false, errors: true }));
mkdirSync(dist, { recursive: true });
copyFileSync(new URL('./index.html', import.meta.url), new URL('index.html', dist));
copyFileSync(require.resolve('signup-guard/style.css'), new URL('signup-guard.css', dist));
