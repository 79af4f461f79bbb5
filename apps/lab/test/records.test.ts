import { describe, expect, it, vi } from 'vitest';

// The built-in packs come from the build's virtual module; these tests need none of them.
vi.mock('../src/packs', () => ({
  packs: [],
  findPack: () => undefined,
  loadPack: () => Promise.reject(new Error('no packs here')),
  registerRuntimePack: () => undefined,
  unregisterRuntimePack: () => undefined,
}));

import { countedAttempts, personProblems, suggestId } from '../src/records/bundle';
import { parseUserKey } from '../src/records/local';
import { normalizeEndpoint } from '../src/records/lrs-config';
import { compareVersions } from '../src/runtime-packs';
import type { Attempt } from '../src/storage';

const attempt = (id: string, completedAt: string, practice?: Attempt['practice']): Attempt => ({
  id,
  packId: 'rcm-regional',
  packVersion: '2.0.0',
  scenarioId: 'identification-border-post',
  events: ['c:a'],
  startedAt: completedAt,
  completedAt,
  ...(practice ? { practice } : {}),
});

describe('the results bundle', () => {
  it('leaves practice attempts out and keeps the others in the order they were completed', () => {
    const kept = countedAttempts([
      attempt('b', '2026-06-02T10:00:00Z'),
      attempt('p', '2026-06-03T10:00:00Z', { from: 'b', eventIndex: 1 }),
      attempt('a', '2026-06-01T10:00:00Z'),
    ]);
    expect(kept.map((a) => a.id)).toEqual(['a', 'b']);
  });

  it('suggests an id from a name and names what is wrong with the person', () => {
    expect(suggestId('  Ana  Pérez Núñez ')).toBe('ana-perez-nunez');
    const ok = {
      id: 'ana-perez',
      name: 'Ana Pérez',
      cohortId: 'rcm-2026-gt-1',
      modules: ['M1' as const],
      plannedHours: 40,
    };
    expect(personProblems(ok)).toEqual([]);
    expect(
      personProblems({ ...ok, id: 'Ana Pérez', name: ' ', modules: [], plannedHours: 0, cohortId: '' }),
    ).toEqual(['name', 'id', 'cohortId', 'modules', 'plannedHours']);
  });
});

describe('LRS and trusted keys', () => {
  it('accepts an http(s) endpoint without credentials in it, with a trailing slash', () => {
    expect(normalizeEndpoint('https://lrs.example.org/xapi')).toBe('https://lrs.example.org/xapi/');
    expect(normalizeEndpoint('https://user:pw@lrs.example.org/xapi/')).toBeUndefined();
    expect(normalizeEndpoint('ftp://lrs.example.org/')).toBeUndefined();
    expect(normalizeEndpoint('not a url')).toBeUndefined();
  });

  it('refuses a private key, a non-key and a key without an issuer id', () => {
    const x = 'a'.repeat(43);
    expect(
      parseUserKey(JSON.stringify({ kty: 'OKP', crv: 'Ed25519', x, d: x }), 'https://rcm.example.org/issuer'),
    ).toEqual({
      ok: false,
      problem: 'private',
    });
    expect(parseUserKey('{', 'https://rcm.example.org/issuer')).toEqual({ ok: false, problem: 'json' });
    expect(parseUserKey('{"kty":"oct","k":"x"}', 'https://rcm.example.org/issuer')).toEqual({
      ok: false,
      problem: 'not-a-key',
    });
    expect(parseUserKey(JSON.stringify({ kty: 'OKP', crv: 'Ed25519', x }), '')).toEqual({
      ok: false,
      problem: 'issuer',
    });
    const bound = parseUserKey(
      JSON.stringify({ issuerId: 'did:web:rcm.example.org', jwk: { kty: 'OKP', crv: 'Ed25519', x } }),
      '',
    );
    expect(bound.ok && bound.key.issuerId).toBe('did:web:rcm.example.org');
  });
});

describe('imported pack versions', () => {
  it('orders semantic versions, pre-releases before their release', () => {
    const sorted = ['1.10.0', '1.2.0', '1.2.0-beta.2', '1.2.0-beta.10', '0.9.9'].sort(compareVersions);
    expect(sorted).toEqual(['0.9.9', '1.2.0-beta.2', '1.2.0-beta.10', '1.2.0', '1.10.0']);
  });
});
