import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { binPath, ruta } from './ruta';

describe('ruta schema', () => {
  it('prints the JSON Schema (2020-12) of ruta.pack/1 for editors', () => {
    const run = ruta(['schema']);
    expect(run.code).toBe(0);
    const schema = JSON.parse(run.stdout);
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.title).toContain('ruta.pack/1');
    expect(schema.required).toEqual(expect.arrayContaining(['format', 'id', 'version', 'scenarios']));
    expect(schema.properties.scenarios.type).toBe('array');
    expect(schema.additionalProperties).toBe(false);
  });

  it('prints the JSON Schema of a trainee record (what certify --record reads) and of a scheme', () => {
    const run = ruta(['schema', 'record']);
    expect(run.code).toBe(0);
    const schema = JSON.parse(run.stdout);
    expect(schema.title).toBe('Ruta trainee record');
    expect(Object.keys(schema.properties)).toEqual(
      expect.arrayContaining(['person', 'cohort', 'attendance', 'scenarioResults', 'priorCertificates']),
    );
    expect(schema.properties.scenarioResults.items.properties.completedAt.format).toBe('date-time');
    expect(JSON.parse(ruta(['schema', 'scheme']).stdout).properties.kinds.type).toBe('object');
    expect(ruta(['schema', 'pack']).stdout).toBe(ruta(['schema']).stdout);
  });

  it('names the schemas it knows and takes one at most', () => {
    const unknown = ruta(['schema', 'pack.json']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toBe(
      'ruta: ruta schema "pack.json" is not valid; possible values: pack, record, scheme\n',
    );
    const extra = ruta(['schema', 'record', 'pack']);
    expect(extra.code).toBe(2);
    expect(extra.stderr).toBe('ruta: unexpected argument "pack"\n');
  });

  it('ends quietly when the reader closes the pipe early (ruta schema | head)', () => {
    const run = spawnSync('sh', ['-c', `"${process.execPath}" "${binPath}" schema | head -c 20`], {
      encoding: 'utf8',
    });
    expect(run.stdout).toBe('{\n  "$schema": "http');
    expect(run.stderr).toBe('');
  });
});
