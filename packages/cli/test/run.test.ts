import { describe, expect, it } from 'vitest';
import { commandNames } from '../src/index';
import { readJson, ruta } from './ruta';

describe('ruta (the command dispatcher)', () => {
  it('--help lists every command with a summary and the exit codes', () => {
    const run = ruta(['--help']);
    expect(run.code).toBe(0);
    for (const name of commandNames) expect(run.stdout).toMatch(new RegExp(`\\n  ${name} +\\S`));
    expect(run.stdout).toContain('Exit codes: 0');
  });

  it('explains each command with `<command> --help` and `help <command>`', () => {
    for (const name of commandNames) {
      const run = ruta([name, '--help']);
      expect(run.code).toBe(0);
      expect(run.stdout).toContain(`Usage: ruta ${name}`);
      expect(run.stdout).toContain('Exit:');
    }
    expect(ruta(['help', 'certify']).stdout).toContain('--scheme');
    expect(ruta(['--help', '--lang', 'fr']).stdout).toContain('Commandes :');
    expect(ruta(['help', '--lang', 'es', 'play']).stdout).toContain('Uso: ruta play');
  });

  it('an unknown command is a one-line usage error (exit 2)', () => {
    const run = ruta(['valdate', 'pack.json']);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe('ruta: unknown command "valdate"; "ruta --help" lists the commands\n');
  });

  it('an unknown flag, a missing value or no command is a one-line usage error (exit 2)', () => {
    for (const args of [
      ['validate', 'x.json', '--strict'],
      ['analyze', 'x', '--scenario'],
      [],
      ['--bogus'],
    ]) {
      const run = ruta(args);
      expect(run.code, args.join(' ')).toBe(2);
      expect(run.stderr.trimEnd().split('\n'), args.join(' ')).toHaveLength(1);
      expect(run.stderr).toMatch(/^ruta: /);
    }
    expect(ruta(['validate', 'x.json', '--strict']).stderr).toContain('unknown option "--strict"');
    expect(ruta(['analyze', 'x', '--scenario']).stderr).toContain('option --scenario needs a value');
  });

  it('speaks the language of LC_ALL / LC_MESSAGES / LANG, Spanish when unknown, --lang first', () => {
    expect(ruta(['nope'], { env: { LANG: 'fr_FR.UTF-8' } }).stderr).toContain('commande inconnue « nope »');
    expect(ruta(['nope'], { env: { LANG: 'en_US.UTF-8', LC_ALL: 'es_SV.UTF-8' } }).stderr).toContain(
      'comando desconocido «nope»',
    );
    expect(ruta(['nope'], { env: { LANG: 'C' } }).stderr).toContain('comando desconocido');
    expect(ruta(['nope'], { env: { LANG: 'de_DE.UTF-8' } }).stderr).toContain('comando desconocido');
    expect(ruta(['nope', '--lang', 'fr']).stderr).toContain('commande inconnue');
    expect(ruta(['--lang=es', 'nope']).stderr).toContain('comando desconocido');
    const bad = ruta(['--help', '--lang', 'de']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toBe('ruta: --lang "de" is not valid; languages: es, en, fr\n');
  });

  it('--version prints the package version', () => {
    const { version } = readJson<{ version: string }>(new URL('../package.json', import.meta.url).pathname);
    expect(ruta(['--version']).stdout).toBe(`${version}\n`);
  });
});

describe('run(argv, io) on arbitrary command lines', () => {
  it('always resolves to 0, 1 or 2 with a message, never throws and never prints a stack trace', async () => {
    const { mkdtempSync, mkdirSync, writeFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const { Readable } = await import('node:stream');
    const { run } = await import('../src/index');
    const { regionalPack } = await import('./paths');

    const cwd = mkdtempSync(join(process.env.RUTA_CLI_TEST_TMP ?? tmpdir(), 'ruta-cli-argv-'));
    writeFileSync(join(cwd, 'garbage.json'), '{"format": "ruta.pack/1", "id": [');
    writeFileSync(join(cwd, 'binary.bin'), Buffer.from([0, 159, 146, 150, 255]));
    writeFileSync(join(cwd, 'list.json'), '[{"type": "CHOOSE", "choiceId": "x"}, 3]');
    mkdirSync(join(cwd, 'empty-dir'));
    const commands = [...commandNames, 'help', 'bogus', '--help', '--version', '-h', ''];
    const flags = [
      ...['--json', '--scenario', '--lang', '--events', '--choices', '--country', '--id', '--alg', '--out'],
      ...['--force', '--scheme', '--record', '--key', '--issuer', '--packs', '--trust', '--revocations'],
      ...[
        '--actor',
        '--registration',
        '--max-states',
        '--untimed',
        '--journey',
        '--as-of',
        '--at',
        '-h',
        '-x',
      ],
      ...['--', '--lang=fr', '--json=yes'],
    ];
    const values = [
      ...['es', 'en', 'fr', 'de', '', '-', 'SV', 'RCM', 'EdDSA', 'RS256'],
      ...[regionalPack, 'garbage.json', 'binary.bin', 'list.json', 'empty-dir', 'missing.json', 'new-dir'],
      ...['farm-inspection', 'identification-border-post', 'separate-for-secondary-check,x', 'regional', '0'],
      ...['-1', '1e9', 'ñandú', '../../..', 'https://x.org|a', '{"a":1}', 'constructor', '__proto__'],
    ];
    const own: Record<string, string[]> = {
      validate: ['--json'],
      analyze: ['--scenario', '--json', '--max-states'],
      play: ['--scenario', '--journey', '--events', '--choices', '--json', '--untimed'],
      'new-pack': ['--country', '--id', '--name', '--lang'],
      keygen: ['--alg', '--out', '--force'],
      certify: ['--scheme', '--record', '--key', '--issuer', '--packs', '--out', '--as-of', '--json'],
      verify: ['--trust', '--revocations', '--at', '--json'],
      xapi: ['--actor', '--actor-name', '--registration', '--pack', '--timestamp'],
    };
    // Command lines that get past the parser to real checks; the generator extends them at random.
    const nearValid = [
      ['validate', 'garbage.json'],
      ['validate', 'binary.bin', '--json'],
      ['analyze', 'list.json'],
      ['analyze', regionalPack, '--scenario', 'identification-border-post'],
      ['play', regionalPack, '--scenario', 'identification-border-post', '--events', 'list.json'],
      ['play', regionalPack, '--scenario', 'identification-border-post', '--choices', 'x'],
      ['play', regionalPack, '--scenario', 'identification-border-post', '--untimed'],
      ['verify', 'garbage.json', '--trust', 'list.json'],
      ['xapi', 'list.json', '--actor', 'https://x.org|a'],
      [
        'certify',
        '--scheme',
        'garbage.json',
        '--record',
        'list.json',
        '--key',
        'binary.bin',
        '--issuer',
        'list.json',
      ],
      ['keygen', '--out', 'issuer'],
      ['new-pack', 'new-dir', '--country', 'SV'],
    ];
    // A small deterministic generator (mulberry32), so a failure names a reproducible command line.
    let seed = 20260528;
    const random = () => {
      seed = (seed + 0x6d2b79f5) | 0;
      let x = Math.imul(seed ^ (seed >>> 15), 1 | seed);
      x = (x + Math.imul(x ^ (x >>> 7), 61 | x)) ^ x;
      return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
    };
    const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)] as T;

    const seen = new Set<number>();
    for (let i = 0; i < 150; i++) {
      // A command, usually an argument, then a few options, usually with a value.
      const argv = random() < 0.5 ? [...pick(nearValid)] : [pick(commands)];
      if (argv.length === 1 && random() < 0.8) argv.push(pick(values));
      for (let k = Math.floor(random() * (argv.length > 2 ? 2 : 4)); k > 0; k--) {
        const mine = own[argv[0] as string];
        argv.push(mine !== undefined && random() < 0.85 ? pick(mine) : pick(flags));
        if (random() < 0.7) argv.push(pick(values));
      }
      let out = '';
      let err = '';
      const code = await run(argv, {
        stdout: { write: (text: string) => (out += text) },
        stderr: { write: (text: string) => (err += text) },
        stdin: Readable.from([]),
        env: { LANG: 'en_US.UTF-8' },
        cwd,
        now: () => new Date('2026-05-28T12:00:00Z'),
      });
      const shown = JSON.stringify(argv);
      expect([0, 1, 2], shown).toContain(code);
      seen.add(code);
      expect(err, shown).not.toMatch(/\n\s+at /);
      expect(err, shown).not.toContain('unexpected error');
      if (code === 2) expect(err, shown).toMatch(/^ruta: [^\n]+\n$/);
      if (code !== 0) expect(err + out, shown).not.toBe('');
    }
    // The command lines reach real work too, not only usage errors.
    expect([...seen].sort()).toEqual([0, 1, 2]);
  });
});
