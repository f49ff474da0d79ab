// buildChecklist: the onboarding checklist for the facts the form wrapper gathered.

import { coreFor } from './loader.js';
import { callCore, requireOptions } from './arguments.js';

/** Fact and option names the core knows. serde-wasm-bindgen reads only the names a struct
 *  declares, so the core cannot see a misspelt one: it is caught here instead. */
const FACT_NAMES = new Set(['password', 'breach', 'breachCount', 'breachCountText', 'failClosed', 'confirmation', 'email', 'emailSuggestion',
  'connection', 'origin', 'officialDomain', 'twoStep', 'tips', 'custom']);
const CONNECTION_NAMES = new Set(['secureContext', 'pageOrigin', 'actionOrigin', 'allowedOrigins']);
const OPTION_NAMES = new Set(['lang', 'messages']);

function rejectUnknown(value, known, name) {
  for (const key of Object.keys(value ?? {})) {
    if (!known.has(key)) throw new TypeError(`buildChecklist: unknown ${name} "${key}" (expected one of ${[...known].join(', ')})`);
  }
}

/**
 * @param {object} facts see the Rust `ChecklistFacts` (camelCase)
 * @param {{ lang?: string, messages?: Record<string, string> }} [options]
 */
export function buildChecklist(facts, options) {
  const core = coreFor('buildChecklist');
  requireOptions(facts, 'buildChecklist(facts)');
  requireOptions(options, 'buildChecklist(facts, options)');
  rejectUnknown(facts, FACT_NAMES, 'fact');
  rejectUnknown(facts?.connection, CONNECTION_NAMES, 'connection fact');
  rejectUnknown(options, OPTION_NAMES, 'option');
  if (typeof core.buildChecklist !== 'function') {
    throw new TypeError('buildChecklist: this build of the core has no checklist');
  }
  return callCore('buildChecklist', () => core.buildChecklist(facts ?? {}, options));
}
