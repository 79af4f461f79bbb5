import { describe, expect, it } from 'vitest';
import { CertificationScheme, parseScheme, schemeJsonSchema } from '../src/scheme';
import { testScheme } from './fixtures/training';

describe('parseScheme', () => {
  it("validates a country's own scheme", () => {
    expect(parseScheme({ ...testScheme, id: 'gt-certification', country: 'GT' }).ok).toBe(true);
  });

  it('reports every problem with its JSON path and never throws', () => {
    const input = structuredClone(testScheme) as unknown as {
      country: string;
      kinds: {
        completion: {
          performance: { areaThresholds: Record<string, number> };
          title: Record<string, string>;
        };
        trainer: Record<string, unknown>;
        participation: { validityMonths: number };
      };
    };
    input.kinds.completion.performance.areaThresholds.protection = 1.5;
    input.kinds.completion.title = { es: 'Aprobación', en: 'Completion' };
    input.kinds.trainer.minColleges = 5;
    input.kinds.participation.validityMonths = 0;
    input.country = 'BR';
    const parsed = parseScheme(input);
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.issues).toEqual(
      expect.arrayContaining([
        {
          path: 'kinds.completion.performance.areaThresholds.protection',
          message: 'must be between 0 and 1',
        },
        { path: 'kinds.completion.title.fr', message: 'missing the French (fr) translation' },
        {
          path: 'kinds.trainer.minColleges',
          message: 'unknown field (a typo? only the documented fields are allowed)',
        },
        { path: 'kinds.participation.validityMonths', message: 'must be 1 month or more' },
        { path: 'country', message: 'must be an RCM member country code or "RCM"' },
      ]),
    );
    expect(parsed.issues).toHaveLength(5);
    expect(parseScheme(null).ok).toBe(false);
    expect(parseScheme('scheme').ok).toBe(false);
  });

  it('checks the kinds against each other', () => {
    const { completion: _completion, ...withoutCompletion } = testScheme.kinds;
    const parsed = parseScheme({
      ...testScheme,
      kinds: {
        ...withoutCompletion,
        renewal: { ...testScheme.kinds.renewal, renews: ['completion', 'trainer'] },
        participation: { ...testScheme.kinds.participation, minAttendance: 0.95 },
      },
    });
    expect(parsed.ok ? [] : parsed.issues).toEqual([
      {
        path: 'kinds.trainer',
        message: 'a trainer certificate builds on completion: define kinds.completion too',
      },
      { path: 'kinds.renewal.renews[0]', message: 'renews "completion", which this scheme does not define' },
    ]);
    const stages = parseScheme({
      ...testScheme,
      kinds: {
        ...testScheme.kinds,
        completion: {
          ...testScheme.kinds.completion,
          minAttendance: 0.5,
          performance: {
            ...testScheme.kinds.completion?.performance,
            requiredStages: ['shelter', 'shelter'],
          },
        },
      },
    });
    expect(stages.ok ? [] : stages.issues).toEqual([
      { path: 'kinds.completion.performance.requiredStages[1]', message: 'stage "shelter" is listed twice' },
      {
        path: 'kinds.completion.minAttendance',
        message: "is lower than participation's (0.75): completion must ask at least as much attendance",
      },
    ]);
  });

  it('rejects a scheme with no kind at all', () => {
    const parsed = parseScheme({ ...testScheme, kinds: {} });
    expect(parsed.ok ? [] : parsed.issues).toEqual([
      { path: 'kinds', message: 'must define at least one kind of certificate' },
    ]);
  });
});

describe('schemeJsonSchema', () => {
  it('describes the scheme for editors, from the zod schema', () => {
    const json = schemeJsonSchema() as { properties: Record<string, unknown>; required: string[] };
    expect(Object.keys(json.properties)).toEqual(Object.keys(CertificationScheme.shape));
    const kinds = json.properties.kinds as { properties: Record<string, unknown> };
    expect(Object.keys(kinds.properties)).toEqual(['participation', 'completion', 'trainer', 'renewal']);
    expect(json.required).toEqual(
      expect.arrayContaining(['format', 'id', 'version', 'country', 'title', 'competencyFramework', 'kinds']),
    );
  });
});
