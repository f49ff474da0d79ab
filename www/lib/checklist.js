// buildChecklist: the onboarding checklist for the facts the form wrapper gathered.

import { coreFor } from './loader.js';
import { callCore, requireOptions } from './arguments.js';

/**
 * @param {object} facts see the Rust `ChecklistFacts` (camelCase)
 * @param {{ lang?: string, messages?: Record<string, string> }} [options]
 */
export function buildChecklist(facts, options) {
  const core = coreFor('buildChecklist');
  requireOptions(facts, 'buildChecklist(facts)');
  requireOptions(options, 'buildChecklist(facts, options)');
  if (typeof core.buildChecklist !== 'function') {
    throw new TypeError('buildChecklist: this build of the core has no checklist');
  }
  return callCore('buildChecklist', () => core.buildChecklist(facts ?? {}, options));
}
