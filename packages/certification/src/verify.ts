/**
 * `@ruta/certification/verify`: offline verification of Ruta's Open Badges 3.0 credentials (VC-JOSE JWTs)
 * and revocation lists. Browser-safe: Web Crypto through `jose`, no Node APIs, and no signing code — a
 * border post's tablet or a partner's web page can check a certificate without a server.
 */
import { issuesFromZod, type Text } from '@ruta/curriculum';
import { base64url, compactVerify } from 'jose';
import {
  type CredentialJwtPayload,
  CredentialJwtPayload as CredentialJwtPayloadSchema,
  claimMismatches,
  type OpenBadgeCredential,
  type Profile,
} from './open-badge';
import { RevocationList, revocationListJwtType } from './revocation';
import {
  candidateKeys,
  type SignatureAlgorithm,
  signatureAlgorithms,
  type TrustedIssuer,
} from './trusted-keys';

export {
  Achievement,
  AchievementSubject,
  Alignment,
  CredentialJwtPayload,
  Evidence,
  IdentityObject,
  OpenBadgeCredential,
  obContext,
  Profile,
  vcContext,
} from './open-badge';
export { RevocationList, revocationListJwtType } from './revocation';
export { type SignatureAlgorithm, signatureAlgorithms, type TrustedIssuer } from './trusted-keys';

/** Why a credential was not accepted; each reason is distinct so a verifier can tell a person what to do. */
export const verificationFailures = [
  'malformed',
  'unknown-issuer',
  'bad-signature',
  'untrusted-revocation-list',
  'revoked',
  'not-yet-valid',
  'expired',
] as const;
export type VerificationFailure = (typeof verificationFailures)[number];

export interface VerifyCredentialOptions {
  /** The issuer keys this verifier trusts (public JWKs, optionally bound to an issuer id). */
  trustedIssuers: readonly TrustedIssuer[];
  /** Revocation lists, plain documents or signed JWS strings; a list that cannot be trusted fails closed. */
  revocations?: readonly (RevocationList | string)[];
  /** The moment of verification (the verifier's clock is never read). */
  now: Date | string;
  /** Leeway for clock differences, in seconds (default 0). */
  clockToleranceSeconds?: number;
}

export type CredentialVerification =
  | {
      ok: true;
      credential: OpenBadgeCredential;
      issuer: Profile;
      algorithm: SignatureAlgorithm;
      /** The RFC 7638 thumbprint of the key that verified the signature. */
      keyId: string;
    }
  | { ok: false; reason: VerificationFailure; message: Text; detail?: string };

export type RevocationListVerification =
  | { ok: true; value: RevocationList }
  | { ok: false; reason: 'malformed' | 'unknown-issuer' | 'bad-signature'; message: Text; detail?: string };

const messages: Record<VerificationFailure, Text> = {
  malformed: {
    es: 'El certificado no es un Open Badge 3.0 de Ruta válido: está dañado o incompleto.',
    en: 'The certificate is not a valid Ruta Open Badge 3.0: it is damaged or incomplete.',
    fr: "Le certificat n'est pas un Open Badge 3.0 de Ruta valide : il est endommagé ou incomplet.",
  },
  'unknown-issuer': {
    es: 'El certificado fue firmado por un emisor que este verificador no reconoce.',
    en: 'The certificate was signed by an issuer this verifier does not trust.',
    fr: 'Le certificat a été signé par un émetteur que ce vérificateur ne reconnaît pas.',
  },
  'bad-signature': {
    es: 'La firma no corresponde al contenido: el certificado fue alterado después de emitirse.',
    en: 'The signature does not match the content: the certificate was altered after it was issued.',
    fr: 'La signature ne correspond pas au contenu : le certificat a été modifié après son émission.',
  },
  'untrusted-revocation-list': {
    es: 'Una lista de revocación no pudo verificarse; no se puede confirmar que el certificado siga vigente.',
    en: 'A revocation list could not be verified, so the certificate cannot be confirmed as still valid.',
    fr: "Une liste de révocation n'a pas pu être vérifiée ; la validité du certificat ne peut être confirmée.",
  },
  revoked: {
    es: 'El emisor revocó este certificado.',
    en: 'The issuer has revoked this certificate.',
    fr: "L'émetteur a révoqué ce certificat.",
  },
  'not-yet-valid': {
    es: 'El certificado todavía no es válido (su fecha de inicio es posterior).',
    en: 'The certificate is not valid yet (it starts later).',
    fr: "Le certificat n'est pas encore valide (il commence plus tard).",
  },
  expired: {
    es: 'El certificado venció; la persona puede solicitar su renovación.',
    en: 'The certificate has expired; the holder may apply for renewal.',
    fr: 'Le certificat a expiré ; son titulaire peut en demander le renouvellement.',
  },
};

function failure<R extends VerificationFailure>(reason: R, detail?: string) {
  return { ok: false as const, reason, message: messages[reason], ...(detail ? { detail } : {}) };
}

type Decoded = { header: Record<string, unknown>; payload: unknown };

/** Splits and decodes a compact JWS; a reason (text) when it is not one. */
function decodeCompact(jws: unknown): Decoded | string {
  if (typeof jws !== 'string') return 'not a string';
  const parts = jws.trim().split('.');
  if (parts.length !== 3 || parts.some((part) => !/^[A-Za-z0-9_-]+$/.test(part)))
    return 'not a compact JWS (three base64url parts separated by dots)';
  try {
    const text = (part: string) => new TextDecoder('utf-8', { fatal: true }).decode(base64url.decode(part));
    const header = JSON.parse(text(parts[0] as string)) as unknown;
    if (typeof header !== 'object' || header === null || Array.isArray(header))
      return 'the JWS header is not a JSON object';
    return { header: header as Record<string, unknown>, payload: JSON.parse(text(parts[1] as string)) };
  } catch {
    return 'a part of the JWS is not base64url-encoded JSON';
  }
}

function headerProblem(header: Record<string, unknown>, typ: string): string | undefined {
  if (!signatureAlgorithms.includes(header.alg as SignatureAlgorithm))
    return `header alg ${JSON.stringify(header.alg)} is not one of ${signatureAlgorithms.join(', ')}`;
  if (header.typ !== typ) return `header typ ${JSON.stringify(header.typ)} is not "${typ}"`;
  if (header.kid !== undefined && typeof header.kid !== 'string') return 'header kid is not a text';
  if (header.crit !== undefined) return 'header crit is not supported';
  return undefined;
}

async function checkSignature(
  jws: string,
  trustedIssuers: readonly TrustedIssuer[],
  iss: string,
  header: Record<string, unknown>,
): Promise<{ ok: true; keyId: string } | { ok: false; reason: 'unknown-issuer' | 'bad-signature' }> {
  const alg = header.alg as SignatureAlgorithm;
  const kid = header.kid as string | undefined;
  const candidates = await candidateKeys(trustedIssuers, iss, alg, kid);
  if (candidates.length === 0) return { ok: false, reason: 'unknown-issuer' };
  for (const candidate of candidates) {
    try {
      await compactVerify(jws.trim(), candidate.key, { algorithms: [alg] });
      return { ok: true, keyId: candidate.kid };
    } catch {
      // Try the next trusted key.
    }
  }
  return { ok: false, reason: 'bad-signature' };
}

function instant(now: Date | string): number {
  const ms = now instanceof Date ? now.getTime() : Date.parse(now);
  if (Number.isNaN(ms)) throw new RangeError(`options.now is not a valid date: ${String(now)}`);
  return ms;
}

/**
 * Verifies a signed revocation list (a compact JWS, see {@link RevocationList}) against trusted issuer keys.
 * Never throws on bad input.
 */
export async function verifyRevocationList(
  jws: string,
  options: { trustedIssuers: readonly TrustedIssuer[] },
): Promise<RevocationListVerification> {
  const decoded = decodeCompact(jws);
  if (typeof decoded === 'string') return failure('malformed', decoded);
  const problem = headerProblem(decoded.header, revocationListJwtType);
  if (problem) return failure('malformed', problem);
  if (typeof decoded.payload !== 'object' || decoded.payload === null)
    return failure('malformed', 'no payload');
  const { iss, iat, ...document } = decoded.payload as Record<string, unknown>;
  const parsed = RevocationList.safeParse(document);
  if (!parsed.success)
    return failure(
      'malformed',
      issuesFromZod(parsed.error)
        .map((i) => `${i.path}: ${i.message}`)
        .join('; '),
    );
  if (iss !== parsed.data.issuer) return failure('malformed', 'iss must equal the list issuer');
  if (iat !== undefined && !Number.isInteger(iat)) return failure('malformed', 'iat must be a whole number');
  const signature = await checkSignature(jws, options.trustedIssuers, parsed.data.issuer, decoded.header);
  if (!signature.ok) return failure(signature.reason);
  return { ok: true, value: parsed.data };
}

/**
 * Verifies a Ruta credential JWT offline: its form, its issuer, its signature, the revocation lists
 * given, and its validity period at `now`. Each failure has its own reason (first found, in that order)
 * and a message in Spanish, English and French. Never throws on a bad credential.
 */
export async function verifyCredential(
  jwt: string,
  options: VerifyCredentialOptions,
): Promise<CredentialVerification> {
  const nowMs = instant(options.now);
  const decoded = decodeCompact(jwt);
  if (typeof decoded === 'string') return failure('malformed', decoded);
  const problem = headerProblem(decoded.header, 'vc+jwt');
  if (problem) return failure('malformed', problem);
  const parsed = CredentialJwtPayloadSchema.safeParse(decoded.payload);
  if (!parsed.success)
    return failure(
      'malformed',
      issuesFromZod(parsed.error)
        .map((i) => `${i.path}: ${i.message}`)
        .join('; '),
    );
  const payload: CredentialJwtPayload = parsed.data;
  const mismatches = claimMismatches(payload);
  if (mismatches.length > 0) return failure('malformed', `claims that disagree: ${mismatches.join(', ')}`);

  const signature = await checkSignature(jwt, options.trustedIssuers, payload.iss, decoded.header);
  if (!signature.ok) return failure(signature.reason);

  for (const [index, entry] of (options.revocations ?? []).entries()) {
    let list: RevocationList;
    if (typeof entry === 'string') {
      const checked = await verifyRevocationList(entry, options);
      if (!checked.ok)
        return failure(
          'untrusted-revocation-list',
          `revocations[${index}]: ${checked.reason}${checked.detail ? ` (${checked.detail})` : ''}`,
        );
      list = checked.value;
    } else {
      const plain = RevocationList.safeParse(entry);
      if (!plain.success)
        return failure(
          'untrusted-revocation-list',
          `revocations[${index}]: ${issuesFromZod(plain.error)
            .map((i) => `${i.path}: ${i.message}`)
            .join('; ')}`,
        );
      list = plain.data;
    }
    if (list.issuer === payload.iss && list.credentialIds.includes(payload.id))
      return failure('revoked', `listed in revocations[${index}], issued ${list.issued}`);
  }

  const nowSeconds = Math.floor(nowMs / 1000);
  const tolerance = Math.max(0, options.clockToleranceSeconds ?? 0);
  if (nowSeconds + tolerance < payload.nbf)
    return failure('not-yet-valid', `valid from ${payload.validFrom}`);
  if (payload.exp !== undefined && nowSeconds - tolerance >= payload.exp)
    return failure('expired', `valid until ${payload.validUntil}`);

  const { iss: _iss, jti: _jti, sub: _sub, nbf: _nbf, exp: _exp, iat: _iat, ...credential } = payload;
  return {
    ok: true,
    credential,
    issuer: credential.issuer,
    algorithm: decoded.header.alg as SignatureAlgorithm,
    keyId: signature.keyId,
  };
}
