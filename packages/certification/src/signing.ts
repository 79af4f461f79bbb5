import { issuesFromZod } from '@ruta/curriculum';
import { CompactSign, type CryptoKey, exportJWK, generateKeyPair, importJWK, type JWK } from 'jose';
import { type CredentialJwtPayload, epochSeconds, OpenBadgeCredential, subjectClaim } from './open-badge';
import { RevocationList, revocationListJwtType } from './revocation';
import { keyId, publicPart, type SignatureAlgorithm, signatureAlgorithms } from './trusted-keys';

/**
 * Signing: issuer keys and signed credentials (VC-JOSE compact JWTs). Nothing here reads the environment
 * or ships a key: the caller generates or loads the issuer's private key and passes it in.
 * The `@ruta/certification/verify` subpath never imports this module.
 */

/** An issuer's key pair for one algorithm. */
export interface IssuerKeys {
  alg: SignatureAlgorithm;
  publicKey: CryptoKey;
  privateKey: CryptoKey;
}

/** The private key a signer accepts: a Web Crypto key, a key pair, or a private JWK. */
export type SigningKey = CryptoKey | IssuerKeys | JWK;

export interface SigningOptions {
  privateKey: SigningKey;
  /** Default: the key pair's algorithm, a JWK's `alg`, or EdDSA. */
  alg?: SignatureAlgorithm;
  /** Default: the RFC 7638 thumbprint of the public key (verifiers match it to their trusted keys). */
  kid?: string;
}

function describe(error: Parameters<typeof issuesFromZod>[0]): string {
  return issuesFromZod(error)
    .map((issue) => `${issue.path}: ${issue.message}`)
    .join('; ');
}

function assertAlgorithm(alg: unknown): asserts alg is SignatureAlgorithm {
  if (!signatureAlgorithms.includes(alg as SignatureAlgorithm))
    throw new TypeError(`alg must be one of ${signatureAlgorithms.join(', ')}; received ${String(alg)}`);
}

/** Generates an issuer key pair (extractable, so its JWKs can be exported and stored by the caller). */
export async function generateIssuerKeys(alg: SignatureAlgorithm = 'EdDSA'): Promise<IssuerKeys> {
  assertAlgorithm(alg);
  const pair =
    alg === 'EdDSA'
      ? await generateKeyPair('EdDSA', { crv: 'Ed25519', extractable: true })
      : await generateKeyPair('RS256', { modulusLength: 2048, extractable: true });
  return { alg, publicKey: pair.publicKey, privateKey: pair.privateKey };
}

function isIssuerKeys(key: SigningKey): key is IssuerKeys {
  return typeof key === 'object' && key !== null && 'privateKey' in key && 'publicKey' in key;
}

function algorithmOfJwk(jwk: JWK): SignatureAlgorithm {
  if (jwk.alg === 'EdDSA' || jwk.alg === 'RS256') return jwk.alg as SignatureAlgorithm;
  if (jwk.kty === 'OKP' && jwk.crv === 'Ed25519') return 'EdDSA';
  if (jwk.kty === 'RSA') return 'RS256';
  throw new TypeError('the JWK is neither an Ed25519 (OKP) nor an RSA key');
}

/**
 * The public JWK of an issuer (to publish, or to give to verifiers), with `kid` (its thumbprint), `alg`
 * and `use: "sig"`. Accepts a key pair, a public or private Web Crypto key, or a JWK.
 */
export async function exportPublicJwk(key: SigningKey): Promise<JWK> {
  const source = isIssuerKeys(key) ? key.publicKey : key;
  const jwk = isJwk(source) ? source : await exportJWK(source);
  const pub = publicPart(jwk);
  const alg = isIssuerKeys(key) ? key.alg : algorithmOfJwk(jwk);
  return { ...pub, kid: await keyId(pub), alg, use: 'sig' };
}

/** The private JWK of an issuer, for the caller to store safely (it is never written anywhere by Ruta). */
export async function exportPrivateJwk(key: CryptoKey | IssuerKeys): Promise<JWK> {
  const source = isIssuerKeys(key) ? key.privateKey : key;
  const jwk = await exportJWK(source);
  if (jwk.d === undefined) throw new TypeError('exportPrivateJwk needs a private key');
  const alg = isIssuerKeys(key) ? key.alg : algorithmOfJwk(jwk);
  return { ...jwk, kid: await keyId(jwk), alg, use: 'sig' };
}

function isJwk(key: unknown): key is JWK {
  return typeof key === 'object' && key !== null && 'kty' in key;
}

async function resolveSigner(
  options: SigningOptions,
): Promise<{ key: CryptoKey | Uint8Array; alg: SignatureAlgorithm; kid?: string }> {
  const { privateKey } = options;
  if (isIssuerKeys(privateKey)) {
    const alg = options.alg ?? privateKey.alg;
    assertAlgorithm(alg);
    return {
      key: privateKey.privateKey,
      alg,
      kid: options.kid ?? (await keyId(await exportJWK(privateKey.publicKey))),
    };
  }
  if (isJwk(privateKey)) {
    if (privateKey.d === undefined)
      throw new TypeError('privateKey is a public JWK; signing needs the private JWK');
    const alg = options.alg ?? algorithmOfJwk(privateKey);
    assertAlgorithm(alg);
    return { key: await importJWK(privateKey, alg), alg, kid: options.kid ?? (await keyId(privateKey)) };
  }
  const alg = options.alg ?? (privateKey.algorithm.name === 'Ed25519' ? 'EdDSA' : 'RS256');
  assertAlgorithm(alg);
  let kid = options.kid;
  if (kid === undefined && privateKey.extractable) kid = await keyId(await exportJWK(privateKey));
  return { key: privateKey, alg, ...(kid === undefined ? {} : { kid }) };
}

async function sign(payload: object, typ: string, options: SigningOptions): Promise<string> {
  const signer = await resolveSigner(options);
  return new CompactSign(new TextEncoder().encode(JSON.stringify(payload)))
    .setProtectedHeader({ alg: signer.alg, typ, ...(signer.kid === undefined ? {} : { kid: signer.kid }) })
    .sign(signer.key);
}

/**
 * Signs an Open Badges 3.0 credential as a VC-JOSE JWT (header `typ: "vc+jwt"`): the payload is the
 * credential plus `iss`, `jti`, `nbf`, `exp`, `sub` and `iat`. Throws a TypeError naming the problem
 * when the credential does not have the shape Ruta issues.
 */
export async function signCredential(
  credential: OpenBadgeCredential,
  options: SigningOptions,
): Promise<string> {
  const parsed = OpenBadgeCredential.safeParse(credential);
  if (!parsed.success)
    throw new TypeError(
      `the credential is not an OpenBadgeCredential Ruta can sign: ${describe(parsed.error)}`,
    );
  const value = parsed.data;
  if (value.validUntil !== undefined && epochSeconds(value.validUntil) <= epochSeconds(value.validFrom))
    throw new TypeError(
      `the credential's validFrom (${value.validFrom}) is not before its validUntil (${value.validUntil}): it could never be valid`,
    );
  const payload: CredentialJwtPayload = {
    ...value,
    iss: value.issuer.id,
    jti: value.id,
    sub: subjectClaim(value),
    nbf: epochSeconds(value.validFrom),
    iat: epochSeconds(value.awardedDate ?? value.validFrom),
    ...(value.validUntil === undefined ? {} : { exp: epochSeconds(value.validUntil) }),
  };
  return sign(payload, 'vc+jwt', options);
}

/** Signs a revocation list (see `RevocationList`) with the issuer's key, as a compact JWS. */
export async function signRevocationList(list: RevocationList, options: SigningOptions): Promise<string> {
  const parsed = RevocationList.safeParse(list);
  if (!parsed.success) throw new TypeError(`the revocation list is not valid: ${describe(parsed.error)}`);
  return sign(
    { ...parsed.data, iss: parsed.data.issuer, iat: epochSeconds(parsed.data.issued) },
    revocationListJwtType,
    options,
  );
}
