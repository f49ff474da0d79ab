// The demo server: serves www/ and the built package on 127.0.0.1 with the strict CSP the
// widget is designed for, the range API at /pwned, and the server-side checks at POST /signup. Used by `npm start` and by the end-to-end tests (port 0 = any free port).

import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { ROOT } from './lib/process.mjs';
import { createRangeHandler } from './range-server.mjs';

/** Where the demo server mounts its local Pwned Passwords range API (demo data, offline). */
export const RANGE_API_PATH = '/pwned';

/** The Content-Security-Policy every page is served with; the widget must work under it. */
export const CONTENT_SECURITY_POLICY =
  "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'";

const CONTENT_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.wasm': 'application/wasm',
  '.ts': 'text/plain; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};

/** Folders of the repository that may be served; everything else is 404. */
const SERVED_FOLDERS = ['www', 'pkg'];

/** Maps a URL path to a file inside a served folder, or null. */
function fileFor(urlPath) {
  let decoded;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  const relativePath = normalize(decoded).replace(/^[/\\]+/, '');
  const [folder] = relativePath.split(sep);
  if (!SERVED_FOLDERS.includes(folder) || relativePath.split(sep).includes('..')) return null;
  return join(ROOT, relativePath.endsWith(sep) || relativePath === folder ? join(relativePath, 'index.html') : relativePath);
}

function send(response, status, body, headers = {}) {
  response.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', ...headers });
  response.end(body);
}

/** Serves one static file request. */
async function serveStatic(request, response, url) {
  const file = fileFor(url.pathname);
  if (!file) return send(response, 404, 'Not found\n');
  try {
    const info = await stat(file);
    if (!info.isFile()) return send(response, 404, 'Not found\n');
    const body = await readFile(file);
    response.writeHead(200, {
      'Content-Type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream',
      'Content-Length': body.length,
      'Cache-Control': 'no-store',
      'Content-Security-Policy': CONTENT_SECURITY_POLICY,
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'no-referrer',
    });
    response.end(request.method === 'HEAD' ? undefined : body);
  } catch {
    send(response, 404, 'Not found\n');
  }
}

/**
 * A route serving the range API under RANGE_API_PATH on this server's own origin, so the demo
 * works offline and its CSP (connect-src 'self') needs no exception.
 */
function rangeApiRoute(handler) {
  return (request, response, url) => {
    if (!url.pathname.startsWith(`${RANGE_API_PATH}/`)) return false;
    handler.handle(request, response, url.pathname.slice(RANGE_API_PATH.length));
    return true;
  };
}

/** A range path the proxy forwards: exactly `/range/` and five hex characters. */
const RANGE_PATH = /^\/range\/[0-9A-Fa-f]{5}$/;

/**
 * A route forwarding range requests under RANGE_API_PATH to a real range API (`upstream`, e.g.
 * https://api.pwnedpasswords.com). Only the 5-character prefix travels, as from the page; the
 * page keeps its strict CSP because it still talks to its own origin.
 */
function rangeProxyRoute(upstream) {
  const base = upstream.replace(/\/+$/, '');
  return async (request, response, url) => {
    if (!url.pathname.startsWith(`${RANGE_API_PATH}/`)) return false;
    const path = url.pathname.slice(RANGE_API_PATH.length);
    if (request.method !== 'GET' || !RANGE_PATH.test(path)) {
      send(response, 400, 'The hash prefix was not in a valid format\n');
      return true;
    }
    try {
      const answer = await fetch(`${base}/range/${path.slice('/range/'.length).toUpperCase()}`, {
        headers: { 'Add-Padding': String(request.headers['add-padding'] ?? 'false') },
        signal: AbortSignal.timeout(10_000),
      });
      send(response, answer.status, await answer.text(), { 'Cache-Control': 'no-store' });
    } catch (error) {
      send(response, 502, `Range API unreachable: ${error.message}\n`);
    }
    return true;
  };
}

/**
 * Starts the server. Resolves to `{ url, port, rangeApi, close() }` once it listens;
 * `rangeApi.requests` logs every request the range API received.
 * @param {{ port?: number, host?: string, routes?: Array<(req, res, url) => boolean|Promise<boolean>>, rangeOptions?: object, signup?: object|false, rangeUpstream?: string, onRequest?: (req, url) => void }} [options]
 *   `routes` are tried in order before the signup endpoint, the range API and static files; a
 *   route returns true when it answered. `rangeOptions` go to createRangeHandler. `signup` are
 *   the options of the `POST /signup` route (scripts/signup-endpoint.mjs), `false` to leave it out.
 *   `rangeUpstream` (default: env SIGNUP_GUARD_RANGE_API) makes RANGE_API_PATH forward to a real
 *   range API instead of serving the local demo data. `onRequest(request, url)` is told of every
 *   request before it is answered (the tests record what a page sent, in every browser engine).
 */
export async function startServer({
  port = 0,
  host = '127.0.0.1',
  routes = [],
  rangeOptions = {},
  signup = {},
  rangeUpstream = process.env.SIGNUP_GUARD_RANGE_API,
  onRequest = null,
} = {}) {
  const rangeApi = createRangeHandler(rangeOptions);
  const rangeRoute = rangeUpstream ? rangeProxyRoute(rangeUpstream) : rangeApiRoute(rangeApi);
  // Loaded here, not at the top: the signup route runs the package's Node build, which needs the
  // built pkg/. Importing this module must work on a fresh clone before anything is built
  // (`npm start` imports it, then builds, then starts the server).
  const signupRoutes = signup === false ? [] : [(await import('./signup-endpoint.mjs')).signupRoute(signup)];
  const allRoutes = [...routes, ...signupRoutes, rangeRoute];
  const server = createServer(async (request, response) => {
    const url = new URL(request.url ?? '/', `http://${request.headers.host ?? host}`);
    onRequest?.(request, url);
    try {
      for (const route of allRoutes) {
        if (await route(request, response, url)) return;
      }
      if (url.pathname === '/' || url.pathname === '/index.html') {
        return send(response, 302, 'Found\n', { Location: '/www/' });
      }
      if (request.method !== 'GET' && request.method !== 'HEAD') {
        return send(response, 405, 'Method not allowed\n', { Allow: 'GET, HEAD' });
      }
      await serveStatic(request, response, url);
    } catch (error) {
      console.error('[signup-guard] server error:', error);
      if (!response.headersSent) send(response, 500, 'Internal server error\n');
      else response.destroy();
    }
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      const address = server.address();
      resolve({
        port: address.port,
        url: `http://${host}:${address.port}/`,
        rangeApi,
        close: () => new Promise((done) => {
          rangeApi.dispose();
          server.closeAllConnections?.();
          server.close(() => done());
        }),
      });
    });
  });
}
