import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ruta, scaffold, temporaryDirectory, writeJson } from './ruta';

const actor = 'https://lms.example.org|ana.perez';
const registration = '6f1c7a52-2d1e-4c55-9f8e-3b2a1d0c9e87';

function playedResult(dir: string): string {
  const run = ruta([
    'play',
    dir,
    '--scenario',
    'farm-inspection',
    '--choices',
    'talk-in-private,refer-to-shelter',
    '--json',
  ]);
  expect(run.code).toBe(0);
  return writeJson(join(temporaryDirectory(), 'result.json'), JSON.parse(run.stdout));
}

describe('ruta xapi', () => {
  it('turns a play result into xAPI statements for an LRS, with stable ids for a registration', () => {
    const dir = scaffold();
    const file = playedResult(dir);
    const args = [
      'xapi',
      file,
      '--actor',
      actor,
      '--registration',
      registration,
      '--timestamp',
      '2026-03-05T15:00:00Z',
    ];
    const run = ruta([...args, '--pack', dir]);
    expect(run.code, run.stderr).toBe(0);
    const statements = JSON.parse(run.stdout) as {
      id: string;
      actor: { account: { homePage: string; name: string } };
      verb: { id: string };
      object: { id: string; definition?: { name?: Record<string, string> } };
    }[];
    expect(statements.map((s) => s.verb.id.split('/').pop())).toEqual([
      'launched',
      'answered',
      'answered',
      'completed',
      'passed',
    ]);
    expect(statements[0]?.actor.account).toEqual({ homePage: 'https://lms.example.org', name: 'ana.perez' });
    expect(statements[0]?.object.definition?.name?.en).toBe('Labour inspection at a farm');
    const again = JSON.parse(ruta(args).stdout) as { id: string }[];
    expect(again.map((s) => s.id)).toEqual(statements.map((s) => s.id));
  });

  it('refuses a bad actor or registration (exit 2) and a file of something else (exit 1)', () => {
    const dir = scaffold();
    const file = playedResult(dir);
    expect(ruta(['xapi', file, '--actor', 'ana.perez']).code).toBe(2);
    expect(ruta(['xapi', file, '--actor', actor, '--registration', '42']).stderr).toBe(
      'ruta: --registration "42" is not a UUID\n',
    );
    const notResult = writeJson(join(temporaryDirectory(), 'x.json'), [{ hello: 'world' }]);
    const run = ruta(['xapi', notResult, '--actor', actor]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^ruta: result 0: not a play result/);
  });
});
