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

/*
 * What the verifier accepts: any OB 3.0 `OpenBadgeCredential` (or `AchievementCredential`) of the official
 * schema, from Ruta or from another issuer. The members the verifier reads are checked; every other member
 * the OB 3.0 and VC 2.0 data models allow (`evidence`, `termsOfUse`, `image`, `credentialStatus`, further
 * `@context` entries, extra subject fields, …) is kept as it is.
 */

/** The OB 3.0 context URL of any 3.0.x version (the official schema's pattern). */
const obContextPattern = /^https:\/\/purl\.imsglobal\.org\/spec\/ob\/v3p0\/context(-3\.\d\.\d)*\.json$/;

/** An unordered set of types (a JSON array) that contains each of `required` and one of each `oneOf` group. */
const TypeSet = (required: readonly string[], ...oneOf: (readonly string[])[]) =>
  z
    .array(z.string())
    .min(1, 'must list at least one type')
    .refine((types) => required.every((type) => types.includes(type)), {
      message: `must contain ${required.map((type) => `"${type}"`).join(' and ')}`,
    })
    .refine((types) => oneOf.every((group) => group.some((type) => types.includes(type))), {
      message: `must contain ${oneOf.map((group) => group.map((type) => `"${type}"`).join(' or ')).join(', and ')}`,
    });

/** The issuer of a received credential: an OB 3.0 `Profile` (other members kept). */
export const ReceivedProfile = z.looseObject({
  id: Uri,
  type: TypeSet(['Profile']),
  name: z.string().optional(),
  url: z.string().optional(),
});
export type ReceivedProfile = z.infer<typeof ReceivedProfile>;

export const ReceivedAchievement = z.looseObject({
  id: Uri,
  type: TypeSet(['Achievement']),
  name: z.string(),
  description: z.string(),
  criteria: z.looseObject({ id: z.string().optional(), narrative: z.string().optional() }),
  alignment: z
    .array(z.looseObject({ type: z.array(z.string()), targetName: z.string(), targetUrl: Uri }))
    .optional(),
});

export const ReceivedSubject = z.looseObject({
  id: Uri.optional(),
  type: TypeSet(['AchievementSubject']),
  identifier: z
    .array(
      z.looseObject({
        type: z.literal('IdentityObject'),
        hashed: z.boolean(),
        identityHash: z.string(),
        identityType: z.string(),
        salt: z.string().optional(),
      }),
    )
    .optional(),
  achievement: ReceivedAchievement,
});

/** Any OB 3.0 credential as the verifier reads it; members it does not read are kept untouched. */
export const ReceivedOpenBadge = z.looseObject({
  '@context': z
    .array(z.union([z.string(), z.record(z.string(), z.unknown())]))
    .min(2, `must start with "${vcContext}" and the OB 3.0 context`)
    .refine((context) => context[0] === vcContext, { message: `must start with "${vcContext}"` })
    .refine((context) => typeof context[1] === 'string' && obContextPattern.test(context[1]), {
      message:
        'its second entry must be the OB 3.0 context (https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.x.json)',
    }),
  id: Uri,
  type: TypeSet(['VerifiableCredential'], ['OpenBadgeCredential', 'AchievementCredential']),
  issuer: z.union([Uri, ReceivedProfile]),
  validFrom: DateTimeZ,
  validUntil: DateTimeZ.optional(),
  name: z.string().optional(),
  credentialSubject: ReceivedSubject,
});
export type ReceivedOpenBadge = z.infer<typeof ReceivedOpenBadge>;

/** The registered JWT claims a received credential may carry next to it (each checked when present). */
export const ReceivedClaims = z.looseObject({
  iss: z.string().optional(),
  jti: z.string().optional(),
  sub: z.string().optional(),
  nbf: z.number().optional(),
  exp: z.number().optional(),
  iat: z.number().optional(),
});

/** The issuer of a received credential as a profile (an issuer given as a bare URI becomes `{ id }`). */
export function issuerProfile(credential: ReceivedOpenBadge): ReceivedProfile {
  return typeof credential.issuer === 'string'
    ? { id: credential.issuer, type: ['Profile'] }
    : credential.issuer;
}

/**
 * The registered claims that disagree with the credential they travel with (each is checked only when
 * present: OB 3.0 issuers other than Ruta may leave some out). Ruta writes all of them.
 */
export function receivedClaimMismatches(
  credential: ReceivedOpenBadge,
  claims: z.infer<typeof ReceivedClaims>,
): string[] {
  const wrong: string[] = [];
  if (claims.iss !== undefined && claims.iss !== issuerProfile(credential).id)
    wrong.push('iss (must equal issuer.id)');
  if (claims.jti !== undefined && claims.jti !== credential.id) wrong.push('jti (must equal id)');
  if (claims.nbf !== undefined && claims.nbf !== epochSeconds(credential.validFrom))
    wrong.push('nbf (must equal validFrom)');
  if (
    claims.exp !== undefined &&
    (credential.validUntil === undefined || claims.exp !== epochSeconds(credential.validUntil))
  )
    wrong.push('exp (must equal validUntil)');
  const subject = credential.credentialSubject;
  if (claims.sub !== undefined) {
    const names =
      subject.id !== undefined ? [subject.id] : (subject.identifier ?? []).map((i) => i.identityHash);
    if (!names.includes(claims.sub)) wrong.push('sub (must name the credential subject)');
  }
  return wrong;
}
