// The guard's public state (`guard.state`, the `signup-guard:change` event's detail) from the
// core's verdict. Pure: it reshapes, it decides nothing.

/** The state before anything is known. */
export function emptyState() {
  return {
    ready: false,
    available: false,
    valid: false,
    complete: false,
    fields: {},
    password: null,
    breach: { status: 'idle', count: 0, error: null },
    confirmation: { match: null },
    email: null,
    urls: [],
    origin: null,
    checklist: null,
    blocking: [],
    riskSignals: null,
  };
}

/**
 * @param {object|null} verdict the core's FormVerdict, or null when there is none (loading,
 *   unavailable, or the core refused the input)
 * @param {{ ready: boolean, available: boolean, fields: Record<string, string|string[]>,
 *   breach?: object, confirmation?: string|null, riskSignals?: object|null }} context
 *   `confirmation` is the confirmation field's value (null without one)
 */
export function guardState(verdict, { ready, available, fields, breach, confirmation = null, riskSignals = null }) {
  const state = emptyState();
  state.ready = ready;
  state.available = available;
  state.fields = fields;
  if (breach) state.breach = breach;
  state.riskSignals = riskSignals;
  if (!verdict) return state;
  state.password = verdict.password ?? null;
  state.email = verdict.email ?? null;
  state.urls = verdict.urls ?? [];
  state.origin = verdict.origin ?? null;
  state.checklist = verdict.checklist;
  state.blocking = verdict.blocking;
  state.complete = verdict.complete;
  state.valid = verdict.valid;
  if (confirmation !== null && confirmation !== '') {
    state.confirmation.match = verdict.checklist.items.find((item) => item.kind === 'passwords-match')?.state === 'pass';
  }
  return state;
}
