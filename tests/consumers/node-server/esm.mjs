// Node ESM: every entry imports on a server; the checkers work after ready().
import * as guard from 'signup-guard';
import * as min from 'signup-guard/min';

await guard.ready();
let noDom = null;
try {
  guard.attach(null);
} catch (error) {
  noDom = { name: error.name, instanceOf: error instanceof guard.NoDomError };
}
console.log(JSON.stringify({
  weak: guard.checkPassword('password').score,
  strong: guard.checkPassword('violet-Tractor-harbor-92-quilt').score,
  suggestion: guard.checkEmail('ann@gmial.com').suggestion,
  minExports: ['attach', 'initAll', 'checkPassword'].every((name) => typeof min[name] === 'function'),
  noDom,
}));
