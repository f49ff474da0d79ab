// breachCount: how often a password appears in breach corpora, asked with k-anonymity (only the
// first five hex characters of its SHA-1 leave the page).
//
// The I/O is here: `fetch` with a time limit and the caller's AbortSignal, the per-prefix cache,
// and the BreachCheckError. Everything decidable without I/O is the core's (src/breach/, through
// src/wasm/breach.rs): hashing the password, the range URL from the endpoint, parsing the body
// (size limit, anything malformed) and looking the password up in it. The password's hash never
// reaches this file except its prefix: the core hashes it again for the lookup.

import { coreFor, markCoreFailed } from './loader.js';
import { BREACH_OPTIONS, callCore, checkSchema, requireOptions, requireString } from './arguments.js';
import { BreachCheckError, CoreFailedError } from './errors.js';

/** Time limit for one range request when the caller gives none, in milliseconds. */
const DEFAULT_TIMEOUT_MS = 3000;

/** Prefixes kept per endpoint before the oldest is dropped (a parsed range is about 40 KB). */
const CACHE_CAPACITY = 256;

/**
 * Parsed range responses for the page's lifetime (memory only): endpoint → prefix → the core's
 * `BreachRange`. Endpoints are kept apart so a test server's or a mirror's answers are never
 * mixed with the real API's. Maps iterate in insertion order, which makes the oldest easy to find.
 * @type {Map<string, Map<string, { count(password: string): number, free(): void }>>}
 */
const cache = new Map();

/**
 * @param {string} password
 * @param {{ endpoint?: string, timeoutMs?: number, signal?: AbortSignal }} [options]
 * @returns {Promise<number>} 0 when not found; rejects with a BreachCheckError whose `code` is
 *   `network`, `timeout`, `http-status` (with `status`), `malformed` or `aborted`
 */
export async function breachCount(password, options) {
  const core = coreFor('breachCount');
  requireString(password, 'breachCount(password)');
  checkSchema(requireOptions(options, 'breachCount(password, options)'), BREACH_OPTIONS, 'breachCount(password, options)');
  const { endpoint, timeoutMs = DEFAULT_TIMEOUT_MS, signal } = options ?? {};
  const request = callCore('breachCount', () => core.breachRangeRequest(password, endpoint));
  if (signal?.aborted) throw breachError('aborted', 'the signal was already aborted', { cause: signal.reason });
  const cached = cache.get(request.endpoint)?.get(request.prefix);
  if (cached) return countIn(cached, password);
  const range = await fetchRange(core, request.url, timeoutMs, signal);
  remember(request.endpoint, request.prefix, range);
  return countIn(range, password);
}

/**
 * Fetches and parses the range at `url` within `timeoutMs` and the caller's `signal`.
 * @returns {Promise<{ count(password: string): number, free(): void }>} the core's `BreachRange`
 */
async function fetchRange(core, url, timeoutMs, callerSignal) {
  const timeout = timeoutSignal(timeoutMs);
  const combined = anySignal(callerSignal ? [callerSignal, timeout.signal] : [timeout.signal]);
  try {
    const response = await fetch(url, {
      method: 'GET',
      headers: { 'Add-Padding': 'true' },
      mode: 'cors',
      credentials: 'omit',
      referrerPolicy: 'no-referrer',
      cache: 'default',
      signal: combined.signal,
    });
    if (!response.ok) {
      response.body?.cancel().catch(() => {});
      throw breachError('http-status', `HTTP ${response.status}`, { status: response.status });
    }
    const body = await readBody(core, response);
    return parseRange(core, body);
  } catch (error) {
    if (error instanceof BreachCheckError || error instanceof CoreFailedError) throw error;
    // Which signal fired decides the code; the rejection itself (an AbortError, a TimeoutError
    // or a TypeError) looks different in every engine.
    if (combined.signal.aborted && timeout.signal.aborted && combined.signal.reason === timeout.signal.reason) {
      throw breachError('timeout', `no answer within ${timeoutMs} ms`, { cause: error });
    }
    if (callerSignal?.aborted) throw breachError('aborted', 'the signal was aborted', { cause: error });
    throw breachError('network', 'the request failed', { cause: error });
  } finally {
    combined.release();
    timeout.release();
  }
}

/**
 * The body as bytes, read no further than the core's size limit: a body announced or found to
 * be larger is rejected as `malformed` without being held in memory.
 * @param {Response} response
 * @returns {Promise<Uint8Array>}
 */
async function readBody(core, response) {
  const declared = Number.parseInt(response.headers.get('Content-Length') ?? '', 10);
  if (Number.isSafeInteger(declared)) rejectIfTooLarge(core, declared, () => response.body?.cancel());
  if (!response.body || typeof response.body.getReader !== 'function') {
    const bytes = new Uint8Array(await response.arrayBuffer());
    rejectIfTooLarge(core, bytes.byteLength, () => {});
    return bytes;
  }
  const reader = response.body.getReader();
  const chunks = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    size += value.byteLength;
    rejectIfTooLarge(core, size, () => reader.cancel());
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

/**
 * Throws a `malformed` BreachCheckError when `size` bytes are over the core's limit, after
 * `cancel()` stopped the download.
 */
function rejectIfTooLarge(core, size, cancel) {
  const problem = callCore('breachCount', () => core.breachBodySizeProblem(size));
  if (problem === undefined) return;
  Promise.resolve(cancel()).catch(() => {});
  throw breachError('malformed', problem);
}

/** The core's parsed range for `body`; a body it rejects is a `malformed` BreachCheckError. */
function parseRange(core, body) {
  try {
    return core.BreachRange.parse(body);
  } catch (error) {
    if (error instanceof WebAssembly.RuntimeError) {
      markCoreFailed(error);
      throw new CoreFailedError('breachCount', error);
    }
    throw breachError('malformed', error instanceof Error ? error.message : String(error));
  }
}

/** How often `password` is listed in `range` (the core hashes it and matches the suffix). */
function countIn(range, password) {
  return callCore('breachCount', () => range.count(password));
}

/** Caches `range` for `endpoint` and `prefix`, dropping (and freeing) the oldest when full. */
function remember(endpoint, prefix, range) {
  let ranges = cache.get(endpoint);
  if (!ranges) {
    ranges = new Map();
    cache.set(endpoint, ranges);
  }
  ranges.get(prefix)?.free();
  ranges.delete(prefix);
  ranges.set(prefix, range);
  for (const [oldest, stale] of ranges) {
    if (ranges.size <= CACHE_CAPACITY) break;
    ranges.delete(oldest);
    stale.free();
  }
}

/**
 * A BreachCheckError with the English catalog text for `code`, followed by `detail`.
 * @param {'network'|'timeout'|'http-status'|'malformed'|'aborted'} code
 */
function breachError(code, detail, options) {
  let text;
  try {
    text = coreFor('breachCount').messageText(`breach.error.${code}`, 'en');
  } catch {
    text = "Couldn't check known data breaches right now";
  }
  return new BreachCheckError(code, `${text} (${detail})`, options);
}

/**
 * A signal that aborts after `ms`: `AbortSignal.timeout` where the engine has it, else a timer
 * (cleared by `release`).
 * @returns {{ signal: AbortSignal, release(): void }}
 */
function timeoutSignal(ms) {
  if (typeof AbortSignal.timeout === 'function') return { signal: AbortSignal.timeout(ms), release() {} };
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(new DOMException('The breach check timed out', 'TimeoutError')), ms);
  return { signal: controller.signal, release: () => clearTimeout(timer) };
}

/**
 * A signal that aborts when any of `signals` does, with that signal's reason: `AbortSignal.any`
 * where the engine has it, else a controller fed by `abort` listeners (removed by `release`).
 * @param {AbortSignal[]} signals
 * @returns {{ signal: AbortSignal, release(): void }}
 */
export function anySignal(signals, { native = typeof AbortSignal.any === 'function' } = {}) {
  if (native) return { signal: AbortSignal.any(signals), release() {} };
  const controller = new AbortController();
  const already = signals.find((s) => s.aborted);
  if (already) {
    controller.abort(already.reason);
    return { signal: controller.signal, release() {} };
  }
  const listeners = signals.map((source) => {
    const listener = () => controller.abort(source.reason);
    source.addEventListener('abort', listener, { once: true });
    return () => source.removeEventListener('abort', listener);
  });
  return { signal: controller.signal, release: () => listeners.forEach((remove) => remove()) };
}
