/**
 * `@ruta/certification/verify`: offline verification of Ruta's Open Badges 3.0 credentials (VC-JOSE JWTs)
 * and revocation lists. Browser-safe: Web Crypto through `jose`, no Node APIs, and no signing code — a
 * border post's tablet or a partner's web page can check a certificate without a server.
 */
import { issuesFromZod } from '@ruta/curriculum';
import { base64url, compactVerify } from 'jose';
import {
  epochSeconds,
  issuerProfile,
  ReceivedClaims,
  ReceivedOpenBadge,
  type ReceivedProfile,
  receivedClaimMismatches,
} from './open-badge';
import { RevocationList, revocationListJwtType } from './revocation';
import {
  candidateKeys,
  type TrustedIssuer,
  trustedEntries,
  type VerificationAlgorithm,
  VerificationOptionError,
  verificationAlgorithms,
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
  ReceivedOpenBadge,
  ReceivedProfile,
  vcContext,
} from './open-badge';
export { RevocationList, revocationListJwtType } from './revocation';
export {
  type SignatureAlgorithm,
  signatureAlgorithms,
  type TrustedIssuer,
  type VerificationAlgorithm,
  VerificationOptionError,
  verificationAlgorithms,
} from './trusted-keys';

/** A message in each of Ruta's languages (all three always present). */
export interface VerificationMessage {
  es: string;
  en: string;
  fr: string;
}

/** The largest clock tolerance a verifier accepts: one day, in seconds. */
export const maxClockToleranceSeconds = 86_400;

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
  /**
   * The issuer keys this verifier trusts: public JWKs, each best bound to an issuer id
   * (`{ issuerId, jwk }`). A private key is refused (a {@link VerificationOptionError} is thrown).
   */
  trustedIssuers: readonly TrustedIssuer[];
  /** Revocation lists, plain documents or signed JWS strings; a list that cannot be trusted fails closed. */
  revocations?: readonly (RevocationList | string)[];
  /** The moment of verification (the verifier's clock is never read). */
  now: Date | string;
  /**
   * Leeway for clock differences, in seconds: a finite number from 0 to {@link maxClockToleranceSeconds}
   * (default 0). Anything else throws a {@link VerificationOptionError}.
   */
  clockToleranceSeconds?: number;
}

export type CredentialVerification =
  | {
      ok: true;
      /** The credential as signed (the JWT's registered claims left out), every member kept. */
      credential: ReceivedOpenBadge;
      /** The issuer as the credential names it (an issuer given as a bare URI becomes `{ id, type }`). */
      issuer: ReceivedProfile;
      /**
       * True when the key that verified the signature is bound to this issuer id by the caller. False when
       * only a bare key (bound to no issuer) verified it: the signature is genuine, but the issuer's name and
       * id are the credential's own claim, not checked — `issuerNotice` says so in words.
       */
      issuerChecked: boolean;
      issuerNotice?: VerificationMessage;
      algorithm: VerificationAlgorithm;
      /** The RFC 7638 thumbprint of the key that verified the signature. */
      keyId: string;
    }
  | { ok: false; reason: VerificationFailure; message: VerificationMessage; detail?: string };

export type RevocationListVerification =
  | { ok: true; value: RevocationList }
  | {
      ok: false;
      reason: 'malformed' | 'unknown-issuer' | 'bad-signature';
      message: VerificationMessage;
      detail?: string;
    };

const issuerNotChecked: VerificationMessage = {
  es: 'La firma es auténtica, pero el nombre del emisor no se comprobó: la clave de confianza no está vinculada a un emisor.',
  en: "The signature is genuine, but the issuer's name was not checked: the trusted key is not bound to an issuer.",
  fr: "La signature est authentique, mais le nom de l'émetteur n'a pas été vérifié : la clé de confiance n'est liée à aucun émetteur.",
};

const messages: Record<VerificationFailure, VerificationMessage> = {
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

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Splits a compact JWS and decodes its header; a reason (text) when it is not one. */
function decodeHeader(jws: unknown): { token: string; header: Record<string, unknown> } | string {
  if (typeof jws !== 'string') return 'not a string';
  const token = jws.trim();
  const parts = token.split('.');
  if (parts.length !== 3 || parts.some((part) => !/^[A-Za-z0-9_-]+$/.test(part)))
    return 'not a compact JWS (three base64url parts separated by dots)';
  let header: unknown;
  try {
    header = JSON.parse(
      new TextDecoder('utf-8', { fatal: true }).decode(base64url.decode(parts[0] as string)),
    );
  } catch {
    return 'the JWS header is not base64url-encoded JSON';
  }
  if (!isObject(header)) return 'the JWS header is not a JSON object';
  return { token, header };
}

/** The header `typ` values of a credential: Ruta's (VC-JOSE) and OB 3.0's own JWT proof format. */
const credentialTypes = ['vc+jwt', 'JWT'];

function headerProblem(header: Record<string, unknown>, types: readonly string[]): string | undefined {
  if (!verificationAlgorithms.includes(header.alg as VerificationAlgorithm))
    return `header alg ${JSON.stringify(header.alg)} is not one of ${verificationAlgorithms.join(', ')}`;
  if (header.typ !== undefined && !types.includes(header.typ as string))
    return `header typ ${JSON.stringify(header.typ)} is not ${types.map((type) => `"${type}"`).join(' or ')}`;
  if (header.kid !== undefined && typeof header.kid !== 'string') return 'header kid is not a text';
  if (header.crit !== undefined) return 'header crit is not supported';
  return undefined;
}

type SignatureCheck =
  | {
      ok: true;
      payload: unknown;
      alg: VerificationAlgorithm;
      keyId: string;
      issuerIds: (string | undefined)[];
    }
  | { ok: false; reason: 'malformed' | 'unknown-issuer' | 'bad-signature'; detail?: string };

/**
 * Checks the header and the signature before anything of the payload is read: an altered payload is
 * `bad-signature` whatever it now says. Returns the decoded payload and the issuer ids the verifying key is
 * bound to (`undefined` for a bare key).
 */
async function checkSigned(
  jws: unknown,
  entries: ReturnType<typeof trustedEntries>,
  types: readonly string[],
): Promise<SignatureCheck> {
  const decoded = decodeHeader(jws);
  if (typeof decoded === 'string') return { ok: false, reason: 'malformed', detail: decoded };
  const problem = headerProblem(decoded.header, types);
  if (problem) return { ok: false, reason: 'malformed', detail: problem };
  const alg = decoded.header.alg as VerificationAlgorithm;
  const kid = decoded.header.kid as string | undefined;
  const candidates = await candidateKeys(entries, alg, kid);
  if (candidates.length === 0)
    return {
      ok: false,
      reason: 'unknown-issuer',
      detail: kid === undefined ? `no trusted ${alg} key` : `no trusted ${alg} key has the key id ${kid}`,
    };
  let verified: { payload: Uint8Array; keyId: string } | undefined;
  const issuerIds: (string | undefined)[] = [];
  for (const candidate of candidates) {
    if (verified !== undefined && candidate.kid !== verified.keyId) continue;
    try {
      const { payload } = await compactVerify(decoded.token, candidate.key, { algorithms: [alg] });
      verified ??= { payload, keyId: candidate.kid };
      issuerIds.push(candidate.issuerId);
    } catch {
      // Try the next trusted key.
    }
  }
  if (verified === undefined) return { ok: false, reason: 'bad-signature' };
  try {
    const payload = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(verified.payload)) as unknown;
    return { ok: true, payload, alg, keyId: verified.keyId, issuerIds };
  } catch {
    return { ok: false, reason: 'malformed', detail: 'the signed payload is not JSON' };
  }
}

function instant(now: Date | string): number {
  const ms = now instanceof Date ? now.getTime() : typeof now === 'string' ? Date.parse(now) : Number.NaN;
  if (Number.isNaN(ms)) throw new VerificationOptionError('now', `is not a valid date: ${String(now)}`);
  return ms;
}

function tolerance(seconds: unknown): number {
  if (seconds === undefined) return 0;
  if (
    typeof seconds !== 'number' ||
    !Number.isFinite(seconds) ||
    seconds < 0 ||
    seconds > maxClockToleranceSeconds
  )
    throw new VerificationOptionError(
      'clockToleranceSeconds',
      `must be a number of seconds from 0 to ${maxClockToleranceSeconds}; received ${String(seconds)}`,
    );
  return seconds;
}

const zodDetail = (error: Parameters<typeof issuesFromZod>[0]) =>
  issuesFromZod(error)
    .map((i) => `${i.path}: ${i.message}`)
    .join('; ');

/**
 * Verifies a signed revocation list (a compact JWS, see {@link RevocationList}) against trusted issuer keys:
 * its signature first, then its form, then that a key bound to an issuer signs only that issuer's list.
 * Never throws on a bad list; throws a {@link VerificationOptionError} on unusable trusted keys.
 */
export async function verifyRevocationList(
  jws: string,
  options: { trustedIssuers: readonly TrustedIssuer[] },
): Promise<RevocationListVerification> {
  const entries = trustedEntries(options.trustedIssuers);
  const signed = await checkSigned(jws, entries, [revocationListJwtType]);
  if (!signed.ok) return failure(signed.reason, signed.detail);
  if (!isObject(signed.payload)) return failure('malformed', 'the payload is not a JSON object');
  const { iss, iat, ...document } = signed.payload;
  const parsed = RevocationList.safeParse(document);
  if (!parsed.success) return failure('malformed', zodDetail(parsed.error));
  if (iss !== parsed.data.issuer) return failure('malformed', 'iss must equal the list issuer');
  if (iat !== undefined && !Number.isInteger(iat)) return failure('malformed', 'iat must be a whole number');
  if (!signed.issuerIds.some((id) => id === undefined || id === parsed.data.issuer))
    return failure(
      'unknown-issuer',
      `the key that signed it is trusted for ${signed.issuerIds.join(', ')} only`,
    );
  return { ok: true, value: parsed.data };
}

/**
 * Verifies an Open Badges 3.0 credential JWT offline — Ruta's, or any OB 3.0 issuer's that the official
 * schema accepts: its signature and algorithm first (an altered credential is `bad-signature` whatever it now
 * says), then its form, its issuer, the revocation lists given, and its validity period at `now`. Each
 * failure has its own reason (first found, in that order) and a message in Spanish, English and French.
 * Never throws on a bad credential; throws a {@link VerificationOptionError} on unusable options (a bad
 * `now`, a clock tolerance that is not a finite number within bounds, a private key as a trusted key).
 */
export async function verifyCredential(
  jwt: string,
  options: VerifyCredentialOptions,
): Promise<CredentialVerification> {
  const nowMs = instant(options.now);
  const leeway = tolerance(options.clockToleranceSeconds);
  const entries = trustedEntries(options.trustedIssuers);
  const signed = await checkSigned(jwt, entries, credentialTypes);
  if (!signed.ok) return failure(signed.reason, signed.detail);

  const parsed = ReceivedOpenBadge.safeParse(signed.payload);
  if (!parsed.success) return failure('malformed', zodDetail(parsed.error));
  const claims = ReceivedClaims.safeParse(signed.payload);
  if (!claims.success) return failure('malformed', zodDetail(claims.error));
  const mismatches = receivedClaimMismatches(parsed.data, claims.data);
  if (mismatches.length > 0) return failure('malformed', `claims that disagree: ${mismatches.join(', ')}`);
  const { iss: _iss, jti: _jti, sub: _sub, nbf: _nbf, exp: _exp, iat: _iat, ...credential } = parsed.data;
  const issuer = issuerProfile(parsed.data);
  const validFrom = epochSeconds(credential.validFrom);
  const validUntil = credential.validUntil === undefined ? undefined : epochSeconds(credential.validUntil);
  if (validUntil !== undefined && validUntil <= validFrom)
    return failure(
      'malformed',
      `validUntil ${credential.validUntil} is not after validFrom ${credential.validFrom}`,
    );

  const issuerChecked = signed.issuerIds.includes(issuer.id);
  if (!issuerChecked && !signed.issuerIds.includes(undefined))
    return failure(
      'unknown-issuer',
      `the key that signed it is trusted for ${signed.issuerIds.join(', ')}, not for ${issuer.id}`,
    );

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
        return failure('untrusted-revocation-list', `revocations[${index}]: ${zodDetail(plain.error)}`);
      list = plain.data;
    }
    if (list.issuer === issuer.id && list.credentialIds.includes(credential.id))
      return failure('revoked', `listed in revocations[${index}], issued ${list.issued}`);
  }

  // Valid from `validFrom` (inclusive) to `validUntil` (exclusive: expired at that very second), each
  // widened by the tolerance.
  const nowSeconds = Math.floor(nowMs / 1000);
  if (nowSeconds + leeway < validFrom) return failure('not-yet-valid', `valid from ${credential.validFrom}`);
  if (validUntil !== undefined && nowSeconds - leeway >= validUntil)
    return failure('expired', `valid until ${credential.validUntil}`);

  return {
    ok: true,
    credential,
    issuer,
    issuerChecked,
    ...(issuerChecked ? {} : { issuerNotice: issuerNotChecked }),
    algorithm: signed.alg,
    keyId: signed.keyId,
  };
}
