import { type CryptoKey, calculateJwkThumbprint, importJWK, type JWK } from 'jose';

/**
 * An issuer key the verifier trusts: either a JWK bound to an issuer id (it only vouches for credentials
 * whose issuer is that id — the safe form), or a bare public JWK (it vouches for the signature only: a
 * credential it verifies is accepted in whatever issuer's name it carries, and the verification says that
 * the issuer's name was not checked).
 */
export type TrustedIssuer = JWK | { issuerId: string; jwk: JWK };

/** The signature algorithms Ruta issues and accepts: EdDSA over Ed25519, and RS256 (the OB 3.0 baseline). */
export const signatureAlgorithms = ['EdDSA', 'RS256'] as const;
export type SignatureAlgorithm = (typeof signatureAlgorithms)[number];
/**
 * The signature algorithms the verifier accepts: Ruta's own two, and ES256 (ECDSA over P-256), which many
 * other Open Badges 3.0 issuers sign with.
 */
export const verificationAlgorithms = ['EdDSA', 'RS256', 'ES256'] as const;
export type VerificationAlgorithm = (typeof verificationAlgorithms)[number];

/**
 * Thrown by the verifiers when an option is unusable (a date that is not one, a clock tolerance that is not
 * a finite number of seconds within bounds, a private key given as a trusted key): a mistake of the caller,
 * not of the credential. `option` names the option (`clockToleranceSeconds`, `trustedIssuers[2]`, …).
 */
export class VerificationOptionError extends RangeError {
  override name = 'VerificationOptionError';
  readonly option: string;
  constructor(option: string, message: string) {
    super(`${option}: ${message}`);
    this.option = option;
  }
}

interface CandidateKey {
  /** The issuer id the caller bound this key to; undefined for a bare key. */
  issuerId?: string;
  kid: string;
  key: CryptoKey | Uint8Array;
}

const publicMembers = ['kty', 'crv', 'x', 'y', 'n', 'e'] as const;
/** The JWK members that only a private (or symmetric) key has. */
const privateMembers = ['d', 'p', 'q', 'dp', 'dq', 'qi', 'oth', 'k'] as const;

/** A JWK's public members only (to compute its thumbprint, or to publish it). */
export function publicPart(jwk: JWK): JWK {
  const out: JWK = {};
  for (const member of publicMembers) if (jwk[member] !== undefined) out[member] = jwk[member];
  return out;
}

/** Whether a key can verify signatures made with `alg`. */
export function fitsAlgorithm(jwk: JWK, alg: VerificationAlgorithm): boolean {
  if (alg === 'EdDSA') return jwk.kty === 'OKP' && jwk.crv === 'Ed25519';
  if (alg === 'ES256') return jwk.kty === 'EC' && jwk.crv === 'P-256';
  return jwk.kty === 'RSA';
}

/** The key id Ruta puts in a JWS header: the RFC 7638 SHA-256 thumbprint of the public key. */
export async function keyId(jwk: JWK): Promise<string> {
  return calculateJwkThumbprint(publicPart(jwk), 'sha256');
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Checks the trusted keys a caller passed and returns them as `{ issuerId?, jwk }`. Throws a
 * {@link VerificationOptionError} for an entry that is not a JWK, a bound entry without an issuer id, and a
 * private or symmetric key: a trust anchor is a public key, and a private key handed to a verifier is a
 * leaked signing key, never something to use silently.
 */
export function trustedEntries(trustedIssuers: unknown): { issuerId?: string; jwk: JWK }[] {
  if (!Array.isArray(trustedIssuers))
    throw new VerificationOptionError('trustedIssuers', 'must be a list of public JWKs or { issuerId, jwk }');
  return trustedIssuers.map((trusted: unknown, index) => {
    const where = `trustedIssuers[${index}]`;
    const bound = isObject(trusted) && 'jwk' in trusted;
    const jwk = bound ? trusted.jwk : trusted;
    if (!isObject(jwk) || typeof jwk.kty !== 'string')
      throw new VerificationOptionError(
        bound ? `${where}.jwk` : where,
        'is not a JWK (an object with "kty")',
      );
    const secret = privateMembers.filter((member) => jwk[member] !== undefined);
    if (secret.length > 0)
      throw new VerificationOptionError(
        bound ? `${where}.jwk` : where,
        `is a private key (it has ${secret.map((member) => `"${member}"`).join(', ')}); trust only the issuer's public key, and keep the private key secret`,
      );
    if (!bound) return { jwk: jwk as JWK };
    const issuerId = (trusted as { issuerId?: unknown }).issuerId;
    if (typeof issuerId !== 'string' || issuerId.trim() === '')
      throw new VerificationOptionError(`${where}.issuerId`, 'must be the issuer id the key is bound to');
    return { issuerId, jwk: jwk as JWK };
  });
}

/**
 * The trusted keys that may have signed a JWS with `alg` and header `kid`: of the right key type, and with
 * that key id (a thumbprint, or the JWK's own `kid`), whatever issuer they are bound to — the signature is
 * checked before the content is read, and the binding after. Keys that cannot be imported are skipped.
 */
export async function candidateKeys(
  entries: readonly { issuerId?: string; jwk: JWK }[],
  alg: VerificationAlgorithm,
  kid: string | undefined,
): Promise<CandidateKey[]> {
  const found: CandidateKey[] = [];
  for (const { issuerId, jwk } of entries) {
    if (!fitsAlgorithm(jwk, alg)) continue;
    try {
      const thumbprint = await keyId(jwk);
      if (kid !== undefined && kid !== thumbprint && kid !== jwk.kid) continue;
      const key = await importJWK(publicPart(jwk), alg);
      found.push({ ...(issuerId === undefined ? {} : { issuerId }), kid: thumbprint, key });
    } catch {
      // An unusable JWK (wrong members, unsupported curve) cannot vouch for anything.
    }
  }
  return found;
}
