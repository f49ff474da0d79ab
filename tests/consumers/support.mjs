// Shared set-up for the consumer tests: the package as users get it (`npm pack` of a fresh
// build), installed into small apps that pin their own framework versions (package-lock.json),
// a static server with the strict CSP for their build output, and a browser page that records
// console errors.

import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { build } from '../../scripts/build.mjs';
import { CONTENT_SECURITY_POLICY } from '../../scripts/serve.mjs';
import { launchBrowser } from '../e2e/support.mjs';

export { launchBrowser };

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const run = promisify(execFile);

/** npm with the shared cache preferred (installs work offline once the cache is warm). */
function npm(args, cwd) {
  return run('npm', [...args, '--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error'], {
    cwd, timeout: 600_000, maxBuffer: 64 * 1024 * 1024, env: { ...process.env, npm_config_update_notifier: 'false' },
  });
}

/**
 * Builds pkg/ (skipped when up to date) and packs the repository; returns the tarball's path.
 * Prepack would build again: the scripts are skipped because the build just ran.
 * SIGNUP_GUARD_TARBALL=path/to/signup-guard-x.y.z.tgz runs the consumers against that package
 * instead (an older release, to see a test fail).
 */
export async function packPackage() {
  if (process.env.SIGNUP_GUARD_TARBALL) return process.env.SIGNUP_GUARD_TARBALL;
  build();
  const dir = mkdtempSync(join(tmpdir(), 'signup-guard-pack-'));
  process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
  const { stdout } = await npm(['pack', '--ignore-scripts', '--json', '--pack-destination', dir], ROOT);
  const [{ filename }] = JSON.parse(stdout);
  return join(dir, filename);
}

/**
 * Copies the consumer project `name` to a temporary folder, installs its locked dependencies
 * (`npm ci`), then the packed package without saving it. Returns the folder and a `remove()`.
 */
export async function installConsumer(name, tarball) {
  const source = join(ROOT, 'tests', 'consumers', name);
  const dir = mkdtempSync(join(tmpdir(), `signup-guard-${name}-`));
  cpSync(source, dir, { recursive: true, filter: (path) => !/[\\/](node_modules|dist|dist-ssr)([\\/]|$)/.test(path.slice(source.length)) });
  await npm(['ci'], dir);
  await npm(['install', '--no-save', tarball], dir);
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Runs an npm script of an installed consumer (its production build). */
export function npmRun(dir, script) {
  return npm(['run', script], dir);
}

/** Runs `node` with `args` in `cwd`; resolves with its stdout. */
export async function node(args, cwd) {
  const { stdout } = await run(process.execPath, args, { cwd, timeout: 120_000 });
  return stdout;
}

const CONTENT_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
};

/** Passwords the stand-in range API reports as breached, with their counts. */
export const BREACHED = { password: 9545824, 'Summer2024!': 1234 };

/** The stand-in range API's answer for a 5-hex prefix: `SUFFIX:COUNT` lines. */
function rangeAnswer(prefix) {
  return Object.entries(BREACHED)
    .map(([password, count]) => [createHash('sha1').update(password).digest('hex').toUpperCase(), count])
    .filter(([hash]) => hash.startsWith(prefix))
    .map(([hash, count]) => `${hash.slice(5)}:${count}`)
    .join('\r\n');
}

/**
 * Serves `dir` (a consumer's build output) on 127.0.0.1 with the strict CSP, a stand-in range
 * API at `/hibp/range/{prefix}` and `POST /signup` answering "Account created". `routes` may add
 * handlers: `{ 'POST /path': (req, res) => … }`. Resolves with `{ url, close() }`.
 */
export async function serveStatic(dir, { routes = {}, csp = CONTENT_SECURITY_POLICY } = {}) {
  const server = createServer((req, res) => {
    const url = new URL(req.url, 'http://localhost');
    const route = routes[`${req.method} ${url.pathname}`];
    if (route) return route(req, res);
    const range = /^\/hibp\/range\/([0-9A-F]{5})$/i.exec(url.pathname);
    if (req.method === 'GET' && range) {
      res.writeHead(200, { 'Content-Type': 'text/plain' });
      return res.end(rangeAnswer(range[1].toUpperCase()));
    }
    if (url.pathname === '/favicon.ico') {
      res.writeHead(204);
      return res.end();
    }
    if (req.method === 'POST' && url.pathname === '/signup') {
      req.resume();
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Content-Security-Policy': csp });
      return res.end('<!doctype html><title>Created</title><h1 id="created">Account created</h1>');
    }
    let file = normalize(join(dir, decodeURIComponent(url.pathname)));
    if (!file.startsWith(normalize(dir + sep)) && file !== normalize(dir)) {
      res.writeHead(403);
      return res.end();
    }
    try {
      if (statSync(file).isDirectory()) file = join(file, 'index.html');
      const body = readFileSync(file);
      res.writeHead(200, { 'Content-Type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream', 'Content-Security-Policy': csp });
      return res.end(body);
    } catch {
      res.writeHead(404);
      return res.end();
    }
  });
  await new Promise((resolve) => { server.listen(0, '127.0.0.1', resolve); });
  return {
    url: `http://127.0.0.1:${server.address().port}/`,
    close: () => new Promise((resolve) => { server.close(resolve); }),
  };
}

/** A new page of `browser` (console errors and uncaught exceptions land in `page.errors`). */
export function newPage(browser) {
  return browser.newPage();
}
