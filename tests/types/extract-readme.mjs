// Extracts the JavaScript and TypeScript examples of README.md into files tsc can check, so the
// type test always checks the README as it is (nothing is copied by hand, nothing can drift).
//
//   node tests/types/extract-readme.mjs [outDir]
//
// Each ```js / ```jsx / ```ts / ```tsx fence becomes one file (`readme-<line>.<ext>`; a fence
// using `require()` is CommonJS: `.cjs`), and each `<script type="module">` of an ```html fence
// becomes a `.js` file. Prints the files written.

import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = dirname(fileURLToPath(import.meta.url));
const README = join(HERE, '..', '..', 'README.md');

/** The fenced code blocks of a Markdown text: `{ lang, line, code }` (line: of the opening fence). */
export function fences(markdown) {
  const blocks = [];
  const lines = markdown.split('\n');
  for (let i = 0; i < lines.length; i += 1) {
    const open = /^(\s*)(`{3,}|~{3,})\s*([\w+-]*)/.exec(lines[i]);
    if (!open) continue;
    const [, indent, marker, lang] = open;
    const body = [];
    let j = i + 1;
    for (; j < lines.length; j += 1) {
      if (lines[j].trimStart().startsWith(marker) && lines[j].trim() === lines[j].trim()[0].repeat(lines[j].trim().length)) break;
      body.push(lines[j].startsWith(indent) ? lines[j].slice(indent.length) : lines[j]);
    }
    blocks.push({ lang: lang.toLowerCase(), line: i + 1, code: body.join('\n') });
    i = j;
  }
  return blocks;
}

/** The examples to type-check: `{ name, code }`. */
export function examples(markdown) {
  const out = [];
  for (const { lang, line, code } of fences(markdown)) {
    if (['js', 'javascript', 'mjs', 'jsx', 'ts', 'typescript', 'tsx'].includes(lang)) {
      const base = { javascript: 'js', mjs: 'js', typescript: 'ts' }[lang] ?? lang;
      const ext = base === 'js' && /\brequire\s*\(/.test(code) ? 'cjs' : base;
      out.push({ name: `readme-${line}.${ext}`, code });
    } else if (lang === 'html') {
      const scripts = [...code.matchAll(/<script\b[^>]*\btype="module"[^>]*>([\s\S]*?)<\/script>/g)];
      scripts.forEach((match, index) => out.push({ name: `readme-${line}-${index}.js`, code: match[1] }));
    }
  }
  return out;
}

/** Writes the README's examples into `outDir` (emptied first); returns their paths. */
export function writeExamples(outDir, markdown = readFileSync(README, 'utf8')) {
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  return examples(markdown).map(({ name, code }) => {
    const path = join(outDir, name);
    // Checked even where it is JavaScript; a module of its own even without imports, so
    // examples do not share variables.
    const check = /\.[cm]?jsx?$/.test(name) ? '// @ts-check\n' : '';
    writeFileSync(path, `${check}${code}\n${name.endsWith('.cjs') ? '' : 'export {};\n'}`);
    return path;
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  for (const path of writeExamples(process.argv[2] ?? join(HERE, 'generated', 'readme'))) console.log(path);
}
