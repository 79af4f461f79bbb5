import { readFileSync } from 'node:fs';
import Ajv2019 from 'ajv/dist/2019';
import addFormats from 'ajv-formats';
import { base64url, CompactSign, exportJWK, generateKeyPair } from 'jose';
import { beforeAll, describe, expect, it } from 'vitest';
import { issueCredential } from '../src/credential';
import { evaluate } from '../src/evaluation';
import { exportPublicJwk, generateIssuerKeys, type IssuerKeys, signRevocationList } from '../src/signing';
import {
  maxClockToleranceSeconds,
  VerificationOptionError,
  verifyCredential,
  verifyRevocationList,
} from '../src/verify';
import { ana, asOf, packs, testScheme } from './fixtures/training';

const schema = JSON.parse(
  readFileSync(new URL('./fixtures/ob-v3p0-achievementcredential-schema.json', import.meta.url), 'utf8'),
);
const ajv = new Ajv2019({ strict: false, allErrors: true });
addFormats(ajv);
const validateAchievementCredential = ajv.compile(schema);

const issuer = { id: 'https://oim.example.org/el-salvador', name: 'OIM El Salvador' };
let keys: IssuerKeys;
let trusted: { issuerId: string; jwk: Awaited<ReturnType<typeof exportPublicJwk>> }[];
/** A completion credential issued 2026-06-30T15:00:00Z, valid until 2028-06-29T23:59:59Z. */
let expiring: string;

beforeAll(async () => {
  keys = await generateIssuerKeys('EdDSA');
  trusted = [{ issuerId: issuer.id, jwk: await exportPublicJwk(keys) }];
  const issued = await issueCredential({
    scheme: testScheme,
    evaluation: evaluate(testScheme, ana(), { packs, asOf }),
    kind: 'completion',
    issuer,
    privateKey: keys,
    id: 'urn:uuid:6f1c1f9e-3b1a-4c8e-9d2a-1a2b3c4d5e6f',
    issuedAt: '2026-06-30T15:00:00Z',
  });
  if (!issued.ok) throw new Error(JSON.stringify(issued.issues));
  expiring = issued.jwt;
});

describe('the expiry instant (golden values)', () => {
  it('is exp = 1845935999 (2028-06-29T23:59:59Z): valid one second before, expired at that very second', async () => {
    const payload = JSON.parse(new TextDecoder().decode(base64url.decode(expiring.split('.')[1] as string)));
    expect(payload.exp).toBe(1845935999);
    expect(payload.nbf).toBe(1782831600);
    const at = (iso: string, clockToleranceSeconds?: number) =>
      verifyCredential(expiring, {
        trustedIssuers: trusted,
        now: iso,
        ...(clockToleranceSeconds === undefined ? {} : { clockToleranceSeconds }),
      });
    expect((await at('2028-06-29T23:59:58.999Z')).ok).toBe(true);
    expect(await at('2028-06-29T23:59:59Z')).toMatchObject({ ok: false, reason: 'expired' });
    // One second of tolerance moves the end by exactly one second.
    expect((await at('2028-06-29T23:59:59Z', 1)).ok).toBe(true);
    expect(await at('2028-06-30T00:00:00Z', 1)).toMatchObject({ ok: false, reason: 'expired' });
    // …and the start: valid from 2026-06-30T15:00:00Z.
    expect(await at('2026-06-30T14:59:59Z')).toMatchObject({ ok: false, reason: 'not-yet-valid' });
    expect((await at('2026-06-30T14:59:59Z', 1)).ok).toBe(true);
  });
});

describe('clock tolerance', () => {
  it('refuses NaN, infinities, negative, too large and non-numbers with a VerificationOptionError', async () => {
    for (const bad of [
      Number.NaN,
      Number.POSITIVE_INFINITY,
      Number.NEGATIVE_INFINITY,
      -1,
      maxClockToleranceSeconds + 1,
      '5',
    ]) {
      const verifying = verifyCredential(expiring, {
        trustedIssuers: trusted,
        now: '2040-01-01T00:00:00Z',
        clockToleranceSeconds: bad as number,
      });
      await expect(verifying, String(bad)).rejects.toThrow(VerificationOptionError);
      await expect(verifying).rejects.toThrow(
        /^clockToleranceSeconds: must be a number of seconds from 0 to 86400/,
      );
    }
  });

  it('accepts the documented maximum of one day (86400 s), which does not turn expiry off', async () => {
    expect(maxClockToleranceSeconds).toBe(86_400);
    const at = (now: string) =>
      verifyCredential(expiring, { trustedIssuers: trusted, now, clockToleranceSeconds: 86_400 });
    expect((await at('2028-06-30T23:59:58Z')).ok).toBe(true);
    expect(await at('2028-06-30T23:59:59Z')).toMatchObject({ ok: false, reason: 'expired' });
  });

  it('refuses a `now` that is not a date', async () => {
    await expect(verifyCredential(expiring, { trustedIssuers: trusted, now: 'soon' })).rejects.toThrow(
      'now: is not a valid date: soon',
    );
  });
});

/** A small deterministic generator (mulberry32), so every run flips the same characters. */
function random(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

function decodes(part: string): boolean {
  try {
    JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(base64url.decode(part)));
    return true;
  } catch {
    return false;
  }
}

describe('tampering', () => {
  it('reports 300 single-character flips of the payload as bad-signature (never malformed while it decodes)', async () => {
    const [header, payload, signature] = expiring.split('.') as [string, string, string];
    const next = random(13);
    const reasons: Record<string, number> = {};
    let stillDecoding = 0;
    for (let flip = 0; flip < 300; flip++) {
      const at = Math.floor(next() * payload.length);
      const original = payload[at] as string;
      let replacement = original;
      while (replacement === original) replacement = alphabet[Math.floor(next() * alphabet.length)] as string;
      const altered = payload.slice(0, at) + replacement + payload.slice(at + 1);
      const result = await verifyCredential([header, altered, signature].join('.'), {
        trustedIssuers: trusted,
        now: '2027-01-01T00:00:00Z',
      });
      const reason = result.ok ? 'accepted' : result.reason;
      reasons[reason] = (reasons[reason] ?? 0) + 1;
      if (decodes(altered)) {
        stillDecoding++;
        expect(reason, `flip at ${at}: ${original} → ${replacement}`).toBe('bad-signature');
      }
    }
    expect(reasons.accepted).toBeUndefined();
    // A flipped character inside the base64url alphabet keeps the token decodable as a JWS: all are "altered".
    expect(reasons).toEqual({ 'bad-signature': 300 });
    expect(stillDecoding).toBeGreaterThan(0);
  });

  it('refuses a credential signed by a key bound to another issuer: unknown-issuer', async () => {
    const other = await generateIssuerKeys('EdDSA');
    const foreign = await issueCredential({
      scheme: testScheme,
      evaluation: evaluate(testScheme, { ...ana(), scenarioResults: [] }, { packs, asOf }),
      kind: 'participation',
      issuer,
      privateKey: other,
      issuedAt: '2026-06-30T15:00:00Z',
    });
    if (!foreign.ok) throw new Error('not issued');
    const boundElsewhere = [{ issuerId: 'https://academia.example.org', jwk: await exportPublicJwk(other) }];
    const result = await verifyCredential(foreign.jwt, {
      trustedIssuers: boundElsewhere,
      now: '2027-01-01T00:00:00Z',
    });
    expect(result).toMatchObject({ ok: false, reason: 'unknown-issuer' });
    expect(result.ok ? '' : result.detail).toBe(
      'the key that signed it is trusted for https://academia.example.org, not for https://oim.example.org/el-salvador',
    );
    // The same key bare: the signature is genuine, the issuer's name is the credential's own claim.
    const bare = await verifyCredential(foreign.jwt, {
      trustedIssuers: [await exportPublicJwk(other)],
      now: '2027-01-01T00:00:00Z',
    });
    expect(bare).toMatchObject({ ok: true, issuerChecked: false });
  });
});

describe('signed revocation lists', () => {
  it("are checked signature first, and a key bound to an issuer signs only that issuer's list", async () => {
    const list = {
      format: 'ruta.revocations/1' as const,
      issuer: issuer.id,
      issued: '2026-07-01T00:00:00Z',
      credentialIds: ['urn:uuid:6f1c1f9e-3b1a-4c8e-9d2a-1a2b3c4d5e6f'],
    };
    const signed = await signRevocationList(list, { privateKey: keys });
    expect(await verifyRevocationList(signed, { trustedIssuers: trusted })).toEqual({
      ok: true,
      value: list,
    });
    const [header, payload, signature] = signed.split('.') as [string, string, string];
    const flipped = `${payload.slice(0, 10)}${payload[10] === 'A' ? 'B' : 'A'}${payload.slice(11)}`;
    expect(
      await verifyRevocationList([header, flipped, signature].join('.'), { trustedIssuers: trusted }),
    ).toMatchObject({
      ok: false,
      reason: 'bad-signature',
    });
    const elsewhere = [{ issuerId: 'https://academia.example.org', jwk: trusted[0]?.jwk as object }];
    expect(await verifyRevocationList(signed, { trustedIssuers: elsewhere })).toMatchObject({
      ok: false,
      reason: 'unknown-issuer',
    });
    await expect(
      verifyRevocationList(signed, { trustedIssuers: [{ kty: 'OKP', crv: 'Ed25519', x: 'x', d: 'd' }] }),
    ).rejects.toThrow(VerificationOptionError);
  });
});

/** An Open Badges 3.0 credential as another issuer writes it, with members Ruta does not write itself. */
const thirdParty = {
  '@context': [
    'https://www.w3.org/ns/credentials/v2',
    'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json',
    'https://purl.imsglobal.org/spec/ob/v3p0/extensions.json',
    { ex: 'https://badges.example.edu/terms#' },
  ],
  id: 'https://badges.example.edu/credentials/3732',
  type: ['VerifiableCredential', 'OpenBadgeCredential'],
  name: 'Victim-centred interviewing',
  issuer: {
    id: 'https://badges.example.edu/issuers/565049',
    type: ['Profile'],
    name: 'Example University',
    url: 'https://www.example.edu',
    email: 'badges@example.edu',
    image: { id: 'https://badges.example.edu/logo.png', type: 'Image' },
  },
  validFrom: '2026-01-01T00:00:00Z',
  validUntil: '2031-01-01T00:00:00Z',
  image: {
    id: 'https://badges.example.edu/badges/interviewing.png',
    type: 'Image',
    caption: 'Victim-centred interviewing badge',
  },
  credentialSubject: {
    id: 'did:example:ebfeb1f712ebc6f1c276e12ec21',
    type: ['AchievementSubject'],
    activityEndDate: '2025-12-15T00:00:00Z',
    narrative: 'Completed all three supervised interviews.',
    term: 'Fall 2025',
    result: [{ type: ['Result'], value: 'A' }],
    achievement: {
      id: 'https://badges.example.edu/achievements/interviewing',
      type: ['Achievement'],
      achievementType: 'Course',
      name: 'Victim-centred interviewing',
      description: 'Interviews a presumed victim of trafficking without re-traumatising them.',
      criteria: { narrative: 'Three supervised interviews assessed by two instructors.' },
      image: { id: 'https://badges.example.edu/badges/interviewing.png', type: 'Image' },
      tag: ['trafficking', 'interviewing'],
      alignment: [
        {
          type: ['Alignment'],
          targetName: 'Victim-centred interviewing',
          targetUrl: 'https://ruta.example.org/framework/items/example',
          targetType: 'CFItem',
        },
      ],
    },
  },
  evidence: [
    {
      id: 'https://badges.example.edu/evidence/3732',
      type: ['Evidence'],
      name: 'Assessment record',
      narrative: 'Two instructors observed and graded the interviews.',
    },
  ],
  termsOfUse: [{ id: 'https://badges.example.edu/terms', type: 'TrustEvidence' }],
  credentialSchema: [
    {
      id: 'https://purl.imsglobal.org/spec/ob/v3p0/schema/json/ob_v3p0_achievementcredential_schema.json',
      type: '1EdTechJsonSchemaValidator2019',
    },
  ],
};

describe('a third-party Open Badges 3.0 credential', () => {
  let otherKeys: IssuerKeys;
  let token: string;
  let anchors: { issuerId: string; jwk: Awaited<ReturnType<typeof exportPublicJwk>> }[];

  beforeAll(async () => {
    otherKeys = await generateIssuerKeys('RS256');
    const jwk = await exportPublicJwk(otherKeys);
    anchors = [{ issuerId: thirdParty.issuer.id, jwk }];
    // The OB 3.0 JWT proof format: the credential with iss, jti, nbf, exp and sub, header typ "JWT".
    const payload = {
      ...thirdParty,
      iss: thirdParty.issuer.id,
      jti: thirdParty.id,
      nbf: Date.parse(thirdParty.validFrom) / 1000,
      exp: Date.parse(thirdParty.validUntil) / 1000,
      sub: thirdParty.credentialSubject.id,
    };
    token = await new CompactSign(new TextEncoder().encode(JSON.stringify(payload)))
      .setProtectedHeader({ alg: 'RS256', typ: 'JWT', kid: jwk.kid as string })
      .sign(otherKeys.privateKey);
  });

  it('is valid against the official OB 3.0 schema', () => {
    expect(
      validateAchievementCredential(thirdParty),
      JSON.stringify(validateAchievementCredential.errors),
    ).toBe(true);
  });

  it('verifies, and the verifier reads its issuer, achievement, subject and dates, keeping the other members', async () => {
    const result = await verifyCredential(token, { trustedIssuers: anchors, now: '2027-03-01T00:00:00Z' });
    expect(result).toMatchObject({ ok: true, issuerChecked: true, algorithm: 'RS256' });
    if (!result.ok) return;
    expect(result.issuer.name).toBe('Example University');
    expect(result.credential.credentialSubject.achievement.name).toBe('Victim-centred interviewing');
    expect(result.credential.credentialSubject.id).toBe('did:example:ebfeb1f712ebc6f1c276e12ec21');
    expect(result.credential.validUntil).toBe('2031-01-01T00:00:00Z');
    expect(result.credential.termsOfUse).toEqual(thirdParty.termsOfUse);
    expect(result.credential.image).toEqual(thirdParty.image);
    expect(result.credential).not.toHaveProperty('iss');
    expect(
      await verifyCredential(token, { trustedIssuers: anchors, now: '2031-01-01T00:00:00Z' }),
    ).toMatchObject({
      ok: false,
      reason: 'expired',
    });
  });

  it('verifies with the issuer given as a bare URI, without the optional registered claims', async () => {
    const bareIssuer = { ...thirdParty, issuer: thirdParty.issuer.id };
    expect(validateAchievementCredential(bareIssuer)).toBe(true);
    const signed = await new CompactSign(new TextEncoder().encode(JSON.stringify(bareIssuer)))
      .setProtectedHeader({ alg: 'RS256' })
      .sign(otherKeys.privateKey);
    const result = await verifyCredential(signed, { trustedIssuers: anchors, now: '2027-03-01T00:00:00Z' });
    expect(result).toMatchObject({ ok: true, issuer: { id: thirdParty.issuer.id } });
  });

  it('verifies when the issuer signs with ES256 (P-256), as many OB 3.0 issuers do, and not when altered', async () => {
    const es = await generateKeyPair('ES256', { extractable: true });
    const { kty, crv, x, y } = await exportJWK(es.publicKey);
    const esAnchors = [{ issuerId: thirdParty.issuer.id, jwk: { kty, crv, x, y } }];
    const signed = await new CompactSign(new TextEncoder().encode(JSON.stringify(thirdParty)))
      .setProtectedHeader({ alg: 'ES256', typ: 'JWT' })
      .sign(es.privateKey);
    const now = '2027-03-01T00:00:00Z';
    expect(await verifyCredential(signed, { trustedIssuers: esAnchors, now })).toMatchObject({
      ok: true,
      issuerChecked: true,
      algorithm: 'ES256',
    });
    // The same credential under an RSA anchor only: no trusted ES256 key.
    expect(await verifyCredential(signed, { trustedIssuers: anchors, now })).toMatchObject({
      ok: false,
      reason: 'unknown-issuer',
    });
    const [header, payload, signature] = signed.split('.') as [string, string, string];
    const json = JSON.parse(new TextDecoder().decode(base64url.decode(payload)));
    json.credentialSubject.achievement.name = 'Prosecutor certification';
    const altered = [header, base64url.encode(JSON.stringify(json)), signature].join('.');
    expect(await verifyCredential(altered, { trustedIssuers: esAnchors, now })).toMatchObject({
      ok: false,
      reason: 'bad-signature',
    });
  });

  it('is refused as altered (bad-signature) when one of its members is changed', async () => {
    const [header, payload, signature] = token.split('.') as [string, string, string];
    const json = JSON.parse(new TextDecoder().decode(base64url.decode(payload)));
    json.credentialSubject.achievement.name = 'Prosecutor certification';
    const altered = [header, base64url.encode(JSON.stringify(json)), signature].join('.');
    expect(
      await verifyCredential(altered, { trustedIssuers: anchors, now: '2027-03-01T00:00:00Z' }),
    ).toMatchObject({
      ok: false,
      reason: 'bad-signature',
    });
  });
});
