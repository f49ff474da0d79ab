// Pure helpers of the guard: checker results → checklist facts, and the message a blocked
// field gives (as its custom validity and under it).

/** BreachCheck status → the checklist's breach fact. */
export const BREACH_FACTS = {
  idle: 'empty',
  scheduled: 'checking',
  checking: 'checking',
  found: 'found',
  'not-found': 'not-found',
  error: 'failed',
  unavailable: 'unavailable',
};

/** checkEmail's result → the checklist's email fact (the most useful finding first). */
export function emailFact(email) {
  if (!email.valid) return 'invalid';
  if (email.suggestion) return 'mistyped';
  if (email.lookalikeOf) return 'lookalike';
  if (email.disposable) return 'disposable';
  return 'valid';
}

/** The checklist item that speaks for each field role. */
const ITEM_OF_ROLE = { password: 'strong-password', confirmation: 'passwords-match', email: 'email' };

/**
 * Why a field blocks submission, or '' when it does not.
 * @param {{ role: string|null, value: string, state: object, text: { get(key: string, args?: object): string },
 *   formatCount?: (n: number) => string }} input
 */
export function validityMessage({ role, value, state, text, formatCount = String }) {
  const blocking = new Set(state.blocking);
  const itemMessage = (id) => state.checklist?.items.find((i) => i.id === id)?.message ?? '';
  if (value === '' && ITEM_OF_ROLE[role]) {
    return blocking.has(ITEM_OF_ROLE[role]) ? itemMessage(ITEM_OF_ROLE[role]) : '';
  }
  if (role === 'password') {
    if (blocking.has('strong-password')) {
      const failures = state.password?.policy?.failures?.filter((f) => f.code !== 'breached') ?? [];
      return failures[0]?.message ?? text.get('checklist.field.weak');
    }
    if (blocking.has('not-breached')) {
      return state.breach.status === 'found'
        ? text.get('checklist.field.breached', { count: formatCount(state.breach.count) })
        : text.get('checklist.field.breach-error');
    }
  }
  if (role === 'confirmation' && blocking.has('passwords-match')) return text.get('checklist.field.mismatch');
  if (role === 'email' && blocking.has('email')) return text.get('checklist.field.email-invalid');
  return '';
}
