import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cliDir, repoRoot } from './paths';

/** The newest modification time among a directory's files (recursively). */
function newest(path: string): number {
  const stats = statSync(path);
  if (!stats.isDirectory()) return stats.mtimeMs;
  return Math.max(0, ...readdirSync(path).map((name) => newest(join(path, name))));
}

function build(dir: string): void {
  execFileSync('npx', ['tsup'], { cwd: dir, stdio: 'inherit' });
}

/**
 * Builds the libraries the executable imports (when unbuilt) and the executable (when missing or stale),
 * and gives the tests one temporary directory, removed when they end.
 */
export default function setup(): () => void {
  const scratch = mkdtempSync(join(tmpdir(), 'ruta-cli-tests-'));
  process.env.RUTA_CLI_TEST_TMP = scratch;
  for (const library of ['curriculum', 'competencies', 'scenario-engine', 'certification']) {
    const dir = join(repoRoot, 'packages', library);
    if (!existsSync(join(dir, 'dist', 'index.js'))) build(dir);
  }
  const bin = join(cliDir, 'dist', 'bin.js');
  const sources = Math.max(
    newest(join(cliDir, 'src')),
    newest(join(cliDir, 'package.json')),
    newest(join(cliDir, 'tsup.config.ts')),
  );
  if (!existsSync(bin) || statSync(bin).mtimeMs < sources) build(cliDir);
  return () => rmSync(scratch, { recursive: true, force: true });
}
