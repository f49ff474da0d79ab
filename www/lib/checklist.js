// buildChecklist: the onboarding checklist for the facts the form wrapper gathered.

import { coreFor } from './loader.js';
import { CHECKLIST_FACTS, CHECKLIST_OPTIONS, callCore, checkSchema, requireOptions } from './arguments.js';

/**
 * @param {object} [facts] see `ChecklistFacts` (generated from the Rust type)
 * @param {{ lang?: string, messages?: Record<string, string> }} [options]
 */
export function buildChecklist(facts, options) {
  const core = coreFor('buildChecklist');
  // Messages read "buildChecklist: facts.pasword: unknown option …", as the core's errors do.
  checkSchema(requireOptions(facts, 'buildChecklist(facts)'), CHECKLIST_FACTS, 'buildChecklist: facts');
  checkSchema(requireOptions(options, 'buildChecklist(facts, options)'), CHECKLIST_OPTIONS, 'buildChecklist: options');
  if (typeof core.buildChecklist !== 'function') {
    throw new TypeError('buildChecklist: this build of the core has no checklist');
  }
  return callCore('buildChecklist', () => core.buildChecklist(facts ?? {}, options));
}
