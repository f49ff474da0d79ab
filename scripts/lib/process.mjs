// Small helpers for running commands from the project's scripts.

import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** The repository root (the folder holding package.json and Cargo.toml). */
export const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/**
 * Prints a progress line prefixed with the project's name, on stderr: stdout belongs to what a
 * command is asked for (`npm pack --json` runs the build as `prepack`, and tools parse its stdout).
 */
export function log(message) {
  console.error(`[signup-guard] ${message}`);
}

/** An error for a command that exited non-zero. */
export class CommandFailed extends Error {
  constructor(command, args, status) {
    super(`command failed (exit ${status}): ${command} ${args.join(' ')}`);
    this.name = 'CommandFailed';
    this.status = status;
  }
}

/**
 * Runs a command, its output on this process's stderr (see `log`); throws CommandFailed when it
 * fails.
 */
export function run(command, args, options = {}) {
  const result = spawnSync(command, args, { cwd: ROOT, stdio: ['inherit', process.stderr, 'inherit'], ...options });
  if (result.error) throw new CommandFailed(command, args, result.error.code ?? 'not started');
  if (result.status !== 0) throw new CommandFailed(command, args, result.status ?? result.signal);
}

/** Runs a command and captures its output; never throws. Returns `{ ok, stdout, stderr }`. */
export function capture(command, args, options = {}) {
  const result = spawnSync(command, args, { cwd: ROOT, encoding: 'utf8', ...options });
  return { ok: !result.error && result.status === 0, stdout: result.stdout ?? '', stderr: result.stderr ?? '' };
}
