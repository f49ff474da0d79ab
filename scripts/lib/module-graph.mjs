// The ES module graph of a browser entry, read from the sources: used by the benchmark (bytes a
// page loads) and by the test that keeps the entry's flat import list complete.

import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { ROOT } from './process.mjs';

/** Relative specifiers of the static `import … from '…'`, `import '…'` and `export … from '…'` in `source`. */
export function staticImports(source) {
  return [...source.matchAll(/(?:^|\n)\s*(?:import|export)\s(?:[^'";]*?\sfrom\s*)?['"](\.{1,2}\/[^'"]+)['"]/g)].map((match) => match[1]);
}

/** The files `entry` (relative to the repository) imports, transitively, itself first; absolute paths. */
export function moduleGraph(entry) {
  const seen = new Set();
  const visit = (file) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const specifier of staticImports(readFileSync(file, 'utf8'))) visit(join(dirname(file), specifier));
  };
  visit(join(ROOT, entry));
  return [...seen];
}
