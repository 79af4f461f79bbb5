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

  it('takes no arguments', () => {
    const run = ruta(['schema', 'pack.json']);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('ruta: unexpected argument "pack.json"\n');
  });

  it('ends quietly when the reader closes the pipe early (ruta schema | head)', () => {
    const run = spawnSync('sh', ['-c', `"${process.execPath}" "${binPath}" schema | head -c 20`], {
      encoding: 'utf8',
    });
    expect(run.stdout).toBe('{\n  "$schema": "http');
    expect(run.stderr).toBe('');
  });
});
