// Node CommonJS, as the README shows it: no top-level await.
const guard = require('signup-guard');

async function main() {
  await guard.ready();
  let failed = null;
  try {
    guard.checkPassword(42);
  } catch (error) {
    failed = { name: error.name, coreFailed: error instanceof guard.CoreFailedError, notReady: error instanceof guard.NotReadyError };
  }
  console.log(JSON.stringify({
    weak: guard.checkPassword('password').score,
    suggestion: guard.checkEmail('ann@gmial.com').suggestion,
    errors: ['NotReadyError', 'CoreFailedError', 'NoDomError'].filter((name) => typeof guard[name] === 'function'),
    failed,
  }));
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
