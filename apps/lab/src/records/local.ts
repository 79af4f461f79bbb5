import type { TrustedIssuer } from '@ruta/certification/verify';
import { moduleIds } from '@ruta/curriculum';
import labConfig from '../../ruta.config.ts';
import type { BundlePerson } from './bundle';

/**
 * What the records and verification pages keep on this device, in localStorage beside the lab's own data:
 * the name, id and cohort the trainee entered for the results bundle, and the issuer keys the user added.
 * Nothing here is ever put in an export but the person and cohort of the bundle itself.
 */
const personKey = 'ruta-lab:records-person';
const keysKey = 'ruta-lab:trusted-keys';

function read(key: string): unknown {
  try {
    const raw = globalThis.localStorage?.getItem(key);
    return raw ? JSON.parse(raw) : undefined;
  } catch {
    return undefined;
  }
}

function write(key: string, value: unknown) {
  try {
    globalThis.localStorage?.setItem(key, JSON.stringify(value));
  } catch {
    // Storage full or denied: the lab's notice already says so; the value lives for this page only.
  }
}

export const defaultPerson: BundlePerson = {
  id: '',
  name: '',
  cohortId: '',
  modules: [...moduleIds],
  plannedHours: 100,
};

export function loadPerson(): BundlePerson {
  const stored = read(personKey);
  if (typeof stored !== 'object' || stored === null) return { ...defaultPerson };
  const s = stored as Partial<BundlePerson>;
  return {
    id: typeof s.id === 'string' ? s.id : '',
    name: typeof s.name === 'string' ? s.name : '',
    cohortId: typeof s.cohortId === 'string' ? s.cohortId : '',
    modules: Array.isArray(s.modules)
      ? s.modules.filter((m) => (moduleIds as readonly unknown[]).includes(m))
      : [...moduleIds],
    plannedHours: typeof s.plannedHours === 'number' ? s.plannedHours : 100,
  };
}

export function savePerson(person: BundlePerson) {
  write(personKey, person);
}

/** A key the user added: bound to the issuer id they entered, with a label to recognise it. */
export interface UserKey {
  issuerId: string;
  label: string;
  jwk: Extract<TrustedIssuer, { jwk: unknown }>['jwk'];
}

/** The program's trusted issuers, from `ruta.config.ts` (public keys only; the build refuses a private one). */
export const programIssuers: readonly UserKey[] = (labConfig.trustedIssuers ?? []).map((i) => ({
  issuerId: i.issuerId,
  label: i.name,
  jwk: i.jwk,
}));

export function loadUserKeys(): UserKey[] {
  const stored = read(keysKey);
  if (!Array.isArray(stored)) return [];
  return stored.filter(
    (k): k is UserKey =>
      typeof k === 'object' &&
      k !== null &&
      typeof k.issuerId === 'string' &&
      typeof k.label === 'string' &&
      typeof k.jwk === 'object' &&
      k.jwk !== null,
  );
}

export function saveUserKeys(keys: readonly UserKey[]) {
  write(keysKey, keys);
}

export type KeyProblem = 'json' | 'private' | 'not-a-key' | 'issuer';

/** Reads a public JWK the user pasted (a JWK, or `{ "issuerId", "jwk" }`); says what is wrong otherwise. */
export function parseUserKey(
  text: string,
  issuerId: string,
): { ok: true; key: UserKey } | { ok: false; problem: KeyProblem } {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { ok: false, problem: 'json' };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    return { ok: false, problem: 'not-a-key' };
  let jwk = value as Record<string, unknown>;
  let issuer = issuerId.trim();
  if (typeof jwk.jwk === 'object' && jwk.jwk !== null) {
    if (issuer === '' && typeof jwk.issuerId === 'string') issuer = jwk.issuerId;
    jwk = jwk.jwk as Record<string, unknown>;
  }
  if ('d' in jwk) return { ok: false, problem: 'private' };
  const usable =
    (jwk.kty === 'OKP' && jwk.crv === 'Ed25519' && typeof jwk.x === 'string') ||
    (jwk.kty === 'RSA' && typeof jwk.n === 'string' && typeof jwk.e === 'string');
  if (!usable) return { ok: false, problem: 'not-a-key' };
  if (!/^(https:\/\/|did:)\S+$/.test(issuer)) return { ok: false, problem: 'issuer' };
  const kid = typeof jwk.kid === 'string' ? jwk.kid : String(jwk.x ?? jwk.n).slice(0, 12);
  return { ok: true, key: { issuerId: issuer, label: kid, jwk: jwk as unknown as UserKey['jwk'] } };
}
