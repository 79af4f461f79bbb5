import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type DocumentKind,
  documentKinds,
  parseAccreditation,
  parseAttendance,
  parseCohort,
  parseContribution,
  parseFacilitator,
  parseModule,
  parseParticipant,
  parseProgram,
  toJSONSchema,
} from '../src/index';

describe('toJSONSchema', () => {
  it('describes every document type as JSON Schema draft 2020-12', () => {
    expect(documentKinds).toEqual([
      'program',
      'module',
      'cohort',
      'participant',
      'facilitator',
      'attendance',
      'contribution',
      'accreditation',
    ]);
    for (const kind of documentKinds) {
      const schema = toJSONSchema(kind);
      expect(schema.$schema, kind).toBe('https://json-schema.org/draft/2020-12/schema');
      // A discriminated union (contribution) is a oneOf of objects; the others are objects.
      const objects = (schema.oneOf as Record<string, unknown>[] | undefined) ?? [schema];
      for (const object of objects) {
        expect(object.type, kind).toBe('object');
        expect(Object.keys(object.properties as object).length, kind).toBeGreaterThan(1);
        expect(object.additionalProperties, `${kind} rejects unknown fields`).toBe(false);
      }
    }
  });

  it('carries the constraints a partner’s editor can check', () => {
    const cohort = toJSONSchema('cohort') as {
      properties: Record<string, { items?: { properties?: Record<string, unknown> } }>;
      required: string[];
    };
    expect(cohort.required).toEqual(
      expect.arrayContaining(['id', 'programId', 'start', 'end', 'sessions', 'participants']),
    );
    expect(cohort.properties.sessions?.items?.properties?.hours).toEqual({
      type: 'number',
      exclusiveMinimum: 0,
      maximum: 12,
    });
    const participant = toJSONSchema('participant') as { properties: { country: { enum: string[] } } };
    expect(participant.properties.country.enum).toContain('SV');
    expect(participant.properties.country.enum).not.toContain('ES');
  });

  it('throws a clear error for a kind it does not know (a programming error, not bad data)', () => {
    expect(() => toJSONSchema('curriculum' as DocumentKind)).toThrow(
      'unknown document kind "curriculum": use one of program, module, cohort',
    );
  });
});

describe('parse functions', () => {
  const parsers = [
    parseProgram,
    parseModule,
    parseCohort,
    parseParticipant,
    parseFacilitator,
    parseAttendance,
    parseContribution,
    parseAccreditation,
  ];

  it('never throw and always name a path, whatever they are given', () => {
    fc.assert(
      fc.property(fc.anything(), fc.constantFrom(...parsers), (input, parse) => {
        const result = parse(input);
        if (!result.ok)
          for (const issue of result.issues) {
            expect(issue.path.length).toBeGreaterThan(0);
            expect(issue.message.length).toBeGreaterThan(0);
          }
      }),
    );
  });

  it('report a value that cannot be read instead of throwing', () => {
    const hostile = new Proxy(
      {},
      {
        ownKeys() {
          throw new Error('no access');
        },
        get() {
          throw new Error('no access');
        },
      },
    );
    expect(parseParticipant(hostile)).toEqual({
      ok: false,
      issues: [{ path: '(root)', message: 'could not be read: no access' }],
    });
  });
});
