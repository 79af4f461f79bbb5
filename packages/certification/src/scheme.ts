import { CompetencyId, Level } from '@ruta/competencies';
import { Area, Country, Id, languages, type ParseResult, parseWith, Role, textIn } from '@ruta/curriculum';
import { Stage } from '@ruta/scenario-engine';
import { z } from 'zod';
import { AchievementType } from './open-badge';

/**
 * A certification scheme: the rules, as data, by which a trainee earns each kind of certificate. The
 * regional scheme ships with this library (`regionalScheme`); a member country may publish its own and
 * check it with `parseScheme`.
 */

/** The kinds of certificate a scheme may award. */
export const certificateKinds = ['participation', 'completion', 'trainer', 'renewal'] as const;
export const CertificateKind = z.enum(certificateKinds);
export type CertificateKind = z.infer<typeof CertificateKind>;

/** Every text a certificate carries is in Spanish, English and French. */
export const SchemeText = textIn(languages);
export type SchemeText = z.infer<typeof SchemeText>;

const Fraction = z.number().min(0, 'must be between 0 and 1').max(1, 'must be between 0 and 1');
const semver =
  /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-((?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\.(?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\+([0-9a-zA-Z-]+(?:\.[0-9a-zA-Z-]+)*))?$/;

/**
 * The competency levels (1 awareness, 2 practitioner, 3 specialist and trainer) a role must have reached,
 * per competency: `{ "prosecutor": { "evidence-beyond-testimony": 2 } }`. A role not listed has none.
 */
export const RequiredLevels = z.partialRecord(Role, z.partialRecord(CompetencyId, Level));
export type RequiredLevels = z.infer<typeof RequiredLevels>;

const kindFields = {
  /** The certificate's name, e.g. "Certificado de aprobación". */
  title: SchemeText,
  /** What the certificate attests, written for whoever reads it. */
  description: SchemeText,
  /** The Open Badges 3.0 achievement type, e.g. `Certificate`, `CertificateOfCompletion`, `Certification`. */
  achievementType: AchievementType,
  /** How long the certificate is valid after it is issued, in months; `null` when it does not expire. */
  validityMonths: z.int('must be a whole number of months').positive('must be 1 month or more').nullable(),
  /** The academic hours the certificate attests. */
  academicHours: z.number().nonnegative('must be 0 or more hours'),
  /** The academic credits it carries under the program's accreditation (e.g. unidades valorativas). */
  credits: z.number().nonnegative('must be 0 or more credits'),
  requiredLevels: RequiredLevels,
};

/**
 * How scenario performance is judged: only the trainee's verified, complete results completed within
 * `windowDays` before the evaluation date count, and of those only the best attempt per scenario.
 */
export const ScenarioPerformance = z.strictObject({
  windowDays: z.int('must be a whole number of days').positive('must be 1 day or more'),
  /** Minimum mean overall score per area (0–1) over the attempts that count. */
  areaThresholds: z
    .partialRecord(Area, Fraction)
    .refine((thresholds) => Object.keys(thresholds).length > 0, 'needs a threshold for at least one area'),
  /** At least one counting attempt is needed in each of these stages. */
  requiredStages: z.array(Stage),
  /** When true, an attempt that counts must contain no choice assessed `harmful`. */
  forbidHarmful: z.boolean(),
});
export type ScenarioPerformance = z.infer<typeof ScenarioPerformance>;

/** Participation: the trainee attended enough of the cohort's hours. */
export const ParticipationRule = z.strictObject({
  ...kindFields,
  /** The share of the cohort's planned hours attended, 0–1 (0.8 = 80 %). */
  minAttendance: Fraction,
});
export type ParticipationRule = z.infer<typeof ParticipationRule>;

/** Completion: attendance, every module of the cohort covered, and scenario performance. */
export const CompletionRule = z.strictObject({
  ...kindFields,
  minAttendance: Fraction,
  performance: ScenarioPerformance,
});
export type CompletionRule = z.infer<typeof CompletionRule>;

/**
 * Trainer ("multiplicador"): completion (now, or a valid completion certificate), plus replication
 * sessions the trainee delivered to colleagues in their own country, each recorded with its date, place
 * and attendees.
 */
export const TrainerRule = z.strictObject({
  ...kindFields,
  /** Distinct colleagues trained, over all replication sessions that count. */
  minColleagues: z.int('must be a whole number').positive('must be 1 or more'),
  /** Replication sessions that count. */
  minSessions: z.int('must be a whole number').positive('must be 1 or more'),
  /** Only sessions held within this many months before the evaluation count; `null` for no limit. */
  replicationWindowMonths: z.int('must be a whole number').positive('must be 1 month or more').nullable(),
});
export type TrainerRule = z.infer<typeof TrainerRule>;

/** Renewal of an expired certificate on new, recent scenario results (staff rotation keeps the pool current). */
export const RenewalRule = z.strictObject({
  ...kindFields,
  /** The kinds of certificate this renews. */
  renews: z.array(z.enum(['completion', 'trainer'])).min(1, 'must renew at least one kind'),
  /** How long after expiry renewal is still possible, in months; `null` for no limit. */
  graceMonths: z.int('must be a whole number').nonnegative('must be 0 or more').nullable(),
  /** The verified results that count must number at least this many (distinct scenarios). */
  minRecentResults: z.int('must be a whole number').positive('must be 1 or more'),
  performance: ScenarioPerformance,
});
export type RenewalRule = z.infer<typeof RenewalRule>;

/** The OB 3.0 alignment target of the competencies: the framework's name and where its items are published. */
export const CompetencyFrameworkReference = z.strictObject({
  name: z.string().trim().min(1, 'must not be empty'),
  /** The base URL of the framework's items; an alignment's `targetUrl` is `${url}/${competencyId}`. */
  url: z.url({ error: () => 'must be a URL such as https://…' }),
});
export type CompetencyFrameworkReference = z.infer<typeof CompetencyFrameworkReference>;

export const CertificationScheme = z
  .strictObject({
    format: z.literal('ruta.certification-scheme/1'),
    id: Id,
    version: z.string().regex(semver, 'must be a Semantic Versioning 2.0.0 version such as "1.0.0"'),
    /** The member country the scheme belongs to, or `RCM` for the regional scheme. */
    country: z.union([Country, z.literal('RCM')], {
      error: () => 'must be an RCM member country code or "RCM"',
    }),
    title: SchemeText,
    description: SchemeText,
    competencyFramework: CompetencyFrameworkReference,
    kinds: z.strictObject({
      participation: ParticipationRule.optional(),
      completion: CompletionRule.optional(),
      trainer: TrainerRule.optional(),
      renewal: RenewalRule.optional(),
    }),
  })
  .superRefine((scheme, ctx) => {
    const { kinds } = scheme;
    if (Object.values(kinds).every((rule) => rule === undefined))
      ctx.addIssue({
        code: 'custom',
        path: ['kinds'],
        message: 'must define at least one kind of certificate',
      });
    if (kinds.trainer && !kinds.completion)
      ctx.addIssue({
        code: 'custom',
        path: ['kinds', 'trainer'],
        message: 'a trainer certificate builds on completion: define kinds.completion too',
      });
    kinds.renewal?.renews.forEach((kind, index) => {
      if (!kinds[kind])
        ctx.addIssue({
          code: 'custom',
          path: ['kinds', 'renewal', 'renews', index],
          message: `renews "${kind}", which this scheme does not define`,
        });
      else if (kinds[kind].validityMonths === null)
        ctx.addIssue({
          code: 'custom',
          path: ['kinds', 'renewal', 'renews', index],
          message: `renews "${kind}", which never expires (its validityMonths is null)`,
        });
    });
    for (const kind of ['completion', 'renewal'] as const) {
      const stages = kinds[kind]?.performance.requiredStages ?? [];
      stages.forEach((stage, index) => {
        if (stages.indexOf(stage) !== index)
          ctx.addIssue({
            code: 'custom',
            path: ['kinds', kind, 'performance', 'requiredStages', index],
            message: `stage "${stage}" is listed twice`,
          });
      });
    }
    if (
      kinds.completion &&
      kinds.participation &&
      kinds.completion.minAttendance < kinds.participation.minAttendance
    )
      ctx.addIssue({
        code: 'custom',
        path: ['kinds', 'completion', 'minAttendance'],
        message: `is lower than participation's (${kinds.participation.minAttendance}): completion must ask at least as much attendance`,
      });
  });
export type CertificationScheme = z.infer<typeof CertificationScheme>;

/**
 * Validates a certification scheme (e.g. a country's own, read from JSON). Never throws: returns the scheme
 * or every issue with its JSON path, e.g. `kinds.completion.performance.areaThresholds.protection: must be
 * between 0 and 1`.
 */
export function parseScheme(input: unknown): ParseResult<CertificationScheme> {
  return parseWith(CertificationScheme, input);
}

/** The JSON Schema of a certification scheme, for editors and other tools. */
export function schemeJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(CertificationScheme, { io: 'input', unrepresentable: 'any' }) as Record<
    string,
    unknown
  >;
}
