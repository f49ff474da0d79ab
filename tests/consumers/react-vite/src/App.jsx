import { useEffect, useState } from 'react';
import { SignupForm } from './SignupForm.jsx';

/** The page around the form: a clock that re-renders it from elsewhere, and the app's own check. */
export function App() {
  const [ticks, setTicks] = useState(0);
  const [complete, setComplete] = useState(false);
  useEffect(() => {
    const timer = setInterval(() => setTicks((n) => n + 1), 250);
    return () => clearInterval(timer);
  }, []);
  useEffect(() => {
    // Common in apps: the browser's own validity, e.g. to style a submit button.
    setComplete(document.querySelector('form').checkValidity());
  });
  return (
    <main>
      <h1>Create your account</h1>
      <p id="ticks" data-complete={String(complete)}>{ticks}</p>
      <SignupForm />
    </main>
  );
}
