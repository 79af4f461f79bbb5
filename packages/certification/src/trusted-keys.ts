import { type CryptoKey, calculateJwkThumbprint, importJWK, type JWK } from 'jose';

/**
 * An issuer key the verifier trusts: either a bare public JWK (any credential it verifies is accepted,
 * whatever issuer id the credential names), or a JWK bound to an issuer id (it only vouches for
 * credentials whose `iss` is that id — the safer form when several issuers are trusted).
 */
export type TrustedIssuer = JWK | { issuerId: string; jwk: JWK };

/** The signature algorithms Ruta issues and accepts: EdDSA over Ed25519, and RS256 (the OB 3.0 baseline). */
export const signatureAlgorithms = ['EdDSA', 'RS256'] as const;
export type SignatureAlgorithm = (typeof signatureAlgorithms)[number];

interface CandidateKey {
  issuerId?: string;
  kid: string;
  key: CryptoKey | Uint8Array;
}

const publicMembers = ['kty', 'crv', 'x', 'y', 'n', 'e'] as const;

/** A JWK's public members only, so a private JWK passed by mistake is used as its public half. */
export function publicPart(jwk: JWK): JWK {
  const out: JWK = {};
  for (const member of publicMembers) if (jwk[member] !== undefined) out[member] = jwk[member];
  return out;
}

/** Whether a key can verify signatures made with `alg`. */
export function fitsAlgorithm(jwk: JWK, alg: SignatureAlgorithm): boolean {
  if (alg === 'EdDSA') return jwk.kty === 'OKP' && jwk.crv === 'Ed25519';
  return jwk.kty === 'RSA';
}

/** The key id Ruta puts in a JWS header: the RFC 7638 SHA-256 thumbprint of the public key. */
export async function keyId(jwk: JWK): Promise<string> {
  return calculateJwkThumbprint(publicPart(jwk), 'sha256');
}

function entryOf(trusted: TrustedIssuer): { issuerId?: string; jwk: JWK } {
  if (typeof trusted === 'object' && trusted !== null && 'jwk' in trusted && typeof trusted.jwk === 'object')
    return { issuerId: (trusted as { issuerId: string }).issuerId, jwk: trusted.jwk as JWK };
  return { jwk: trusted as JWK };
}

/**
 * The trusted keys that may have signed a JWS from `iss` with `alg` and header `kid`: bound to that issuer
 * (or unbound), of the right key type, and with that key id (a thumbprint, or the JWK's own `kid`).
 * Keys that cannot be imported are skipped.
 */
export async function candidateKeys(
  trustedIssuers: readonly TrustedIssuer[],
  iss: string,
  alg: SignatureAlgorithm,
  kid: string | undefined,
): Promise<CandidateKey[]> {
  const found: CandidateKey[] = [];
  for (const trusted of trustedIssuers) {
    const { issuerId, jwk } = entryOf(trusted);
    if (issuerId !== undefined && issuerId !== iss) continue;
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
