import { Evidence as CompetencyEvidence } from '@ruta/competencies';
import {
  Country,
  Id,
  IsoDate,
  type Issue,
  ModuleId,
  type ParseResult,
  parseWith,
  Role,
} from '@ruta/curriculum';
import { Outcome, PlayEvent } from '@ruta/scenario-engine';
import { z } from 'zod';
import { CertificateKind } from './scheme';

/**
 * A trainee's record: everything a certification decision rests on. It is data the program office keeps
 * (attendance sheets, the lab's submitted results, replication reports, certificates issued before).
 */

const nonEmpty = z.string().trim().min(1, 'must not be empty');
const DateTime = z.iso.datetime({
  offset: true,
  error: () => 'must be a date-time such as 2026-03-02T15:04:05Z',
});

/** The trainee. */
export const Person = z.strictObject({
  id: Id,
  name: nonEmpty.max(200, 'allows at most 200 characters'),
  role: Role,
  country: Country,
  /** A DID or URL the person controls; when present the credential names it as `credentialSubject.id`. */
  did: z
    .string()
    .regex(/^(did|https?):\S+$/, 'must be a DID (did:…) or an https URL')
    .optional(),
});
export type Person = z.infer<typeof Person>;

/** The cohort the trainee took part in: the modules it teaches and the hours it planned. */
export const CohortPlan = z.strictObject({
  id: Id,
  modules: z.array(ModuleId).min(1, 'needs at least one module'),
  plannedHours: z.number().positive('must be more than 0 hours'),
});
export type CohortPlan = z.infer<typeof CohortPlan>;

/** One session the trainee attended: when, which modules it covered, and the hours attended. */
export const AttendedSession = z.strictObject({
  sessionId: Id.optional(),
  date: IsoDate,
  modules: z.array(ModuleId).min(1, 'needs at least one module'),
  hours: z
    .number()
    .positive('must be more than 0 hours')
    .max(12, 'must be at most 12 hours (one day of teaching)'),
});
export type AttendedSession = z.infer<typeof AttendedSession>;

/**
 * A scenario result as the lab submits it: which pack (id and exact version) and scenario, the events
 * played, the values carried in from an earlier journey step, when it was completed, and the score and
 * outcome the lab claims. The claim is never trusted: the events are replayed against the pack.
 */
export const SubmittedResult = z.strictObject({
  packId: Id,
  packVersion: nonEmpty,
  scenarioId: Id,
  /** The play events, in the engine's `PlayEvent` shape. */
  events: z.array(PlayEvent),
  /**
   * Values carried in from the previous step of a journey (variable → value). They count only when a
   * verified result of that previous step, in the same record, produced exactly these values.
   */
  carry: z.record(z.string(), z.union([z.number(), z.boolean()])).optional(),
  completedAt: DateTime,
  claimed: z.strictObject({
    overall: z.number().min(0).max(1).nullable(),
    outcome: Outcome.nullable(),
  }),
});
export type SubmittedResult = z.infer<typeof SubmittedResult>;

/** A colleague trained in a replication session. `id` (e.g. a staff number) tells apart people with one name. */
export const ReplicationAttendee = z.strictObject({
  id: nonEmpty.optional(),
  name: nonEmpty,
  institution: nonEmpty.optional(),
  role: Role.optional(),
});
export type ReplicationAttendee = z.infer<typeof ReplicationAttendee>;

/** A replication session the trainee delivered to colleagues (train-the-trainer): when, where and to whom. */
export const ReplicationReport = z.strictObject({
  date: IsoDate,
  place: nonEmpty,
  country: Country,
  modules: z.array(ModuleId).min(1, 'needs at least one module').optional(),
  hours: z.number().positive('must be more than 0 hours').optional(),
  attendees: z.array(ReplicationAttendee).min(1, 'needs at least one attendee'),
});
export type ReplicationReport = z.infer<typeof ReplicationReport>;

/** A certificate issued to the trainee before. */
export const PriorCertificate = z
  .strictObject({
    id: nonEmpty,
    kind: CertificateKind,
    issuedOn: IsoDate,
    /** The last day it is valid; `null` when it does not expire. */
    validUntil: IsoDate.nullable(),
    /** For a renewal: the kind of certificate it renewed. */
    renews: z.enum(['completion', 'trainer']).optional(),
  })
  .refine(
    (certificate) => certificate.validUntil === null || certificate.validUntil >= certificate.issuedOn,
    {
      message: 'validUntil is before issuedOn',
      path: ['validUntil'],
    },
  );
export type PriorCertificate = z.infer<typeof PriorCertificate>;

export const TraineeRecord = z.strictObject({
  person: Person,
  cohort: CohortPlan,
  attendance: z.array(AttendedSession),
  scenarioResults: z.array(SubmittedResult),
  replications: z.array(ReplicationReport),
  priorCertificates: z.array(PriorCertificate),
  /**
   * Competency evidence from outside the lab (written assessments, facilitator observations), in the
   * `@ruta/competencies` evidence shape; verified scenario results are added to it as `scenario-result`.
   */
  competencyEvidence: z.array(CompetencyEvidence).optional(),
});
export type TraineeRecord = z.infer<typeof TraineeRecord>;
export type TraineeRecordInput = z.input<typeof TraineeRecord>;

/**
 * Carried-value names that are not variable names but object machinery (`__proto__`, which a JSON parser
 * keeps as an own key and a schema would silently drop): one issue each, so they are refused, not dropped.
 */
export function carryKeyIssues(input: unknown): Issue[] {
  try {
    return machineryKeyIssues(input);
  } catch {
    // Pathological input (a getter that throws, a proxy): the schema check reports it.
    return [];
  }
}

function machineryKeyIssues(input: unknown): Issue[] {
  const results = (input as { scenarioResults?: unknown } | null)?.scenarioResults;
  if (!Array.isArray(results)) return [];
  const issues: Issue[] = [];
  results.forEach((result: unknown, index) => {
    const carry = (result as { carry?: unknown } | null)?.carry;
    if (typeof carry !== 'object' || carry === null) return;
    for (const key of ['__proto__', 'constructor', 'prototype'])
      if (Object.hasOwn(carry, key))
        issues.push({
          path: `scenarioResults[${index}].carry["${key}"]`,
          message: 'is not a variable name: carried values name the variables of the scenario',
        });
  });
  return issues;
}

/** Validates a trainee record (e.g. read from JSON). Never throws; every issue names its JSON path. */
export function parseRecord(input: unknown): ParseResult<TraineeRecord> {
  const refused = carryKeyIssues(input);
  const parsed = parseWith(TraineeRecord, input);
  if (refused.length === 0) return parsed;
  return { ok: false, issues: [...refused, ...(parsed.ok ? [] : parsed.issues)] };
}

/**
 * The JSON Schema (draft 2020-12) of a trainee record, generated from the zod schema: what a program office
 * checks its records against before `evaluate` (the CLI prints it with `ruta schema record`).
 */
export function recordJsonSchema(): Record<string, unknown> {
  const generated = z.toJSONSchema(TraineeRecord, {
    target: 'draft-2020-12',
    io: 'input',
    unrepresentable: 'any',
  });
  return {
    ...generated,
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    title: 'Ruta trainee record',
    description:
      'Everything a certification decision rests on: the person, the cohort, the sessions attended, the submitted scenario results (replayed, never trusted), replications delivered and certificates held.',
  };
}
