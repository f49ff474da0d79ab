// Finds, and where it can installs, everything the build and the tests need.
//
// Two ways to build wasm:
//  - "plain": the active rustup toolchain already has the wasm32-unknown-unknown std
//    (an ordinary developer who ran `rustup target add wasm32-unknown-unknown`);
//  - "build-std": Debian's rustc-web toolchain (/usr/bin/rustc, /usr/bin/cargo) with the std
//    sources from rust-web-src, std rebuilt for wasm32 with -Zbuild-std, linked by wasm-ld-19.
// Every step is idempotent: it checks first and only installs what is missing.

import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, run, capture, log } from './process.mjs';

export const WASM_TARGET = 'wasm32-unknown-unknown';

const DEBIAN_BUILD_PACKAGES = ['rustc-web', 'cargo-web', 'rust-web-src', 'lld-19'];
const DEBIAN_BROWSER_PACKAGES = ['chromium', 'chromium-driver'];
const CHROMIUM = '/usr/bin/chromium';
const CHROMEDRIVER = '/usr/bin/chromedriver';
/**
 * Firefox ESR (driven by puppeteer-core over WebDriver BiDi: no geckodriver) and WebKitGTK's
 * MiniBrowser with WebKitWebDriver, which needs a display: Xvfb.
 */
const OTHER_ENGINES = {
  firefox: { packages: ['firefox-esr'], files: ['/usr/bin/firefox-esr'] },
  webkit: {
    packages: ['webkit2gtk-driver', 'xvfb'],
    files: ['/usr/bin/WebKitWebDriver', '/usr/bin/xvfb-run', '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser'],
  },
};

/** An error that tells a person what is missing and the exact command that gets it. */
export class MissingPrerequisite extends Error {
  constructor(what, command) {
    super(`${what} is missing.\n  To install it, run:\n    ${command}`);
    this.name = 'MissingPrerequisite';
  }
}

/** The version of `name` recorded in Cargo.lock. */
export function lockedVersion(name) {
  const lock = readFileSync(join(ROOT, 'Cargo.lock'), 'utf8');
  const match = lock.match(new RegExp(`\\[\\[package\\]\\]\\nname = "${name}"\\nversion = "([^"]+)"`));
  if (!match) throw new Error(`Cargo.lock has no package ${name}`);
  return match[1];
}

function canInstallWithApt() {
  return process.getuid?.() === 0 && capture('sh', ['-c', 'command -v apt-get']).ok;
}

let aptUpdated = false;

/** Installs Debian packages that are not installed yet, or explains how to. */
function ensureDebianPackages(packages, why) {
  const missing = packages.filter((p) => !capture('dpkg-query', ['-W', '-f=${Status}', p]).stdout.includes('install ok installed'));
  if (missing.length === 0) return;
  const command = `sudo apt-get update && sudo apt-get install -y ${missing.join(' ')}`;
  if (!canInstallWithApt()) throw new MissingPrerequisite(`${why} (Debian packages ${missing.join(', ')})`, command);
  log(`installing ${missing.join(' ')} (${why})`);
  if (!aptUpdated) {
    run('apt-get', ['update', '-qq']);
    aptUpdated = true;
  }
  run('apt-get', ['install', '-y', '-qq', ...missing], { env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
}

function rustupHasWasmStd() {
  const sysroot = capture('rustc', ['--print', 'sysroot']);
  return sysroot.ok && existsSync(join(sysroot.stdout.trim(), 'lib', 'rustlib', WASM_TARGET, 'lib'));
}

let cachedWasmToolchain = null;

/**
 * How to invoke cargo for the wasm32 target: `{ mode, cargo, env, extraArgs }`.
 * Installs Debian's rustc-web toolchain when the active toolchain lacks the wasm32 std.
 */
export function wasmToolchain() {
  if (cachedWasmToolchain) return cachedWasmToolchain;
  if (!capture('cargo', ['--version']).ok && !existsSync('/usr/bin/cargo')) {
    throw new MissingPrerequisite('Rust (cargo)', 'curl https://sh.rustup.rs -sSf | sh   # see https://rustup.rs');
  }
  if (process.env.SIGNUP_GUARD_BUILD_STD !== '1' && rustupHasWasmStd()) {
    cachedWasmToolchain = { mode: 'plain', cargo: 'cargo', env: { ...process.env }, extraArgs: [] };
    return cachedWasmToolchain;
  }
  try {
    ensureDebianPackages(DEBIAN_BUILD_PACKAGES, 'a Rust toolchain with the wasm32 standard library sources');
  } catch (error) {
    if (error instanceof MissingPrerequisite) {
      throw new MissingPrerequisite(
        'The wasm32-unknown-unknown standard library',
        `rustup target add ${WASM_TARGET}\n  or, on Debian without that target:\n    sudo apt-get install -y ${DEBIAN_BUILD_PACKAGES.join(' ')}`,
      );
    }
    throw error;
  }
  cachedWasmToolchain = {
    mode: 'build-std',
    cargo: '/usr/bin/cargo',
    env: {
      ...process.env,
      RUSTC: '/usr/bin/rustc',
      RUSTDOC: '/usr/bin/rustdoc',
      RUSTC_BOOTSTRAP: '1',
      CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_LINKER: 'wasm-ld-19',
    },
    extraArgs: ['-Zbuild-std=std,panic_abort'],
  };
  return cachedWasmToolchain;
}

function cargoBinDir() {
  return join(process.env.CARGO_HOME ?? join(process.env.HOME ?? '', '.cargo'), 'bin');
}

/** Path of a wasm-bindgen CLI tool matching the pinned crate version, installing it when missing. */
export function wasmBindgenTool(tool = 'wasm-bindgen') {
  const wanted = lockedVersion('wasm-bindgen');
  const candidates = [tool, join(cargoBinDir(), tool)];
  for (const candidate of candidates) {
    const version = capture(candidate, ['--version']);
    if (version.ok && version.stdout.trim().endsWith(` ${wanted}`)) return candidate;
  }
  log(`installing wasm-bindgen-cli ${wanted} (matches the wasm-bindgen pinned in Cargo.toml; takes a few minutes once)`);
  run('cargo', ['install', 'wasm-bindgen-cli', '--version', wanted, '--force']);
  return join(cargoBinDir(), tool);
}

/** Installs the npm dev dependencies when node_modules is missing or older than package-lock.json. */
export function ensureNodeModules() {
  const marker = join(ROOT, 'node_modules', '.package-lock.json');
  const lock = join(ROOT, 'package-lock.json');
  if (existsSync(marker) && readFileSync(marker, 'utf8').length > 0) {
    const installed = JSON.parse(readFileSync(marker, 'utf8')).packages ?? {};
    const wanted = JSON.parse(readFileSync(lock, 'utf8')).packages ?? {};
    const missing = Object.keys(wanted).filter((k) => k.startsWith('node_modules/') && !wanted[k].optional && installed[k]?.version !== wanted[k].version);
    if (missing.length === 0) return;
  }
  log('installing npm dependencies (npm ci)');
  run('npm', ['ci', '--no-audit', '--no-fund']);
}

/** Installs the Debian packages the Firefox or WebKit browser tests need, when missing. */
export function browserEngine(engine) {
  const { packages, files } = OTHER_ENGINES[engine];
  if (!files.every((file) => existsSync(file))) {
    ensureDebianPackages(packages, `${engine} for the browser tests`);
  }
}

/** Paths of Chromium and ChromeDriver for the browser tests, installing Debian's when missing. */
export function browser() {
  if (!existsSync(CHROMIUM) || !existsSync(CHROMEDRIVER)) {
    ensureDebianPackages(DEBIAN_BROWSER_PACKAGES, 'Chromium and ChromeDriver for the browser tests');
  }
  return { chromium: CHROMIUM, chromedriver: CHROMEDRIVER };
}
