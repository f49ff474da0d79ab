import { useEffect, useRef, useState } from 'react';
import { attach } from 'signup-guard';
import 'signup-guard/style.css';

export function SignupForm() {
  const formRef = useRef(/** @type {HTMLFormElement | null} */ (null));
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [confirmation, setConfirmation] = useState('');
  const [guard, setGuard] = useState(/** @type {import('signup-guard').GuardState | null} */ (null)); // the guard's last state

  useEffect(() => {
    // In the browser only: useEffect does not run during server-side rendering.
    if (!formRef.current) return;
    const instance = attach(formRef.current, {
      watch: true, // follows fields React adds or re-renders later
      breach: { endpoint: '/hibp' }, // your own proxy of Have I Been Pwned's range API
      onChange: setGuard, // runs after React has handled the keystroke
    });
    return () => instance.destroy();
  }, []);

  return (
    <form ref={formRef} method="post" action="/signup">
      <label htmlFor="email">Email</label>
      <input id="email" name="email" type="email" autoComplete="email" required
        value={email} onChange={(event) => setEmail(event.target.value)} />
      <label htmlFor="password">Password</label>
      <input id="password" name="password" type="password" autoComplete="new-password" required
        value={password} onChange={(event) => setPassword(event.target.value)} />
      {password !== '' && (
        <>
          <label htmlFor="confirmation">Repeat the password</label>
          <input id="confirmation" name="confirmation" type="password" autoComplete="new-password" required
            value={confirmation} onChange={(event) => setConfirmation(event.target.value)} />
        </>
      )}
      <p id="status">{guard?.valid ? 'Ready to create your account.' : 'Not ready yet.'}</p>
      <button type="submit">Create account</button>
    </form>
  );
}
