import { describe, expect, it } from 'vitest';
import { parseParticipant } from '../src/index';

const carla = {
  id: 'carla-reyes',
  name: 'Carla Reyes',
  country: 'HN',
  institution: 'Instituto Nacional de Migración',
  sector: 'government',
  role: 'migration-officer',
};

describe('parseParticipant', () => {
  it('accepts an official of an RCM member country', () => {
    expect(parseParticipant(carla)).toEqual({ ok: true, value: carla });
  });

  it('rejects a country outside the RCM and an unknown role, naming what was found', () => {
    const result = parseParticipant({ ...carla, country: 'ES', role: 'border-guard' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues.map((i) => i.path)).toEqual(['country', 'role']);
    expect(result.issues[0]?.message).toBe(
      'must be the code of an RCM member country (BZ, CA, CR, DO, SV, GT, HN, MX, NI, PA, US), found the text "ES"',
    );
    expect(result.issues[1]?.message).toMatch(
      /^must be one of "migration-officer", .*found the text "border-guard"$/,
    );
  });

  it('rejects a sector that contradicts the role', () => {
    expect(parseParticipant({ ...carla, role: 'judge', sector: 'civil-society' })).toEqual({
      ok: false,
      issues: [{ path: 'sector', message: 'a judge works for the government, not civil society' }],
    });
    expect(parseParticipant({ ...carla, role: 'ngo-caseworker' })).toEqual({
      ok: false,
      issues: [{ path: 'sector', message: 'an ngo-caseworker works for civil society, not the government' }],
    });
    expect(parseParticipant({ ...carla, role: 'shelter-staff', sector: 'civil-society' }).ok).toBe(true);
  });

  it('rejects an empty name and a missing sector', () => {
    const { sector: _sector, ...withoutSector } = carla;
    expect(parseParticipant({ ...withoutSector, name: '   ' })).toEqual({
      ok: false,
      issues: [
        { path: 'name', message: 'must not be empty' },
        { path: 'sector', message: 'is required (one of "government", "civil-society")' },
      ],
    });
  });
});
