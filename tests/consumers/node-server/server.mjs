// An Express 5 route that enforces the same checks as the form, with the ESM entry.
import express from 'express';
import { checkEmail, checkPassword, ready } from 'signup-guard';

await ready();
const app = express();
app.use(express.urlencoded({ extended: false }));
app.post('/signup', (req, res) => {
  const { email = '', password = '' } = req.body ?? {};
  const passwordReport = checkPassword(String(password), { policy: 'nist', userInputs: [String(email)] });
  const emailReport = checkEmail(String(email));
  if (!passwordReport.policy.ok || !emailReport.valid) {
    res.status(422).json({ password: passwordReport.policy.failures.map((f) => f.code), email: emailReport.valid });
    return;
  }
  res.status(201).json({ created: true });
});

const server = app.listen(0, '127.0.0.1', () => {
  console.log(JSON.stringify({ port: server.address().port }));
});
