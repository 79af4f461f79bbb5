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
