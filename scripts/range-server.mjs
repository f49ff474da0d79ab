#!/usr/bin/env node
// A local stand-in for the Have I Been Pwned "Pwned Passwords" range API, for tests and demos.
//
//   node scripts/range-server.mjs [--port 8788] [--host 127.0.0.1] [--delay-ms 0] [--fail-status 503]
//
//   import { startRangeServer } from './scripts/range-server.mjs';
//   const server = await startRangeServer({ port: 0 });
//   // server.url, server.requests (log of every request), await server.close()
//
// DEMO DATA: the passwords are real (zxcvbn 4.4.2's frequency list, from public password dumps),
// but every COUNT IS SYNTHETIC, derived from the password's rank in that list, and each prefix
// also lists deterministic synthetic "long tail" suffixes so that, like the real API, no prefix
// is ever empty. Never use this server to decide anything about real passwords.
//
// `GET /range/{prefix}` answers in the exact format of the real API: `text/plain`, one
// `SUFFIX:COUNT` row per line, uppercase suffixes sorted ascending, CRLF line endings, no final
// line ending; with the request header `Add-Padding: true` it adds rows with count 0 (random
// suffixes that collide with no listed one) so that the response has 800 to 1000 rows.
// Differences from the real API, on purpose: `Cache-Control: no-store` (so tests see every
// request) and the header `X-Demo-Data: counts are synthetic`.
//
// Failure routes for tests (point an endpoint at `{url}/{route}`; the prefix is still checked):
//   /status/{code}/range/{prefix}  answers with HTTP {code} (400-599) and a short text body
//   /delay/{ms}/range/{prefix}     waits {ms} before answering normally
//   /slow/range/{prefix}           sends headers and the first rows, the rest after `slowMs`
//   /truncated/range/{prefix}      a complete HTTP answer whose body stops mid-row
//   /reset/range/{prefix}          announces a Content-Length, sends part, then resets the socket
//   /wrong-type/range/{prefix}     200 with an HTML page instead of rows
//   /empty/range/{prefix}          200 with an empty body
//   /huge/range/{prefix}           200 with a valid body larger than 1 MiB
//   /no-cors/range/{prefix}        the normal answer without CORS headers (browsers reject it)

import { createHash, randomBytes, randomInt } from 'node:crypto';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';

/** Shown in the `X-Demo-Data` header and the CLI output. */
export const DEMO_NOTE = 'counts are synthetic';

/** Passwords always present, whatever list is found (the ones tests and demos reach for). */
export const WELL_KNOWN_PASSWORDS = ['password', '123456', 'qwerty', 'P@ssw0rd', 'Password1', 'letmein'];

/** Used only when zxcvbn's list cannot be loaded; most common first. */
const FALLBACK_PASSWORDS = [
  '123456', 'password', '12345678', 'qwerty', '123456789', '12345', '1234', '111111', '1234567',
  'dragon', '123123', 'baseball', 'abc123', 'football', 'monkey', 'letmein', 'shadow', 'master',
  '696969', 'mustang', '666666', 'qwertyuiop', '123321', '1234567890', 'superman', '654321',
  '1qaz2wsx', '7777777', 'qazwsx', 'jordan', '123qwe', '000000', 'killer', 'trustno1', 'hunter',
  'harley', 'zxcvbnm', 'asdfgh', 'buster', 'soccer', 'batman', 'iloveyou', 'sunshine', 'princess',
  'welcome', 'admin', 'passw0rd', 'P@ssw0rd', 'Password1', 'charlie',
];

/** Synthetic count of the password at 0-based `rank`: about 24 million for the first. */
function syntheticCount(rank) {
  return Math.max(1, Math.round(24_000_000 / (rank + 1)));
}

const ROW_LIMIT_MIN = 800;
const ROW_LIMIT_MAX = 1000;
const PREFIX_PATTERN = /^[0-9A-Fa-f]{5}$/;
const BAD_PREFIX_TEXT = 'The hash prefix was not in a valid format';

function sha1Hex(text) {
  return createHash('sha1').update(text, 'utf8').digest('hex').toUpperCase();
}

/** The password list: zxcvbn's `passwords` frequency list, or the fallback. */
export function loadPasswordList() {
  try {
    const require = createRequire(import.meta.url);
    const lists = require('zxcvbn/lib/frequency_lists.js');
    const passwords = Array.isArray(lists.passwords) ? lists.passwords : String(lists.passwords).split(',');
    if (passwords.length > 0) return { source: 'zxcvbn 4.4.2 lib/frequency_lists.js (passwords)', passwords };
  } catch {
    // Fall through to the built-in list.
  }
  return { source: `built-in fallback list (${FALLBACK_PASSWORDS.length} passwords; zxcvbn not found)`, passwords: FALLBACK_PASSWORDS };
}

/**
 * Builds the data set: prefix -> Map(suffix -> count). `extra` adds passwords, as strings or
 * `[password, count]` pairs.
 */
export function buildDataSet({ passwords, extra = [] }) {
  const byPrefix = new Map();
  const add = (password, count) => {
    const hash = sha1Hex(password);
    const prefix = hash.slice(0, 5);
    const suffix = hash.slice(5);
    let rows = byPrefix.get(prefix);
    if (!rows) byPrefix.set(prefix, (rows = new Map()));
    rows.set(suffix, Math.max(rows.get(suffix) ?? 0, count));
  };
  passwords.forEach((password, rank) => add(password, syntheticCount(rank)));
  for (const password of WELL_KNOWN_PASSWORDS) {
    const hash = sha1Hex(password);
    if (!byPrefix.get(hash.slice(0, 5))?.has(hash.slice(5))) add(password, 50_000);
  }
  for (const item of extra) {
    if (Array.isArray(item)) add(String(item[0]), Number(item[1]));
    else add(String(item), 1);
  }
  return byPrefix;
}

/**
 * Deterministic synthetic "long tail" rows of `prefix` (300 to 499 rows, counts 1 to 20), so that
 * no prefix is empty, as with the real API. Seeded by the prefix only: every request agrees.
 */
function longTailRows(prefix, listed) {
  const rows = new Map();
  const seed = createHash('sha1').update(`long-tail:${prefix}`).digest();
  const total = 300 + (seed.readUInt16BE(0) % 200);
  for (let i = 0; rows.size < total; i += 1) {
    const digest = createHash('sha1').update(`long-tail:${prefix}:${i}`).digest();
    const suffix = digest.toString('hex').toUpperCase().slice(0, 35);
    if (!listed.has(suffix)) rows.set(suffix, 1 + (digest[19] % 20));
  }
  return rows;
}

/** The rows (`[suffix, count]`, sorted) answering `prefix`, padded if asked. */
function rangeRows(dataSet, prefix, padding) {
  const listed = dataSet.get(prefix) ?? new Map();
  const rows = new Map(longTailRows(prefix, listed));
  for (const [suffix, count] of listed) rows.set(suffix, count);
  if (padding) {
    const target = randomInt(ROW_LIMIT_MIN, ROW_LIMIT_MAX + 1);
    while (rows.size < target) {
      const suffix = randomBytes(18).toString('hex').toUpperCase().slice(0, 35);
      if (!rows.has(suffix)) rows.set(suffix, 0);
    }
  }
  return [...rows].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

/** The body of a range response: CRLF between rows, none after the last, as the real API. */
export function formatRows(rows) {
  return rows.map(([suffix, count]) => `${suffix}:${count}`).join('\r\n');
}

/** Splits `/route.../range/{prefix}` into the failure route and the prefix. */
function parsePath(pathname) {
  const match = /^((?:\/[^/]+)*?)\/range\/([^/]*)$/.exec(pathname);
  if (!match) return null;
  return { route: match[1].replace(/^\//, ''), prefix: match[2] };
}

/**
 * A request handler speaking the range API, to mount in any Node HTTP server.
 * Returns `{ handle(req, res, pathname?), requests, dataSet, source, dispose() }`; `pathname`
 * overrides the request's own path (for servers that mount it under a prefix such as `/pwned`).
 * `requests` records `{ method, path, route, prefix, padding, headers, time }` for every request.
 *
 * Options: `delayMs` (wait before every answer), `failStatus` (answer every range request with
 * this HTTP status), `slowMs` (how long the `/slow/` route holds back the rest of its body,
 * default 10000), `passwords` (extra entries, strings or `[password, count]`), `dataSet` (reuse
 * one built by `buildDataSet`).
 */
export function createRangeHandler({
  delayMs = 0,
  failStatus,
  slowMs = 10_000,
  passwords = [],
  dataSet,
} = {}) {
  const list = dataSet ? { source: 'caller-supplied data set' } : loadPasswordList();
  const data = dataSet ?? buildDataSet({ passwords: list.passwords, extra: passwords });
  const requests = [];
  const timers = new Set();

  const later = (ms, fn) => {
    const timer = setTimeout(() => {
      timers.delete(timer);
      fn();
    }, ms);
    timers.add(timer);
    return timer;
  };

  const handle = (req, res, pathname) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const parsed = parsePath(pathname ?? url.pathname);
    const padding = String(req.headers['add-padding'] ?? '').toLowerCase() === 'true';
    requests.push({
      method: req.method,
      path: (pathname ?? url.pathname) + url.search,
      route: parsed?.route ?? null,
      prefix: parsed?.prefix ?? null,
      padding,
      headers: { ...req.headers },
      time: Date.now(),
    });
    const cors = parsed?.route !== 'no-cors';
    const send = (status, headers, body = '') => {
      const base = { 'X-Demo-Data': DEMO_NOTE, 'Cache-Control': 'no-store' };
      if (cors) {
        base['Access-Control-Allow-Origin'] = '*';
        base['Access-Control-Expose-Headers'] = 'X-Demo-Data';
      }
      res.writeHead(status, { ...base, 'Content-Length': Buffer.byteLength(body), ...headers });
      res.end(req.method === 'HEAD' ? undefined : body);
    };
    const text = { 'Content-Type': 'text/plain' };

    if (req.method === 'OPTIONS') {
      res.writeHead(204, {
        'Access-Control-Allow-Origin': '*',
        'Access-Control-Allow-Methods': 'GET, HEAD, OPTIONS',
        'Access-Control-Allow-Headers': 'Add-Padding',
        'Access-Control-Max-Age': '600',
      });
      res.end();
      return;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      send(405, { ...text, Allow: 'GET, HEAD, OPTIONS' }, 'Method not allowed');
      return;
    }
    if (!parsed) {
      send(404, text, 'Not found');
      return;
    }
    if (!PREFIX_PATTERN.test(parsed.prefix)) {
      send(400, text, BAD_PREFIX_TEXT);
      return;
    }
    const mode = url.searchParams.get('mode');
    if (mode !== null && mode.toLowerCase() !== 'sha1') {
      send(400, text, 'Only SHA-1 mode is supported by this demo server');
      return;
    }
    const prefix = parsed.prefix.toUpperCase();

    const answer = () => {
      const route = parsed.route;
      const statusRoute = /^status\/(\d{3})$/.exec(route);
      const delayRoute = /^delay\/(\d{1,6})$/.exec(route);
      if (failStatus !== undefined) {
        send(failStatus, text, `Simulated HTTP ${failStatus}`);
      } else if (statusRoute && Number(statusRoute[1]) >= 400 && Number(statusRoute[1]) <= 599) {
        send(Number(statusRoute[1]), text, `Simulated HTTP ${statusRoute[1]}`);
      } else if (delayRoute) {
        later(Number(delayRoute[1]), () => send(200, text, formatRows(rangeRows(data, prefix, padding))));
      } else if (route === '' || route === 'no-cors') {
        send(200, text, formatRows(rangeRows(data, prefix, padding)));
      } else if (route === 'slow') {
        const body = formatRows(rangeRows(data, prefix, padding));
        const half = body.indexOf('\r\n', body.length >> 1);
        res.writeHead(200, {
          ...text,
          'X-Demo-Data': DEMO_NOTE,
          'Cache-Control': 'no-store',
          'Access-Control-Allow-Origin': '*',
          'Content-Length': Buffer.byteLength(body),
        });
        res.write(body.slice(0, half));
        later(slowMs, () => res.end(body.slice(half)));
      } else if (route === 'truncated') {
        const body = formatRows(rangeRows(data, prefix, padding));
        const cut = body.indexOf('\r\n', body.length >> 1) + 2 + 17;
        send(200, text, body.slice(0, cut));
      } else if (route === 'reset') {
        const body = formatRows(rangeRows(data, prefix, padding));
        res.writeHead(200, {
          ...text,
          'Access-Control-Allow-Origin': '*',
          'Content-Length': Buffer.byteLength(body),
        });
        res.write(body.slice(0, body.length >> 1), () => later(20, () => req.socket.destroy()));
      } else if (route === 'wrong-type') {
        send(200, { 'Content-Type': 'text/html; charset=utf-8' }, '<!doctype html><title>Sign in to Wi-Fi</title><p>Please accept the terms.</p>');
      } else if (route === 'empty') {
        send(200, text, '');
      } else if (route === 'huge') {
        const rows = formatRows(rangeRows(data, prefix, false));
        const copies = Math.ceil((1 << 20) / rows.length) + 1;
        send(200, text, Array.from({ length: copies }, () => rows).join('\r\n'));
      } else {
        send(404, text, 'Not found');
      }
    };
    if (delayMs > 0) later(delayMs, answer);
    else answer();
  };

  return {
    handle,
    requests,
    dataSet: data,
    source: list.source,
    dispose() {
      for (const timer of timers) clearTimeout(timer);
      timers.clear();
    },
  };
}

/**
 * Starts the range server on its own port. Resolves to `{ url, port, requests, dataSet, source,
 * close() }`. Takes `port` (0 = any free port), `host`, and every option of `createRangeHandler`.
 */
export async function startRangeServer({ port = 0, host = '127.0.0.1', ...handlerOptions } = {}) {
  const handler = createRangeHandler(handlerOptions);
  const sockets = new Set();
  const server = createServer((req, res) => handler.handle(req, res));

  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address();
  const shownHost = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  return {
    url: `http://${shownHost}:${address.port}`,
    port: address.port,
    requests: handler.requests,
    dataSet: handler.dataSet,
    source: handler.source,
    close() {
      handler.dispose();
      for (const socket of sockets) socket.destroy();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}

function parseArgs(argv) {
  const options = {};
  const numeric = { '--port': 'port', '--delay-ms': 'delayMs', '--fail-status': 'failStatus', '--slow-ms': 'slowMs' };
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i];
    const [name, inline] = arg.split('=', 2);
    const value = inline ?? argv[++i];
    if (name in numeric) {
      const number = Number(value);
      if (!Number.isInteger(number) || number < 0) throw new Error(`${name} needs a non-negative integer`);
      options[numeric[name]] = number;
    } else if (name === '--host') {
      if (!value) throw new Error('--host needs a value');
      options.host = value;
    } else {
      throw new Error(`unknown argument ${arg}; expected --port, --host, --delay-ms, --fail-status, --slow-ms`);
    }
  }
  return options;
}

const isMain = process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href;
if (isMain) {
  let options;
  try {
    options = parseArgs(process.argv.slice(2));
  } catch (error) {
    console.error(`range-server: ${error.message}`);
    process.exit(2);
  }
  const server = await startRangeServer(options);
  console.log(`Pwned Passwords range server (DEMO DATA: ${DEMO_NOTE}) at ${server.url}`);
  console.log(`  passwords from ${server.source}`);
  console.log(`  try: curl -H 'Add-Padding: true' ${server.url}/range/5BAA6`);
  const stop = async () => {
    await server.close();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}
