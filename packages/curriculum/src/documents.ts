import { z } from 'zod';
import { Accreditation } from './accreditation';
import { Attendance, attendanceOf } from './attendance';
import { Cohort, cohortOf } from './cohort';
import { Contribution } from './contribution';
import { Facilitator } from './facilitator';
import type { ParseResult } from './issues';
import { parseWith } from './issues';
import { Module } from './module';
import { Participant } from './participant';
import { Program } from './program';

/** Validates a program: shape, unique module ids, areas served, and every text in the declared languages. */
export function parseProgram(input: unknown): ParseResult<Program> {
  return parseWith(Program, input);
}

/** Validates one module on its own (3–6 learning objectives, at least one area, contact hours > 0). */
export function parseModule(input: unknown): ParseResult<Module> {
  return parseWith(Module, input);
}

/**
 * Validates a cohort: dates, sessions within them, references to its modules, facilitators and participants,
 * unique ids. With `program`, also checks the program id, that its modules exist in the program, and that
 * each session has a facilitator expert in an area the module serves.
 */
export function parseCohort(input: unknown, options: { program?: Program } = {}): ParseResult<Cohort> {
  return parseWith(options.program ? cohortOf(options.program) : Cohort, input);
}

/** Validates one participant (an RCM member country, a sector consistent with the role). */
export function parseParticipant(input: unknown): ParseResult<Participant> {
  return parseWith(Participant, input);
}

/** Validates one facilitator. */
export function parseFacilitator(input: unknown): ParseResult<Facilitator> {
  return parseWith(Facilitator, input);
}

/**
 * Validates an attendance sheet: one record per session and participant, hours consistent with the status.
 * With `cohort`, also checks the cohort id, that sessions and participants exist, and hours ≤ session length.
 */
export function parseAttendance(input: unknown, options: { cohort?: Cohort } = {}): ParseResult<Attendance> {
  return parseWith(options.cohort ? attendanceOf(options.cohort) : Attendance, input);
}

/** Validates one member country's contribution (technical or financial). */
export function parseContribution(input: unknown): ParseResult<Contribution> {
  return parseWith(Contribution, input);
}

/** Validates an accreditation (credit rule, credit unit, accrediting bodies). */
export function parseAccreditation(input: unknown): ParseResult<Accreditation> {
  return parseWith(Accreditation, input);
}

const schemas = {
  program: Program,
  module: Module,
  cohort: Cohort,
  participant: Participant,
  facilitator: Facilitator,
  attendance: Attendance,
  contribution: Contribution,
  accreditation: Accreditation,
} as const;

/** The document types this library validates and describes as JSON Schema. */
export const documentKinds = Object.keys(schemas) as DocumentKind[];
export type DocumentKind = keyof typeof schemas;

/**
 * The JSON Schema (draft 2020-12) of a document type, generated from the zod schema, for editors and other
 * languages. Cross-reference rules (unknown ids, dates, languages) are checked only by the `parse…` functions.
 */
export function toJSONSchema(kind: DocumentKind): Record<string, unknown> {
  const schema = schemas[kind];
  if (schema === undefined)
    throw new TypeError(`unknown document kind "${String(kind)}": use one of ${documentKinds.join(', ')}`);
  return z.toJSONSchema(schema, { target: 'draft-2020-12', io: 'input' }) as Record<string, unknown>;
}
