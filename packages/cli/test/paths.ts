import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Where things are: the CLI package, the repository, the built executable, a shipped pack. */
export const cliDir = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const repoRoot = resolve(cliDir, '../..');
export const binPath = join(cliDir, 'dist', 'bin.js');
export const regionalPack = join(repoRoot, 'scenarios', 'regional');
