// What the wasm's code is: per function and per crate, from a build that keeps the name
// section. `node bench/code-size.mjs <wasm with names> [top=40]` prints the largest functions
// and the code by crate (the first crate path in the demangled name; "(none)" for glue and
// shims), raw bytes and gzip -9 of each group's bodies compressed together.
//
// A wasm with names, optimized as the browser build is (scripts/build.mjs), for analysis only:
//   wasm-bindgen --target web --out-dir bench/tmp/names --out-name signup_guard \
//     target/wasm32-unknown-unknown/wasm-release/signup_guard.wasm
//   node_modules/.bin/wasm-opt <the features in scripts/build.mjs> -Os -g \
//     bench/tmp/names/signup_guard_bg.wasm -o bench/tmp/names/opt-g.wasm

import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { formatTable } from './format.mjs';

/** Reads an unsigned LEB128 at `i`: `[value, next index]`. */
export function leb(bytes, i) {
  let value = 0;
  let shift = 0;
  for (;;) {
    const byte = bytes[i++];
    value += (byte & 0x7f) * 2 ** shift;
    shift += 7;
    if (byte < 0x80) return [value, i];
  }
}

/** `{ imports, bodies: [{ index, bytes }], names: Map<index, name> }` of a wasm binary. */
export function functions(wasm) {
  let imports = 0;
  const bodies = [];
  const names = new Map();
  for (let i = 8; i < wasm.length;) {
    const id = wasm[i];
    const [size, start] = leb(wasm, i + 1);
    const end = start + size;
    if (id === 2) {
      let [count, j] = leb(wasm, start);
      for (; count > 0; count -= 1) {
        for (let part = 0; part < 2; part += 1) {
          const [length, after] = leb(wasm, j);
          j = after + length;
        }
        const kind = wasm[j];
        j += 1;
        if (kind === 0) {
          imports += 1;
          j = leb(wasm, j)[1];
        } else if (kind === 1) {
          j += 1;
          const flags = wasm[j];
          j = leb(wasm, j + 1)[1];
          if (flags & 1) j = leb(wasm, j)[1];
        } else if (kind === 2) {
          const flags = wasm[j];
          j = leb(wasm, j + 1)[1];
          if (flags & 1) j = leb(wasm, j)[1];
        } else if (kind === 3) {
          j += 2;
        } else {
          j += 2;
        }
      }
    } else if (id === 10) {
      let [count, j] = leb(wasm, start);
      for (let k = 0; k < count; k += 1) {
        const [length, body] = leb(wasm, j);
        bodies.push({ index: imports + k, bytes: wasm.subarray(j, body + length) });
        j = body + length;
      }
    } else if (id === 0) {
      const [nameLength, nameStart] = leb(wasm, start);
      const name = new TextDecoder().decode(wasm.subarray(nameStart, nameStart + nameLength));
      if (name === 'name') {
        let j = nameStart + nameLength;
        while (j < end) {
          const kind = wasm[j];
          const [length, body] = leb(wasm, j + 1);
          if (kind === 1) {
            let [count, k] = leb(wasm, body);
            for (; count > 0; count -= 1) {
              const [index, afterIndex] = leb(wasm, k);
              const [textLength, text] = leb(wasm, afterIndex);
              names.set(index, new TextDecoder().decode(wasm.subarray(text, text + textLength)));
              k = text + textLength;
            }
          }
          j = body + length;
        }
      }
    }
    i = end;
  }
  return { imports, bodies, names };
}

/** The crate a (demangled, v0 or legacy) function name belongs to: its first path segment. */
export function crateOf(name) {
  const stripped = name.replace(/^<+/, '').replace(/^(?:&|mut |dyn |\[|\()+/, '');
  const match = /^([A-Za-z_][A-Za-z0-9_]*)(?:\[[0-9a-f]+\])?::/.exec(stripped);
  return match ? match[1] : '(none)';
}

if (process.argv[1]?.endsWith('code-size.mjs')) {
  const [file, topArgument] = process.argv.slice(2);
  const top = Number(topArgument ?? 40);
  const { bodies, names } = functions(readFileSync(file));
  const named = bodies.map((body) => ({ ...body, name: names.get(body.index) ?? `#${body.index}` }));
  const total = named.reduce((sum, f) => sum + f.bytes.length, 0);
  const byCrate = new Map();
  for (const f of named) {
    const crate = crateOf(f.name);
    if (!byCrate.has(crate)) byCrate.set(crate, []);
    byCrate.get(crate).push(f);
  }
  const gzip = (list) => gzipSync(Buffer.concat(list.map((f) => f.bytes)), { level: 9 }).length;
  console.log(`${named.length} functions, ${total} bytes of bodies, ${gzip(named)} gzip -9\n`);
  console.log(formatTable(['crate', 'functions', 'raw', 'share', 'gzip -9 (alone)'], [...byCrate.entries()]
    .map(([crate, list]) => [crate, list.length, list.reduce((s, f) => s + f.bytes.length, 0), list])
    .sort((a, b) => b[2] - a[2])
    .map(([crate, count, raw, list]) => [crate, count, raw, `${((100 * raw) / total).toFixed(1)} %`, gzip(list)])));
  console.log();
  console.log(formatTable(['function', 'raw'], named.sort((a, b) => b.bytes.length - a.bytes.length).slice(0, top).map((f) => [f.name.slice(0, 150), f.bytes.length])));
}
