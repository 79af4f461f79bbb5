import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'vitest';
import { binPath, cliDir, repoRoot } from './paths';

/** Helpers of the CLI tests: run the built `ruta` as a user would, in temporary directories. */

export { binPath, cliDir, regionalPack, repoRoot } from './paths';

export interface RutaRun {
  code: number;
  stdout: string;
  stderr: string;
}

export interface RutaOptions {
  input?: string;
  cwd?: string;
  env?: Record<string, string>;
}

/**
 * Runs `node dist/bin.js …args` with English messages (unless `env` says otherwise), and checks what every
 * run must hold: it exited by itself and printed no stack trace.
 */
export function ruta(args: readonly string[], options: RutaOptions = {}): RutaRun {
  const run = spawnSync(process.execPath, [binPath, ...args], {
    cwd: options.cwd ?? cliDir,
    input: options.input ?? '',
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    env: { ...process.env, LC_ALL: '', LC_MESSAGES: '', LANG: 'en_US.UTF-8', ...options.env },
  });
  const result = { code: run.status ?? -1, stdout: run.stdout, stderr: run.stderr };
  expect(run.signal, `ruta ${args.join(' ')} was killed`).toBeNull();
  expect(result.stderr, 'a stack trace on stderr').not.toMatch(/\n\s+at /);
  expect(result.stdout, 'a stack trace on stdout').not.toMatch(/\n\s+at .*:\d+:\d+/);
  return result;
}

/** A fresh temporary directory (inside the one the global setup removes at the end). */
export function temporaryDirectory(prefix = 'ruta-cli-'): string {
  return mkdtempSync(join(process.env.RUTA_CLI_TEST_TMP ?? tmpdir(), prefix));
}

/**
 * A temporary directory whose `node_modules` is the workspace's, so a scaffolded pack resolves
 * `@ruta/scenario-engine`, `vitest` and `typescript` as an installed package would.
 */
export function workspaceLinkedDirectory(): string {
  const dir = temporaryDirectory('ruta-pack-');
  symlinkSync(join(repoRoot, 'node_modules'), join(dir, 'node_modules'), 'dir');
  return dir;
}

export function readJson<T = unknown>(path: string): T {
  return JSON.parse(readFileSync(path, 'utf8')) as T;
}

export function writeJson(path: string, value: unknown): string {
  writeFileSync(path, `${JSON.stringify(value, null, 2)}\n`);
  return path;
}

/** Scaffolds the sample pack into a new temporary directory and returns the pack's directory. */
export function scaffold(languages = 'es,en', country = 'SV'): string {
  const dir = join(temporaryDirectory(), 'sample-pack');
  const run = ruta(['new-pack', dir, '--country', country, '--lang', languages]);
  expect(run.code, run.stderr).toBe(0);
  return dir;
}
