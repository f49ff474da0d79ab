// `npm start`: builds when sources changed, then serves the demo signup page on 127.0.0.1.
// PORT picks the port (default 8787). Stops on Ctrl-C.

import { build } from './build.mjs';
import { startServer } from './serve.mjs';
import { log } from './lib/process.mjs';

const DEFAULT_PORT = 8787;

try {
  build();
} catch (error) {
  console.error(`\n[signup-guard] build failed: ${error.message}`);
  process.exit(1);
}

const port = process.env.PORT === undefined ? DEFAULT_PORT : Number(process.env.PORT);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`[signup-guard] PORT must be a port number, got "${process.env.PORT}"`);
  process.exit(1);
}

const server = await startServer({ port }).catch((error) => {
  console.error(`[signup-guard] could not listen on port ${port}: ${error.message}`);
  process.exit(1);
});
console.log(`[signup-guard] demo signup page: ${server.url}www/  (port ${server.port}${process.env.PORT ? '' : ', default; set PORT to change'})`);
log(process.env.SIGNUP_GUARD_RANGE_API
  ? `breach checks: forwarded to ${process.env.SIGNUP_GUARD_RANGE_API} (only 5-character hash prefixes leave)`
  : 'breach checks: local demo range API at /pwned (synthetic counts; SIGNUP_GUARD_RANGE_API=https://api.pwnedpasswords.com for the real one)');
log('press Ctrl-C to stop');

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, async () => {
    await server.close();
    process.exit(0);
  });
}
