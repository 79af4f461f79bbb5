import { describe, expect, it } from 'vitest';
import { parseFacilitator } from '../src/index';

const ana = {
  id: 'ana-morales',
  name: 'Ana Morales',
  expertise: ['prevention', 'prosecution'],
  country: 'GT',
  contributedByMemberCountry: true,
};

describe('parseFacilitator', () => {
  it('accepts an expert with areas of expertise', () => {
    expect(parseFacilitator(ana)).toEqual({ ok: true, value: ana });
  });

  it('rejects an expert without expertise, a repeated area, and a non-boolean contribution flag', () => {
    expect(parseFacilitator({ ...ana, expertise: [] })).toEqual({
      ok: false,
      issues: [{ path: 'expertise', message: 'needs at least one area of expertise' }],
    });
    expect(parseFacilitator({ ...ana, expertise: ['protection', 'protection'] })).toEqual({
      ok: false,
      issues: [{ path: 'expertise[1]', message: '"protection" is listed twice' }],
    });
    expect(parseFacilitator({ ...ana, contributedByMemberCountry: 'yes' })).toEqual({
      ok: false,
      issues: [
        { path: 'contributedByMemberCountry', message: 'expected true or false, found the text "yes"' },
      ],
    });
  });
});
