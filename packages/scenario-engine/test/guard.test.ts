import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parsePack } from '../src/index';
import { samplePack } from './fixtures/sample-pack';

describe('parsePack on malformed input', () => {
  it('never throws, whatever JSON-like value it is given', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 6 }), (value) => {
        const parsed = parsePack(value);
        expect(parsed.ok).toBe(false);
      }),
      { numRuns: 300 },
    );
  });

  it('never throws on values JSON cannot hold', () => {
    const weird: unknown[] = [
      () => 1,
      Symbol('x'),
      10n,
      new Date(0),
      new Map([['id', 'x']]),
      Object.assign(Object.create({ inherited: true }), { format: 'ruta.pack/1' }),
      { ...samplePack, scenarios: [new (class Scenario {})()] },
      {
        get format() {
          throw new Error('boom');
        },
      },
      new Proxy(
        {},
        {
          ownKeys() {
            throw new Error('no keys');
          },
        },
      ),
    ];
    for (const value of weird) {
      const parsed = parsePack(value);
      expect(parsed.ok).toBe(false);
      if (!parsed.ok) expect(parsed.issues.length).toBeGreaterThan(0);
    }
  });

  it('reports a cycle instead of looping', () => {
    const pack = structuredClone(samplePack) as unknown as Record<string, unknown>;
    const scenario = (pack.scenarios as Record<string, unknown>[])[0] as Record<string, unknown>;
    scenario.self = scenario;
    const parsed = parsePack(pack);
    expect(parsed).toMatchObject({
      ok: false,
      issues: [{ path: 'scenarios[0].self', message: expect.stringMatching(/cycle/) }],
    });
  });

  it('reports nesting deeper than 64 levels', () => {
    let condition: unknown = { noted: 'ilo-deception' };
    for (let i = 0; i < 200; i++) condition = { not: condition };
    const pack = structuredClone(samplePack) as unknown as {
      scenarios: { nodes: Record<string, { choices: object[] }> }[];
    };
    Object.assign(pack.scenarios[0]?.nodes.arrival?.choices[0] ?? {}, { when: condition });
    const parsed = parsePack(pack);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.issues[0]?.message).toMatch(/nested more than 64 levels/);
  });

  it('accepts deep but reasonable conditions', () => {
    let condition: unknown = { noted: 'ilo-deception' };
    for (let i = 0; i < 20; i++) condition = { not: condition };
    const pack = structuredClone(samplePack) as unknown as {
      scenarios: { nodes: Record<string, { choices: object[] }> }[];
    };
    Object.assign(pack.scenarios[0]?.nodes.arrival?.choices[0] ?? {}, { when: condition });
    expect(parsePack(pack).ok).toBe(true);
  });

  it('reports a huge string with its path', () => {
    const pack = structuredClone(samplePack) as unknown as Record<string, unknown>;
    pack.description = { es: 'x'.repeat(100_001), en: 'x' };
    const parsed = parsePack(pack);
    expect(parsed).toMatchObject({
      ok: false,
      issues: [{ path: 'description.es', message: expect.stringMatching(/100001 characters is too long/) }],
    });
  });

  it('rejects __proto__, constructor and prototype keys and pollutes nothing', () => {
    for (const key of ['__proto__', 'constructor', 'prototype']) {
      const pack = JSON.parse(
        JSON.stringify(samplePack).replace('"arrival":{', `"${key}":{"polluted":true},"arrival":{`),
      );
      const parsed = parsePack(pack);
      expect(parsed.ok).toBe(false);
      if (!parsed.ok)
        expect(parsed.issues).toContainEqual({
          packId: 'sv-sample',
          path: `scenarios[0].nodes.${key}`,
          message: expect.stringMatching(/is not allowed/),
        });
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
