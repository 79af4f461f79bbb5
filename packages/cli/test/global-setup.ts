import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cliDir, repoRoot } from './paths';

/** The newest modification time among a directory's files (recursively); 0 when it does not exist. */
function newest(path: string): number {
  if (!existsSync(path)) return 0;
  const stats = statSync(path);
  if (!stats.isDirectory()) return stats.mtimeMs;
  return Math.max(0, ...readdirSync(path).map((name) => newest(join(path, name))));
}

/** The oldest modification time among a directory's files; 0 when it is missing or empty. */
function oldest(path: string): number {
  if (!existsSync(path)) return 0;
  const stats = statSync(path);
  if (!stats.isDirectory()) return stats.mtimeMs;
  const times = readdirSync(path).map((name) => oldest(join(path, name)));
  return times.length === 0 ? 0 : Math.min(...times);
}

/** Every file of `dist/` an `exports` map points at (a half-finished build lacks some). */
function builtFiles(exports: unknown): string[] {
  if (typeof exports === 'string') return exports.startsWith('./dist/') ? [exports] : [];
  if (typeof exports !== 'object' || exports === null) return [];
  return Object.values(exports).flatMap(builtFiles);
}

/**
 * Whether a package's build is missing or older than what it is built from (its sources, package.json,
 * tsup config): the tests then rebuild it, so they never test a stale build after a change to a library.
 */
function stale(dir: string): boolean {
  const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { exports?: unknown };
  if (builtFiles(manifest.exports).some((file) => !existsSync(join(dir, file)))) return true;
  const built = oldest(join(dir, 'dist'));
  const sources = Math.max(
    newest(join(dir, 'src')),
    newest(join(dir, 'package.json')),
    newest(join(dir, 'tsup.config.ts')),
  );
  return built === 0 || built < sources;
}

function build(dir: string): void {
  execFileSync('npx', ['tsup'], { cwd: dir, stdio: 'inherit' });
}

/**
 * Runs `work` while holding a lock shared by every test run of this checkout (a directory made atomically),
 * so two runs started together do not build the same package at once and delete each other's files.
 */
function withBuildLock(work: () => void): void {
  const lock = join(
    tmpdir(),
    `ruta-cli-build-${createHash('sha256').update(repoRoot).digest('hex').slice(0, 12)}.lock`,
  );
  const started = Date.now();
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      // Held by another run: wait for it; a lock left by a run that died is taken over after 10 minutes.
      const age = existsSync(lock) ? Date.now() - statSync(lock).mtimeMs : 0;
      if (age > 10 * 60_000) rmSync(lock, { recursive: true, force: true });
      else if (Date.now() - started > 15 * 60_000) throw new Error(`the build lock ${lock} is still held`);
      else Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 500);
    }
  }
  try {
    work();
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

/**
 * Builds, in dependency order, each library the executable imports and the executable itself when its
 * build is missing or older than its sources, and gives the tests one temporary directory, removed when
 * they end.
 */
export default function setup(): () => void {
  const scratch = mkdtempSync(join(tmpdir(), 'ruta-cli-tests-'));
  process.env.RUTA_CLI_TEST_TMP = scratch;
  withBuildLock(() => {
    for (const library of ['curriculum', 'competencies', 'scenario-engine', 'certification']) {
      const dir = join(repoRoot, 'packages', library);
      if (stale(dir)) build(dir);
    }
    if (stale(cliDir)) build(cliDir);
  });
  return () => rmSync(scratch, { recursive: true, force: true });
}
