import { describe, expect, it } from 'vitest';
import { parseRecord, recordJsonSchema } from '../src/record';
import { ana } from './fixtures/training';

describe('parseRecord', () => {
  it('accepts a complete record', () => {
    const parsed = parseRecord(ana());
    expect(parsed.ok ? [] : parsed.issues).toEqual([]);
  });

  it('names the path of every problem, in the domain’s terms', () => {
    const record = ana() as unknown as Record<string, unknown> & {
      person: Record<string, unknown>;
      scenarioResults: Record<string, unknown>[];
    };
    record.person.role = 'border-guard';
    record.replications = [{ date: '2026-06-10', place: 'San Salvador', country: 'SV', attendees: [] }];
    record.priorCertificates = [
      { id: 'c-1', kind: 'completion', issuedOn: '2026-01-10', validUntil: '2025-01-09' },
    ];
    record.scenarioResults[0] = { ...record.scenarioResults[0], completedAt: '2026-06-01' };
    const parsed = parseRecord(record);
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.issues.map((issue) => issue.path)).toEqual([
      'person.role',
      'scenarioResults[0].completedAt',
      'replications[0].attendees',
      'priorCertificates[0].validUntil',
    ]);
    expect(parsed.issues[2]?.message).toBe('needs at least one attendee');
    expect(parsed.issues[3]?.message).toBe('validUntil is before issuedOn');
  });

  it('never throws, whatever the input', () => {
    for (const input of [undefined, null, 42, 'record', [], { person: null }])
      expect(parseRecord(input).ok).toBe(false);
  });
});

describe('recordJsonSchema', () => {
  it('describes every field of a record, with the limits parseRecord enforces', () => {
    const schema = recordJsonSchema() as {
      $schema: string;
      required: string[];
      additionalProperties: boolean;
      properties: Record<string, { items?: { properties?: Record<string, Record<string, unknown>> } }>;
    };
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.required).toEqual([
      'person',
      'cohort',
      'attendance',
      'scenarioResults',
      'replications',
      'priorCertificates',
    ]);
    expect(schema.additionalProperties).toBe(false);
    const session = schema.properties.attendance?.items?.properties;
    expect(session?.hours).toMatchObject({ type: 'number', maximum: 12 });
    const result = schema.properties.scenarioResults?.items?.properties;
    expect(result?.completedAt).toMatchObject({ type: 'string', format: 'date-time' });
  });
});
