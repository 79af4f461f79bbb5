import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cliDir, readJson, temporaryDirectory } from './ruta';

/**
 * The `ruta` bin npm links is a committed launcher, not a build output: npm links a workspace's bin when it
 * installs, before anything is built, so the link must point at a file that exists right after `npm ci`.
 */
const launcher = join(cliDir, 'bin', 'ruta.js');

describe('the ruta launcher', () => {
  it('is the package bin, outside dist/, executable', () => {
    const { bin, files } = readJson<{ bin: Record<string, string>; files: string[] }>(
      join(cliDir, 'package.json'),
    );
    expect(bin).toEqual({ ruta: './bin/ruta.js' });
    expect(files).toContain('bin');
    expect(statSync(launcher).mode & 0o111).not.toBe(0);
  });

  it('runs the built CLI with the exit code of the command', () => {
    const run = spawnSync(process.execPath, [launcher, 'schema', 'nothing'], {
      encoding: 'utf8',
      env: { LANG: 'en' },
    });
    expect(run.status).toBe(2);
    expect(run.stderr).toBe(
      'ruta: ruta schema "nothing" is not valid; possible values: pack, record, scheme\n',
    );
  });

  it('without a build, says in one line to run npm run build (in the user’s language), exit 1', () => {
    const copy = temporaryDirectory('ruta-unbuilt-');
    mkdirSync(join(copy, 'bin'));
    copyFileSync(launcher, join(copy, 'bin', 'ruta.js'));
    copyFileSync(join(cliDir, 'package.json'), join(copy, 'package.json'));
    const at = (env: Record<string, string>) =>
      spawnSync(process.execPath, [join(copy, 'bin', 'ruta.js'), '--help'], { encoding: 'utf8', env });
    const english = at({ LANG: 'en_US.UTF-8' });
    expect(english.status).toBe(1);
    expect(english.stdout).toBe('');
    expect(english.stderr).toBe(
      'ruta: the command line is not built yet; run `npm run build` at the root of the repository first\n',
    );
    expect(at({ LANG: 'fr_FR.UTF-8' }).stderr).toContain('lancez d’abord `npm run build`');
    expect(at({}).stderr).toContain('ejecute primero `npm run build`');
  });
});
