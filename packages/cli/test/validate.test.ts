import { closeSync, mkdirSync, openSync, readFileSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readJson, regionalPack, repoRoot, ruta, scaffold, temporaryDirectory, writeJson } from './ruta';

type PackDocument = {
  scenarios: { nodes: Record<string, { choices?: { to: string }[]; present?: string[] }> }[];
} & Record<string, unknown>;

/** The shipped regional pack's version (it changes with each review of the pack). */
const regionalVersion = readJson<{ version: string }>(join(regionalPack, 'pack.json')).version;

describe('ruta validate', () => {
  it('accepts a shipped pack given as a package directory, a pack.json or a package name', () => {
    for (const target of [regionalPack, join(regionalPack, 'pack.json'), '@ruta/pack-regional']) {
      const run = ruta(['validate', target], { cwd: repoRoot });
      expect(run.code, run.stderr).toBe(0);
      expect(run.stdout).toBe(
        `pack rcm-regional ${regionalVersion} is valid: 4 scenarios, languages es, en, fr\n`,
      );
    }
  });

  it('prints a tool-readable summary with --json', () => {
    const run = ruta(['validate', regionalPack, '--json']);
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout);
    expect(report).toMatchObject({
      ok: true,
      pack: { id: 'rcm-regional', version: regionalVersion, country: 'RCM' },
    });
    expect(report.pack.scenarios).toHaveLength(4);
  });

  it('lists every issue as `path: message` and exits 1 for an invalid pack', () => {
    const dir = scaffold();
    const file = join(dir, 'pack.json');
    const pack = readJson<PackDocument>(file);
    const arrival = pack.scenarios[0]?.nodes.arrival?.choices?.[0];
    if (arrival === undefined) throw new Error('the sample pack has no arrival choice');
    arrival.to = 'privte-talk';
    const partial = pack.scenarios[0]?.nodes.partial;
    if (partial) partial.present = ['ilo-nonsense'];
    writeJson(file, pack);
    const run = ruta(['validate', dir]);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/^ruta: ".*" is not a valid pack \(2 issues\):\n/);
    expect(run.stderr).toContain(
      '\n  scenarios[0].nodes.arrival.choices[0].to: no node "privte-talk" in scenario "farm-inspection"\n',
    );
    expect(run.stderr).toContain(
      '\n  scenarios[0].nodes.partial.present[0]: unknown indicator "ilo-nonsense"',
    );

    const json = ruta(['validate', dir, '--json']);
    expect(json.code).toBe(1);
    const report = JSON.parse(json.stdout);
    expect(report.ok).toBe(false);
    expect(report.issues.map((i: { path: string }) => i.path)).toEqual([
      'scenarios[0].nodes.arrival.choices[0].to',
      'scenarios[0].nodes.partial.present[0]',
    ]);
  });

  it('reports a field of the wrong shape with its path', () => {
    const dir = scaffold();
    const file = join(dir, 'pack.json');
    writeJson(file, { ...readJson<PackDocument>(file), version: 'one' });
    const run = ruta(['validate', dir]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/\n {2}version: must be a Semantic Versioning 2\.0\.0 version/);
  });

  it('reports JSON syntax errors with line and column, and repeated keys', () => {
    const dir = temporaryDirectory();
    writeFileSync(join(dir, 'broken.json'), '{\n  "format": "ruta.pack/1",\n  "id": \n}\n');
    const broken = ruta(['validate', join(dir, 'broken.json')]);
    expect(broken.code).toBe(1);
    expect(broken.stderr).toMatch(/line 4, column 1/);

    const packDir = scaffold();
    const text = readFileSync(join(packDir, 'pack.json'), 'utf8').replace(
      '"version": "0.1.0",',
      '"version": "0.1.0",\n  "version": "0.2.0",',
    );
    writeFileSync(join(packDir, 'pack.json'), text);
    const duplicate = ruta(['validate', packDir]);
    expect(duplicate.code).toBe(1);
    expect(duplicate.stderr).toMatch(/version/);
    expect(duplicate.stderr.toLowerCase()).toMatch(/duplicate|repeated|twice/);
  });

  it('never prints a stack trace, whatever the file: garbage, binary, empty, huge, a directory', () => {
    const dir = temporaryDirectory();
    writeFileSync(join(dir, 'garbage.json'), 'Ceci n’est pas un paquet ]]]');
    writeFileSync(join(dir, 'empty.json'), '');
    writeFileSync(join(dir, 'array.json'), '[1, 2, 3]');
    writeFileSync(join(dir, 'deep.json'), `${'['.repeat(100_000)}${']'.repeat(100_000)}`);
    writeFileSync(join(dir, 'binary.json'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0xff, 0xfe, 0x01]));
    writeFileSync(join(dir, 'latin1.json'), Buffer.from('{"id": "ni\xf1o"}', 'latin1'));
    const huge = openSync(join(dir, 'huge.json'), 'w');
    writeSync(huge, ' ', 33 * 1024 * 1024);
    closeSync(huge);
    mkdirSync(join(dir, 'no-pack'));

    for (const name of ['garbage.json', 'empty.json', 'array.json', 'deep.json']) {
      const run = ruta(['validate', join(dir, name)]);
      expect(run.code, name).toBe(1);
      expect(run.stderr, name).toMatch(/is not a valid pack/);
    }
    for (const name of ['binary.json', 'latin1.json']) {
      const run = ruta(['validate', join(dir, name)]);
      expect(run.code, name).toBe(1);
      expect(run.stderr, name).toMatch(/is not a UTF-8 text file/);
    }
    const huge33 = ruta(['validate', join(dir, 'huge.json')]);
    expect(huge33.code).toBe(1);
    expect(huge33.stderr).toMatch(/is too large \(33\.0 MB; at most 32\.0 MB\)/);
    const binaryJson = ruta(['validate', join(dir, 'binary.json'), '--json']);
    expect(JSON.parse(binaryJson.stdout)).toMatchObject({ ok: false, issues: [{ path: '(file)' }] });

    const noPack = ruta(['validate', join(dir, 'no-pack')]);
    expect(noPack.code).toBe(2);
    expect(noPack.stderr).toMatch(/^ruta: no pack\.json in ".*no-pack"/);
    const missing = ruta(['validate', join(dir, 'missing.json')]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toBe(`ruta: no such file "${join(dir, 'missing.json')}"\n`);
    expect(ruta(['validate']).stderr).toBe('ruta: missing argument <pack>\n');
    expect(ruta(['validate', 'a.json', 'b.json']).stderr).toBe('ruta: unexpected argument "b.json"\n');
  });
});
