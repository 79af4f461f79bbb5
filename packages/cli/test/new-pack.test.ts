import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readJson, repoRoot, ruta, scaffold, temporaryDirectory, workspaceLinkedDirectory } from './ruta';

const files = [
  'package.json',
  'pack.json',
  'src/index.ts',
  'test/pack.test.ts',
  'tsconfig.json',
  'tsup.config.ts',
  'vitest.config.ts',
  'README.md',
  '.gitignore',
];

describe('ruta new-pack', () => {
  it('scaffolds a pack package laid out like the shipped packs, in the requested languages', () => {
    const dir = join(temporaryDirectory(), 'honduras-labour');
    const run = ruta(['new-pack', dir, '--country', 'hn', '--lang', 'es,fr']);
    expect(run.code, run.stderr).toBe(0);
    for (const file of files) expect(existsSync(join(dir, file)), file).toBe(true);
    const manifest = readJson<Record<string, Record<string, unknown>>>(join(dir, 'package.json'));
    expect(manifest.name).toBe('@ruta/pack-honduras-labour');
    expect(manifest.dependencies?.['@ruta/scenario-engine']).toMatch(/^\^\d+\.\d+\.\d+/);
    expect(manifest.exports?.['./pack.json']).toBe('./pack.json');
    const pack = readJson<Record<string, unknown>>(join(dir, 'pack.json'));
    expect(pack).toMatchObject({ id: 'honduras-labour', country: 'HN', languages: ['es', 'fr'] });
    expect(Object.keys(pack.title as object)).toEqual(['es', 'fr']);
    expect(JSON.stringify(pack)).toContain('Honduras');
    const readme = readFileSync(join(dir, 'README.md'), 'utf8');
    expect(readme).toContain('Cómo trabajar');
    // The README's commands run the pack's own copy of the CLI, never a package fetched by npx.
    expect(manifest.devDependencies?.['@ruta/cli']).toMatch(/^\^\d+\.\d+\.\d+/);
    expect(readme).toContain('`npx --no-install ruta validate .`');
    expect(readme).not.toMatch(/`ruta /);
  });

  it('the scaffolded pack passes ruta validate and ruta analyze out of the box', () => {
    for (const [languages, country] of [
      ['es,en', 'SV'],
      ['fr', 'CA'],
      ['en,es,fr', 'RCM'],
    ] as const) {
      const dir = scaffold(languages, country);
      const validate = ruta(['validate', dir]);
      expect(validate.code, validate.stderr).toBe(0);
      expect(validate.stdout).toContain('1 scenario');
      const analyze = ruta(['analyze', dir, '--json']);
      expect(analyze.code, analyze.stdout).toBe(0);
      const report = JSON.parse(analyze.stdout);
      expect(report.ok).toBe(true);
      expect(report.exhaustive).toBe(true);
      expect(report.scenarios[0].metrics.nodes).toBe(6);
      expect(
        report.scenarios[0].metrics.reachableEndings.map((e: { outcome: string }) => e.outcome).sort(),
      ).toEqual(['harmed', 'partial', 'protected']);
    }
  });

  it('the scaffolded pack passes its own test (vitest, resolving the engine as an installed package)', () => {
    const home = workspaceLinkedDirectory();
    const dir = join(home, 'pack');
    expect(ruta(['new-pack', dir, '--country', 'GT', '--lang', 'es,en']).code).toBe(0);
    // The package's own node_modules: the workspace's (engine sources through the "@ruta/source" condition).
    renameSync(join(home, 'node_modules'), join(dir, 'node_modules'));
    const vitest = spawnSync(
      process.execPath,
      [join(repoRoot, 'node_modules', 'vitest', 'vitest.mjs'), 'run', '--reporter=verbose'],
      { cwd: dir, encoding: 'utf8', env: { ...process.env, CI: '1', NO_COLOR: '1' } },
    );
    expect(vitest.status, vitest.stdout + vitest.stderr).toBe(0);
    expect(vitest.stdout).toContain('3 passed');
    expect(vitest.stdout).toContain('passes the static checks');
  });

  it('is already formatted as the repository’s formatter wants it (biome check passes)', () => {
    const dir = scaffold('es,en,fr', 'MX');
    const config = readJson<Record<string, unknown>>(join(repoRoot, 'biome.json'));
    // The repository's settings, beside the package (outside what is checked), without its git integration.
    writeFileSync(join(dir, '..', 'biome.json'), JSON.stringify({ ...config, vcs: { enabled: false } }));
    const biome = spawnSync(join(repoRoot, 'node_modules', '.bin', 'biome'), ['check', '.'], {
      cwd: dir,
      encoding: 'utf8',
    });
    expect(biome.status, biome.stdout + biome.stderr).toBe(0);
  });

  it('refuses a non-empty directory (exit 1) and bad options (exit 2)', () => {
    const dir = temporaryDirectory();
    writeFileSync(join(dir, 'notes.txt'), 'mine');
    const busy = ruta(['new-pack', dir, '--country', 'SV']);
    expect(busy.code).toBe(1);
    expect(busy.stderr).toMatch(/is not empty; choose a new or empty directory/);
    expect(readdirSync(dir)).toEqual(['notes.txt']);

    const fresh = join(temporaryDirectory(), 'p');
    expect(ruta(['new-pack', fresh, '--country', 'XX']).stderr).toMatch(/^ruta: --country "XX" is not valid/);
    expect(ruta(['new-pack', fresh]).stderr).toBe('ruta: missing option --country\n');
    expect(ruta(['new-pack', fresh, '--country', 'SV', '--lang', 'es,pt']).stderr).toMatch(/--lang [«"]pt/);
    expect(ruta(['new-pack', fresh, '--country', 'SV', '--lang', 'es,es']).code).toBe(2);
    expect(ruta(['new-pack', fresh, '--country', 'SV', '--id', 'Bad Id']).stderr).toMatch(
      /invalid pack id "Bad Id"/,
    );
    expect(existsSync(fresh)).toBe(false);
    mkdirSync(fresh);
  });
});
