import { z } from 'zod';

/**
 * The Open Badges 3.0 shapes Ruta issues (a W3C Verifiable Credential 2.0 `OpenBadgeCredential`), as zod
 * schemas. The verifier checks every credential against them, so this module holds only shapes: no signing,
 * no Node APIs (the `@ruta/certification/verify` subpath imports it in browsers).
 */

export const vcContext = 'https://www.w3.org/ns/credentials/v2';
export const obContext = 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json';

/** `urn:uuid:` followed by an RFC 9562 UUID in lowercase. */
export const credentialIdPattern = /^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

const nonEmpty = z.string().trim().min(1, 'must not be empty');
/** A URI: a scheme, a colon and at least one more character (`https://…`, `urn:uuid:…`, `did:web:…`). */
const Uri = z.string().regex(/^[a-zA-Z][a-zA-Z0-9+.-]*:\S+$/, 'must be a URI such as https://… or urn:…');
/** `2026-03-01T00:00:00Z`: a date-time with its time zone (OB 3.0 `DateTimeZ`). */
const DateTimeZ = z.iso.datetime({ offset: true, error: () => 'must be a date-time with a time zone' });
const ExtensibleTerm = (values: readonly [string, ...string[]]) =>
  z.union([z.enum(values), z.string().regex(/^ext:[A-Za-z0-9._-]+$/)]);

/** The OB 3.0 achievement types a certification scheme may use (plus `ext:…` extensions). */
export const achievementTypes = [
  'Certificate',
  'CertificateOfCompletion',
  'Certification',
  'Award',
  'Badge',
  'Course',
  'LearningProgram',
  'License',
  'MicroCredential',
] as const;
export const AchievementType = ExtensibleTerm(achievementTypes);
export type AchievementType = z.infer<typeof AchievementType>;

/** The issuer: who signs the credential. */
export const Profile = z.strictObject({
  id: Uri,
  type: z.tuple([z.literal('Profile')]),
  name: nonEmpty,
  url: Uri.optional(),
});
export type Profile = z.infer<typeof Profile>;

/** A competency of a framework the achievement is aligned to (e.g. a CASE item of the regional framework). */
export const Alignment = z.strictObject({
  type: z.tuple([z.literal('Alignment')]),
  targetName: nonEmpty,
  targetUrl: Uri,
  targetDescription: nonEmpty.optional(),
  targetFramework: nonEmpty.optional(),
  targetCode: nonEmpty.optional(),
  targetType: ExtensibleTerm(['ceasn:Competency', 'CFItem']).optional(),
});
export type Alignment = z.infer<typeof Alignment>;

export const Achievement = z.strictObject({
  id: Uri,
  type: z.tuple([z.literal('Achievement')]),
  name: nonEmpty,
  description: nonEmpty,
  criteria: z.strictObject({ narrative: nonEmpty }),
  achievementType: AchievementType.optional(),
  creditsAvailable: z.number().nonnegative().optional(),
  humanCode: nonEmpty.optional(),
  inLanguage: z
    .string()
    .regex(/^[a-z]{2}$/)
    .optional(),
  alignment: z.array(Alignment).optional(),
  tag: z.array(nonEmpty).optional(),
});
export type Achievement = z.infer<typeof Achievement>;

/** A recipient identifier; Ruta hashes it (`sha256$…` over identifier + salt) so no personal data travels. */
export const IdentityObject = z.strictObject({
  type: z.literal('IdentityObject'),
  hashed: z.boolean(),
  identityHash: nonEmpty,
  identityType: ExtensibleTerm(['identifier', 'sourcedId', 'systemId', 'emailAddress', 'name']),
  salt: z.string().optional(),
});
export type IdentityObject = z.infer<typeof IdentityObject>;

export const AchievementSubject = z
  .strictObject({
    type: z.tuple([z.literal('AchievementSubject')]),
    id: Uri.optional(),
    identifier: z.array(IdentityObject).min(1).optional(),
    achievement: Achievement,
    creditsEarned: z.number().nonnegative().optional(),
    activityStartDate: DateTimeZ.optional(),
    activityEndDate: DateTimeZ.optional(),
  })
  .refine((subject) => subject.id !== undefined || subject.identifier !== undefined, {
    message: 'needs an id or an identifier for the recipient',
  });
export type AchievementSubject = z.infer<typeof AchievementSubject>;

/** A summary of what the decision rested on (attendance, verified scenario results, replication sessions). */
export const Evidence = z.strictObject({
  type: z.tuple([z.literal('Evidence')]),
  id: Uri.optional(),
  name: nonEmpty.optional(),
  narrative: nonEmpty.optional(),
  description: nonEmpty.optional(),
  genre: nonEmpty.optional(),
});
export type Evidence = z.infer<typeof Evidence>;

/** The credential Ruta issues: an OB 3.0 `OpenBadgeCredential` (VC Data Model 2.0), before signing. */
export const OpenBadgeCredential = z.strictObject({
  '@context': z.tuple([z.literal(vcContext), z.literal(obContext)]),
  id: z.string().regex(credentialIdPattern, 'must be urn:uuid: followed by a lowercase UUID'),
  type: z.tuple([z.literal('VerifiableCredential'), z.literal('OpenBadgeCredential')]),
  issuer: Profile,
  validFrom: DateTimeZ,
  validUntil: DateTimeZ.optional(),
  awardedDate: DateTimeZ.optional(),
  name: nonEmpty,
  description: nonEmpty.optional(),
  credentialSubject: AchievementSubject,
  evidence: z.array(Evidence).optional(),
});
export type OpenBadgeCredential = z.infer<typeof OpenBadgeCredential>;

/**
 * The JWT payload of a credential in the VC-JOSE form: the credential itself plus the registered claims
 * `iss` (= issuer.id), `jti` (= id), `nbf` (= validFrom), `exp` (= validUntil, when it expires), `sub`
 * (= credentialSubject.id, or the recipient's identity hash) and `iat`.
 */
export const CredentialJwtPayload = OpenBadgeCredential.extend({
  iss: nonEmpty,
  jti: nonEmpty,
  sub: nonEmpty,
  nbf: z.int().nonnegative(),
  exp: z.int().nonnegative().optional(),
  iat: z.int().nonnegative().optional(),
});
export type CredentialJwtPayload = z.infer<typeof CredentialJwtPayload>;

/** The subject claim (`sub`) of a credential: its subject's id, or else its first identity hash. */
export function subjectClaim(credential: OpenBadgeCredential): string {
  const subject = credential.credentialSubject;
  return subject.id ?? subject.identifier?.[0]?.identityHash ?? '';
}

/** Seconds since the epoch of an ISO date-time (the `nbf`/`exp` claims). */
export function epochSeconds(isoDateTime: string): number {
  return Math.floor(Date.parse(isoDateTime) / 1000);
}

/** The claims that must agree between a credential and its JWT payload; the names of those that do not. */
export function claimMismatches(payload: CredentialJwtPayload): string[] {
  const wrong: string[] = [];
  if (payload.iss !== payload.issuer.id) wrong.push('iss (must equal issuer.id)');
  if (payload.jti !== payload.id) wrong.push('jti (must equal id)');
  if (payload.nbf !== epochSeconds(payload.validFrom)) wrong.push('nbf (must equal validFrom)');
  if (
    payload.validUntil === undefined
      ? payload.exp !== undefined
      : payload.exp !== epochSeconds(payload.validUntil)
  )
    wrong.push('exp (must equal validUntil)');
  if (payload.sub !== subjectClaim(payload)) wrong.push('sub (must name the credential subject)');
  return wrong;
}
