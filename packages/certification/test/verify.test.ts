import { base64url, CompactSign, decodeProtectedHeader } from 'jose';
import { beforeAll, describe, expect, it } from 'vitest';
import { issueCredential } from '../src/credential';
import { evaluate } from '../src/evaluation';
import type { RevocationList } from '../src/revocation';
import {
  exportPrivateJwk,
  exportPublicJwk,
  generateIssuerKeys,
  type IssuerKeys,
  signRevocationList,
} from '../src/signing';
import type { SignatureAlgorithm } from '../src/trusted-keys';
import { VerificationOptionError, verifyCredential, verifyRevocationList } from '../src/verify';
import { ana, asOf, packs, testScheme } from './fixtures/training';

const issuer = { id: 'https://oim.example.org/el-salvador', name: 'OIM El Salvador' };
const otherIssuer = { id: 'https://academia.example.org', name: 'Academia Nacional' };
// Participation only needs attendance, so these credentials need no scenario replay.
const evaluation = evaluate(testScheme, { ...ana(), scenarioResults: [] }, { packs, asOf });
const during = '2026-07-15T12:00:00Z';

async function issue(keys: IssuerKeys, overrides: Partial<Parameters<typeof issueCredential>[0]> = {}) {
  const issued = await issueCredential({
    scheme: testScheme,
    evaluation,
    kind: 'participation',
    issuer,
    privateKey: keys,
    id: 'urn:uuid:6f1c1f9e-3b1a-4c8e-9d2a-1a2b3c4d5e6f',
    issuedAt: '2026-06-30T15:00:00Z',
    ...overrides,
  });
  if (!issued.ok) throw new Error(JSON.stringify(issued.issues));
  return issued;
}

/** Re-encodes a JWT's payload after `edit`, keeping the original header and signature. */
function editPayload(jwt: string, edit: (payload: Record<string, unknown>) => void): string {
  const [header, payload, signature] = jwt.split('.') as [string, string, string];
  const json = JSON.parse(new TextDecoder().decode(base64url.decode(payload))) as Record<string, unknown>;
  edit(json);
  return [header, base64url.encode(JSON.stringify(json)), signature].join('.');
}

describe.each(['EdDSA', 'RS256'] as SignatureAlgorithm[])('%s credentials', (alg) => {
  let keys: IssuerKeys;
  let otherKeys: IssuerKeys;
  let jwt: string;
  let second: string;
  let trusted: { issuerId: string; jwk: Awaited<ReturnType<typeof exportPublicJwk>> }[];

  beforeAll(async () => {
    keys = await generateIssuerKeys(alg);
    otherKeys = await generateIssuerKeys(alg);
    jwt = (await issue(keys)).jwt;
    second = (await issue(keys, { id: 'urn:uuid:0a0b0c0d-1111-4222-8333-444455556666' })).jwt;
    trusted = [{ issuerId: issuer.id, jwk: await exportPublicJwk(keys) }];
  });

  it('verifies, offline, with the issuer key bound to the issuer id', async () => {
    const result = await verifyCredential(jwt, { trustedIssuers: trusted, now: during });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.algorithm).toBe(alg);
    expect(result.issuer).toEqual({ id: issuer.id, type: ['Profile'], name: issuer.name });
    expect(result.credential.name).toBe('Participación');
    expect(result.keyId).toBe(trusted[0]?.jwk.kid);
  });

  it('verifies with a bare public JWK, saying the issuer name was not checked; refuses a private JWK', async () => {
    const bound = await verifyCredential(jwt, { trustedIssuers: trusted, now: during });
    expect(bound).toMatchObject({ ok: true, issuerChecked: true });
    expect(bound.ok ? bound.issuerNotice : 'refused').toBeUndefined();
    const bare = await verifyCredential(jwt, { trustedIssuers: [await exportPublicJwk(keys)], now: during });
    expect(bare).toMatchObject({ ok: true, issuerChecked: false });
    expect(bare.ok ? bare.issuerNotice?.en : '').toBe(
      "The signature is genuine, but the issuer's name was not checked: the trusted key is not bound to an issuer.",
    );
    const privateJwk = await exportPrivateJwk(keys);
    await expect(verifyCredential(jwt, { trustedIssuers: [privateJwk], now: during })).rejects.toThrow(
      VerificationOptionError,
    );
    await expect(
      verifyCredential(jwt, { trustedIssuers: [{ issuerId: issuer.id, jwk: privateJwk }], now: during }),
    ).rejects.toThrow(/trustedIssuers\[0\]\.jwk: is a private key \(it has "d"/);
  });

  it('has the VC-JOSE header and registered claims', () => {
    expect(decodeProtectedHeader(jwt)).toMatchObject({ alg, typ: 'vc+jwt' });
    const payload = JSON.parse(new TextDecoder().decode(base64url.decode(jwt.split('.')[1] as string)));
    expect(payload).toMatchObject({
      iss: issuer.id,
      jti: 'urn:uuid:6f1c1f9e-3b1a-4c8e-9d2a-1a2b3c4d5e6f',
      nbf: Date.parse('2026-06-30T15:00:00Z') / 1000,
      sub: payload.credentialSubject.identifier[0].identityHash,
    });
    // Participation does not expire: no validUntil, no exp.
    expect(payload.exp).toBeUndefined();
  });

  it('detects a payload byte changed: bad-signature', async () => {
    const [header, payload, signature] = jwt.split('.') as [string, string, string];
    const bytes = base64url.decode(payload);
    // One byte of the credential's name: "Participación" becomes "Qarticipación".
    const at = new TextDecoder().decode(bytes).indexOf('"name":"Participaci') + '"name":"'.length;
    bytes[at] = 'Q'.charCodeAt(0);
    const tampered = [header, base64url.encode(bytes), signature].join('.');
    const result = await verifyCredential(tampered, { trustedIssuers: trusted, now: during });
    expect(result).toMatchObject({ ok: false, reason: 'bad-signature' });
    if (!result.ok)
      expect(result.message.en).toBe(
        'The signature does not match the content: the certificate was altered after it was issued.',
      );
  });

  it("detects a signature swapped from another of the issuer's credentials: bad-signature", async () => {
    const swapped = [...jwt.split('.').slice(0, 2), second.split('.')[2]].join('.');
    expect(await verifyCredential(swapped, { trustedIssuers: trusted, now: during })).toMatchObject({
      ok: false,
      reason: 'bad-signature',
    });
  });

  it("detects another issuer's key: unknown-issuer", async () => {
    const foreign = (await issue(otherKeys, { issuer: otherIssuer })).jwt;
    expect(await verifyCredential(foreign, { trustedIssuers: trusted, now: during })).toMatchObject({
      ok: false,
      reason: 'unknown-issuer',
    });
    // The same with bare JWKs: the key id matches no trusted key.
    expect(
      await verifyCredential(foreign, { trustedIssuers: [await exportPublicJwk(keys)], now: during }),
    ).toMatchObject({ ok: false, reason: 'unknown-issuer' });
  });

  it('detects a credential claiming a trusted issuer but signed with another key: bad-signature', async () => {
    const impostor = (await issue(otherKeys, { kid: trusted[0]?.jwk.kid })).jwt;
    expect(await verifyCredential(impostor, { trustedIssuers: trusted, now: during })).toMatchObject({
      ok: false,
      reason: 'bad-signature',
    });
  });

  it('detects an expired credential, and one not yet valid', async () => {
    const completion = evaluate(testScheme, ana(), { packs, asOf });
    const issued = await issueCredential({
      scheme: testScheme,
      evaluation: completion,
      kind: 'completion',
      issuer,
      privateKey: keys,
      issuedAt: '2026-06-30T15:00:00Z',
    });
    if (!issued.ok) throw new Error(JSON.stringify(issued.issues));
    expect(issued.credential.validUntil).toBe('2028-06-29T23:59:59Z');
    expect(
      (await verifyCredential(issued.jwt, { trustedIssuers: trusted, now: '2028-06-29T23:59:58Z' })).ok,
    ).toBe(true);
    expect(
      await verifyCredential(issued.jwt, { trustedIssuers: trusted, now: '2028-06-30T00:00:00Z' }),
    ).toMatchObject({ ok: false, reason: 'expired' });
    expect(
      await verifyCredential(issued.jwt, { trustedIssuers: trusted, now: new Date('2026-06-30T14:59:59Z') }),
    ).toMatchObject({ ok: false, reason: 'not-yet-valid' });
    expect(
      (
        await verifyCredential(issued.jwt, {
          trustedIssuers: trusted,
          now: '2026-06-30T14:59:59Z',
          clockToleranceSeconds: 5,
        })
      ).ok,
    ).toBe(true);
  });

  it('detects a revoked credential from a plain list and from a signed list', async () => {
    const list: RevocationList = {
      format: 'ruta.revocations/1',
      issuer: issuer.id,
      issued: '2026-07-01T00:00:00Z',
      credentialIds: ['urn:uuid:6f1c1f9e-3b1a-4c8e-9d2a-1a2b3c4d5e6f'],
    };
    expect(
      await verifyCredential(jwt, { trustedIssuers: trusted, revocations: [list], now: during }),
    ).toMatchObject({
      ok: false,
      reason: 'revoked',
    });
    const signed = await signRevocationList(list, { privateKey: keys });
    expect(await verifyRevocationList(signed, { trustedIssuers: trusted })).toEqual({
      ok: true,
      value: list,
    });
    expect(
      await verifyCredential(jwt, { trustedIssuers: trusted, revocations: [signed], now: during }),
    ).toMatchObject({ ok: false, reason: 'revoked' });
    // The other credential is not on the list.
    expect(
      (await verifyCredential(second, { trustedIssuers: trusted, revocations: [signed], now: during })).ok,
    ).toBe(true);
    // Another issuer's list cannot revoke this issuer's credentials.
    const foreignList = { ...list, issuer: otherIssuer.id };
    expect(
      (await verifyCredential(jwt, { trustedIssuers: trusted, revocations: [foreignList], now: during })).ok,
    ).toBe(true);
  });

  it('fails closed on a signed revocation list that does not verify', async () => {
    const list: RevocationList = {
      format: 'ruta.revocations/1',
      issuer: issuer.id,
      issued: '2026-07-01T00:00:00Z',
      credentialIds: ['urn:uuid:6f1c1f9e-3b1a-4c8e-9d2a-1a2b3c4d5e6f'],
    };
    const signed = await signRevocationList(list, { privateKey: keys });
    // Someone removes the credential from the list to "un-revoke" it.
    const emptied = editPayload(signed, (payload) => {
      payload.credentialIds = [];
    });
    expect(await verifyRevocationList(emptied, { trustedIssuers: trusted })).toMatchObject({
      ok: false,
      reason: 'bad-signature',
    });
    expect(
      await verifyCredential(jwt, { trustedIssuers: trusted, revocations: [emptied], now: during }),
    ).toMatchObject({ ok: false, reason: 'untrusted-revocation-list' });
  });

  it('detects malformed input with its own reason, never throwing', async () => {
    const sign = (payload: unknown, header: Record<string, unknown> = {}) =>
      new CompactSign(new TextEncoder().encode(JSON.stringify(payload)))
        .setProtectedHeader({ alg, typ: 'vc+jwt', kid: trusted[0]?.jwk.kid, ...header })
        .sign(keys.privateKey);
    const payloadOf = (token: string) =>
      JSON.parse(new TextDecoder().decode(base64url.decode(token.split('.')[1] as string))) as Record<
        string,
        unknown
      >;
    const { credentialSubject: _subject, ...withoutSubject } = payloadOf(jwt);
    const cases = [
      'not a jwt',
      '',
      'a.b',
      `${jwt}.extra`,
      // Correctly signed by the trusted key, but not a credential.
      await sign(withoutSubject),
      await sign({ ...payloadOf(jwt), jti: 'urn:uuid:00000000-0000-4000-8000-000000000000' }),
      await sign('just a text'),
      await sign(payloadOf(jwt), { typ: 'ruta-revocations+jwt' }),
      [base64url.encode(JSON.stringify({ alg: 'none', typ: 'vc+jwt' })), jwt.split('.')[1], ''].join('.'),
      ['!!!', ...jwt.split('.').slice(1)].join('.'),
    ];
    for (const input of cases) {
      const result = await verifyCredential(input, { trustedIssuers: trusted, now: during });
      expect(result, input).toMatchObject({ ok: false, reason: 'malformed' });
    }
    const claims = await verifyCredential(cases[5] as string, { trustedIssuers: trusted, now: during });
    expect(claims.ok ? '' : claims.detail).toBe('claims that disagree: jti (must equal id)');
  });

  it('says "altered" (bad-signature) for a payload or header changed without the key, whatever it now says', async () => {
    const altered = [
      editPayload(jwt, (payload) => {
        delete payload.credentialSubject;
      }),
      editPayload(jwt, (payload) => {
        payload.jti = 'urn:uuid:00000000-0000-4000-8000-000000000000';
      }),
      editPayload(jwt, (payload) => {
        payload.unknownMember = true;
      }),
      [
        base64url.encode(JSON.stringify({ ...decodeProtectedHeader(jwt), typ: 'JWT' })),
        ...jwt.split('.').slice(1),
      ].join('.'),
    ];
    for (const input of altered)
      expect(await verifyCredential(input, { trustedIssuers: trusted, now: during }), input).toMatchObject({
        ok: false,
        reason: 'bad-signature',
      });
  });
});
