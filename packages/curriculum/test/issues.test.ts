import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { formatPath, issuesFromZod, parseWith } from '../src/index';

describe('formatPath', () => {
  it('writes JSON paths with brackets for indexes and quoted odd keys', () => {
    expect(formatPath(['sessions', 2, 'facilitatorIds', 0])).toBe('sessions[2].facilitatorIds[0]');
    expect(formatPath(['nodes', 'border-post', 'text'])).toBe('nodes.border-post.text');
    expect(formatPath(['labels', 'a b'])).toBe('labels["a b"]');
    expect(formatPath([])).toBe('(root)');
  });
});

describe('issuesFromZod', () => {
  it('reports each unknown field at its own path', () => {
    const schema = z.strictObject({ venue: z.strictObject({ city: z.string() }) });
    const result = schema.safeParse({ venue: { city: 'San Salvador', cty: 'x', zip: 1 }, edtion: 2 });
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(issuesFromZod(result.error).map((issue) => issue.path)).toEqual([
      'venue.cty',
      'venue.zip',
      'edtion',
    ]);
  });
});

describe('parseWith', () => {
  const Hours = z.strictObject({ hours: z.number().positive(), status: z.enum(['present', 'absent']) });

  it('says what it found when the type is wrong, and what is required when it is missing', () => {
    expect(parseWith(Hours, { hours: '6' })).toEqual({
      ok: false,
      issues: [
        { path: 'hours', message: 'expected a number, found the text "6"' },
        { path: 'status', message: 'is required (one of "present", "absent")' },
      ],
    });
    expect(parseWith(Hours, null)).toEqual({
      ok: false,
      issues: [{ path: '(root)', message: 'expected an object, found null' }],
    });
  });

  it('uses the schema’s own message when it has one', () => {
    const Hour = z.number().positive('must be more than 0 hours');
    expect(parseWith(Hour, -1)).toEqual({
      ok: false,
      issues: [{ path: '(root)', message: 'must be more than 0 hours' }],
    });
    expect(parseWith(z.number().positive(), -1)).toEqual({
      ok: false,
      issues: [{ path: '(root)', message: 'must be more than 0' }],
    });
  });
});
