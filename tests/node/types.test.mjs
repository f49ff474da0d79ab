// The strict TypeScript test: `tsc --noEmit` with `"strict": true` (tests/types/tsconfig.json)
// over a file using every export (tests/types/usage.ts), an import of every runtime export of
// every package entry, and every JavaScript example of README.md, extracted from the README
// each run (tests/types/extract-readme.mjs) so that a changed example is checked as it is.

import { test } from 'node:test';
import { createRequire } from 'node:module';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { writeExamples } from '../types/extract-readme.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const TYPES = join(ROOT, 'tests', 'types');
const GENERATED = join(TYPES, 'generated');
const TSC = join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc');

/** The package's entries (name → file), as `package.json` `exports` maps them. */
const ENTRIES = {
  'signup-guard': 'www/signup-guard.js',
  'signup-guard (node)': 'node/index.js',
  'signup-guard/min': 'www/lib/signup-guard.min.js',
};

/** The names every entry exports at run time. */
async function runtimeExports() {
  const out = {};
  for (const [name, file] of Object.entries(ENTRIES)) {
    const path = join(ROOT, file);
    if (!existsSync(path)) continue; // the minified entry exists after a build
    out[name] = Object.keys(await import(pathToFileURL(path).href)).sort();
  }
  // The CommonJS entry (`require('signup-guard')`) has the same declarations.
  out['signup-guard (require)'] = Object.keys(createRequire(import.meta.url)(join(ROOT, 'node', 'index.cjs'))).sort();
  return out;
}

/** Writes generated/exports.ts: one import of every runtime export, through the package's `exports`. */
function writeExportsFile(exports) {
  const lines = ['// Written by tests/node/types.test.mjs: every runtime export of every entry, typed.'];
  for (const [entry, names] of Object.entries(exports)) {
    const specifier = entry.replace(/ \(.*\)$/, '');
    const alias = names.map((n) => `${n} as ${entry.replace(/\W+/g, '_')}_${n}`);
    lines.push(`import { ${alias.join(', ')} } from '${specifier}';`);
    lines.push(`void [${alias.map((a) => a.split(' as ')[1]).join(', ')}];`);
  }
  writeFileSync(join(GENERATED, 'exports.ts'), `${lines.join('\n')}\n`);
}

/** Adds the package's imports to README fragments that continue an earlier example. */
function importsForFragments(paths, names) {
  // Examples with no import of their own use the checkers imported by the example before them.
  for (const path of paths) {
    const code = readFileSync(path, 'utf8');
    if (/^\s*import\b|\brequire\s*\(/m.test(code)) continue;
    writeFileSync(path, code.replace(/^(\/\/ @ts-check\n)?/, `$1import { ${names.join(', ')} } from 'signup-guard';\n`));
  }
}

test('the package types every export and every README example under strict tsc', async () => {
  assert.ok(existsSync(TSC), 'typescript is a devDependency: run npm install');
  rmSync(GENERATED, { recursive: true, force: true });
  mkdirSync(GENERATED, { recursive: true });
  const exports = await runtimeExports();
  assert.ok(exports['signup-guard']?.length > 0, 'the browser entry exports nothing');
  writeExportsFile(exports);
  const examples = writeExamples(join(GENERATED, 'readme'));
  assert.ok(examples.length >= 5, `README.md has ${examples.length} JavaScript examples, expected at least 5`);
  importsForFragments(examples, exports['signup-guard']);

  const result = spawnSync(process.execPath, [TSC, '-p', TYPES, '--pretty', 'false'], { cwd: ROOT, encoding: 'utf8' });
  const output = `${result.stdout}${result.stderr}`.trim();
  assert.equal(result.status, 0, `tsc --noEmit (strict) failed:\n${output}`);
});
