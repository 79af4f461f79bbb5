import { decodeProtectedHeader } from 'jose';
import { describe, expect, it } from 'vitest';
import { issueCredential } from '../src/credential';
import { evaluate } from '../src/evaluation';
import {
  exportPrivateJwk,
  exportPublicJwk,
  generateIssuerKeys,
  type IssuerKeys,
  signCredential,
  signRevocationList,
} from '../src/signing';
import type { SignatureAlgorithm } from '../src/trusted-keys';
import { verifyCredential, verifyRevocationList } from '../src/verify';
import { ana, asOf, packs, testScheme } from './fixtures/training';

const issuer = { id: 'https://oim.example.org/el-salvador', name: 'OIM El Salvador' };
const evaluation = evaluate(testScheme, { ...ana(), scenarioResults: [] }, { packs, asOf });
const during = '2026-07-15T12:00:00Z';

async function issue(keys: IssuerKeys) {
  const issued = await issueCredential({
    scheme: testScheme,
    evaluation,
    kind: 'participation',
    issuer,
    privateKey: keys,
    issuedAt: '2026-06-30T15:00:00Z',
  });
  if (!issued.ok) throw new Error(JSON.stringify(issued.issues));
  return issued;
}

describe('signing keys', () => {
  it('exports JWKs: the public one has no private members; both carry the thumbprint kid', async () => {
    for (const alg of ['EdDSA', 'RS256'] as const) {
      const keys = await generateIssuerKeys(alg);
      const pub = await exportPublicJwk(keys);
      const priv = await exportPrivateJwk(keys);
      expect(pub.d).toBeUndefined();
      expect(pub).toMatchObject({ alg, use: 'sig', kty: alg === 'EdDSA' ? 'OKP' : 'RSA' });
      expect(priv.d).toBeTypeOf('string');
      expect(priv.kid).toBe(pub.kid);
      // A private JWK signs just like the key pair.
      const credential = (await issue(keys)).credential;
      const jwt = await signCredential(credential, { privateKey: priv });
      expect((await verifyCredential(jwt, { trustedIssuers: [pub], now: during })).ok).toBe(true);
    }
  });

  it('refuses to sign with a public key or an unsupported algorithm', async () => {
    const keys = await generateIssuerKeys('EdDSA');
    const credential = (await issue(keys)).credential;
    await expect(signCredential(credential, { privateKey: await exportPublicJwk(keys) })).rejects.toThrow(
      /public JWK/,
    );
    await expect(
      signCredential(credential, { privateKey: keys, alg: 'HS256' as SignatureAlgorithm }),
    ).rejects.toThrow(/alg must be one of EdDSA, RS256/);
  });
});

describe('signing with each kind of private key', () => {
  it('signs with a key pair, a private CryptoKey and a private JWK, all verifying with the public JWK', async () => {
    const keys = await generateIssuerKeys('RS256');
    const { credential } = await issue(keys);
    const pub = await exportPublicJwk(keys);
    for (const privateKey of [keys, keys.privateKey, await exportPrivateJwk(keys)]) {
      const jwt = await signCredential(credential, { privateKey });
      expect(decodeProtectedHeader(jwt)).toEqual({ alg: 'RS256', typ: 'vc+jwt', kid: pub.kid });
      expect((await verifyCredential(jwt, { trustedIssuers: [pub], now: during })).ok).toBe(true);
    }
  });

  it('refuses to sign a credential that is not an OpenBadgeCredential, naming the path', async () => {
    const keys = await generateIssuerKeys('EdDSA');
    const { credential } = await issue(keys);
    await expect(
      signCredential({ ...credential, id: 'certificate-17' }, { privateKey: keys }),
    ).rejects.toThrow(/^the credential is not an OpenBadgeCredential Ruta can sign: id: must be urn:uuid:/);
  });

  it('signs a revocation list only when it is valid', async () => {
    const keys = await generateIssuerKeys('EdDSA');
    await expect(
      signRevocationList(
        { format: 'ruta.revocations/1', issuer: issuer.id, issued: '2026-07-01', credentialIds: [] },
        { privateKey: keys },
      ),
    ).rejects.toThrow(/issued: must be a date-time with a time zone/);
    const jws = await signRevocationList(
      { format: 'ruta.revocations/1', issuer: issuer.id, issued: '2026-07-01T00:00:00Z', credentialIds: [] },
      { privateKey: keys },
    );
    expect(decodeProtectedHeader(jws).typ).toBe('ruta-revocations+jwt');
    expect(
      await verifyRevocationList(jws, {
        trustedIssuers: [{ issuerId: 'https://other.example.org', jwk: await exportPublicJwk(keys) }],
      }),
    ).toMatchObject({ ok: false, reason: 'unknown-issuer' });
  });
});
