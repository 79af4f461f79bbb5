import { describe, expect, it } from 'vitest';
import { parseAccreditation, regionalProgram } from '../src/index';

describe('parseAccreditation', () => {
  it('accepts the regional program’s accreditation', () => {
    expect(parseAccreditation(regionalProgram.accreditation)).toEqual({
      ok: true,
      value: regionalProgram.accreditation,
    });
  });

  it('rejects a credit rule with zero or negative hours and an accreditation without bodies', () => {
    const result = parseAccreditation({
      ...regionalProgram.accreditation,
      creditsPerHours: { hours: 0, credits: -1 },
      bodies: [],
    });
    expect(result).toEqual({
      ok: false,
      issues: [
        { path: 'creditsPerHours.hours', message: 'must be more than 0 hours' },
        { path: 'creditsPerHours.credits', message: 'must be more than 0 credits' },
        { path: 'bodies', message: 'needs at least one accrediting body' },
      ],
    });
  });

  it('rejects a status other than sought or granted', () => {
    const result = parseAccreditation({ ...regionalProgram.accreditation, status: 'pending' });
    expect(result).toEqual({
      ok: false,
      issues: [{ path: 'status', message: 'must be one of "sought", "granted", found the text "pending"' }],
    });
  });
});
