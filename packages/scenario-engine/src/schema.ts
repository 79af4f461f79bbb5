import { type Country, countryCodes, Id, Language, ModuleId, Role, Text } from '@ruta/curriculum';
import { z } from 'zod';
import { isEnding, stages } from './schema-plain';

export { isEnding, stages };

/**
 * The pack format `ruta.pack/1` as zod schemas — the single source of truth for its shapes. Every TypeScript
 * type of a pack is derived from these schemas. Cross-references (a `to` that names a node, a competency
 * named in an assessment, every Text carrying the pack's languages…) are checked by `parsePack`, which runs
 * these schemas first and then the rules of `rules.ts`.
 */

export const packFormat = 'ruta.pack/1' as const;

/** Semantic Versioning 2.0.0 (semver.org's own regular expression). */
export const semver =
  /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-((?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\.(?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\+([0-9a-zA-Z-]+(?:\.[0-9a-zA-Z-]+)*))?$/;

/** An SPDX license id or expression (`MIT`, `CC-BY-4.0`, `MIT OR Apache-2.0`). */
const spdx = /^\(?[A-Za-z0-9.+-]+\)?( (AND|OR|WITH) \(?[A-Za-z0-9.+-]+\)?)*$/;

const NonEmpty = z.string().trim().min(1, 'must not be empty');

export const PackCountry = z.enum([...countryCodes, 'RCM'], {
  error: () => `must be an RCM member country code (${countryCodes.join(', ')}) or "RCM" for a regional pack`,
});
export type PackCountry = z.infer<typeof PackCountry>;
// Country is re-exported for symmetry with @ruta/curriculum users.
export type { Country };

export const Author = z.strictObject({ name: NonEmpty, organization: NonEmpty.optional() });
export type Author = z.infer<typeof Author>;

export const referenceKinds = ['treaty', 'law', 'regulation', 'protocol', 'guideline'] as const;
export const Reference = z.strictObject({
  id: Id,
  kind: z.enum(referenceKinds),
  title: Text,
  citation: NonEmpty,
});
export type Reference = z.infer<typeof Reference>;

export const referralKinds = [
  'police',
  'prosecution',
  'migration',
  'labour',
  'shelter',
  'health',
  'child-protection',
  'consulate',
  'ngo',
  'hotline',
  'legal-aid',
] as const;
export const Referral = z.strictObject({
  id: Id,
  kind: z.enum(referralKinds),
  name: Text,
  description: Text.optional(),
});
export type Referral = z.infer<typeof Referral>;

export const Indicator = z.strictObject({ id: Id, label: Text, group: NonEmpty.optional() });
export type Indicator = z.infer<typeof Indicator>;

export const Stage = z.enum(stages);
export type Stage = z.infer<typeof Stage>;

export const environments = [
  'border-post',
  'bus-terminal',
  'port',
  'worksite',
  'farm',
  'street',
  'office',
  'shelter',
  'hospital',
  'consulate',
  'courtroom',
] as const;
export const Setting = z.strictObject({ environment: z.enum(environments), description: Text.optional() });
export type Setting = z.infer<typeof Setting>;

export const characterRoles = [
  'victim',
  'suspect',
  'witness',
  'colleague',
  'interpreter',
  'official',
  'other',
] as const;
export const Character = z.strictObject({
  id: Id,
  name: NonEmpty,
  role: z.enum(characterRoles),
  age: z.number().int('must be a whole number').min(0).max(130).optional(),
});
export type Character = z.infer<typeof Character>;

const Finite = z.number();

export const NumberVariable = z.strictObject({
  type: z.literal('number'),
  initial: Finite,
  min: Finite,
  max: Finite,
});
export const BooleanVariable = z.strictObject({ type: z.literal('boolean'), initial: z.boolean() });
export const VariableDeclaration = z.discriminatedUnion('type', [NumberVariable, BooleanVariable], {
  error: () =>
    'a variable is { "type": "number", "initial", "min", "max" } or { "type": "boolean", "initial" }',
});
export type NumberVariable = z.infer<typeof NumberVariable>;
export type BooleanVariable = z.infer<typeof BooleanVariable>;
export type VariableDeclaration = z.infer<typeof VariableDeclaration>;
/** The variables a scenario declares: name → declaration. */
export type VariableDeclarations = Record<string, VariableDeclaration>;
/** A value of a variable. */
export type VariableValue = number | boolean;

// ---- Conditions (data, never code) -------------------------------------------------------------

export const comparisonOperators = ['eq', 'ne', 'lt', 'lte', 'gt', 'gte'] as const;
export type ComparisonOperator = (typeof comparisonOperators)[number];

const Value = z.union([Finite, z.boolean()], { error: () => 'must be a number or true/false' });

export const VarEq = z.strictObject({ var: Id, eq: Value });
export const VarNe = z.strictObject({ var: Id, ne: Value });
export const VarLt = z.strictObject({ var: Id, lt: Finite });
export const VarLte = z.strictObject({ var: Id, lte: Finite });
export const VarGt = z.strictObject({ var: Id, gt: Finite });
export const VarGte = z.strictObject({ var: Id, gte: Finite });
export const NotedCondition = z.strictObject({ noted: Id });
export const VisitedCondition = z.strictObject({ visited: Id });

/** A variable comparison: `{ "var": name, "eq"|"ne"|"lt"|"lte"|"gt"|"gte": value }`. */
export type VarCondition =
  | z.infer<typeof VarEq>
  | z.infer<typeof VarNe>
  | z.infer<typeof VarLt>
  | z.infer<typeof VarLte>
  | z.infer<typeof VarGt>
  | z.infer<typeof VarGte>;

/** A condition: when a choice is offered. Plain JSON; the engine interprets it (`evaluateCondition`). */
export type Condition =
  | VarCondition
  | { noted: string }
  | { visited: string }
  | { all: Condition[] }
  | { any: Condition[] }
  | { not: Condition };

export const AllCondition = z.strictObject({
  get all() {
    return z.array(Condition).min(1, 'needs at least one condition');
  },
});
export const AnyCondition = z.strictObject({
  get any() {
    return z.array(Condition).min(1, 'needs at least one condition');
  },
});
export const NotCondition = z.strictObject({
  get not() {
    return Condition;
  },
});

/**
 * The branches of {@link Condition}, in the order `parsePack` uses to explain a condition that matches none
 * (the branch is picked from the keys the author wrote).
 */
export const conditionBranches = [
  VarEq,
  VarNe,
  VarLt,
  VarLte,
  VarGt,
  VarGte,
  NotedCondition,
  VisitedCondition,
  AllCondition,
  AnyCondition,
  NotCondition,
] as const;
/** The key that marks each branch of {@link conditionBranches} (`var` comparisons by their operator). */
export const conditionBranchKeys = [
  'eq',
  'ne',
  'lt',
  'lte',
  'gt',
  'gte',
  'noted',
  'visited',
  'all',
  'any',
  'not',
] as const;

export const Condition: z.ZodType<Condition> = z.union(conditionBranches);

// ---- Effects -----------------------------------------------------------------------------------

export const SetEffect = z.strictObject({ set: Id, value: Value });
export const AddEffect = z.strictObject({ add: Id, value: Finite });
export const Effect = z.union([SetEffect, AddEffect]);
export type SetEffect = z.infer<typeof SetEffect>;
export type AddEffect = z.infer<typeof AddEffect>;
/** `{ set, value }` or `{ add, value }`; applied in order when a choice is made (`applyEffects`). */
export type Effect = z.infer<typeof Effect>;

// ---- Nodes and choices -------------------------------------------------------------------------

export const qualities = ['best', 'good', 'poor', 'harmful'] as const;
export const Quality = z.enum(qualities);
export type Quality = z.infer<typeof Quality>;

export const Assessment = z.strictObject({
  quality: Quality,
  feedback: Text,
  competencies: z.record(Id, z.number().positive('must be a weight greater than 0')).optional(),
  principles: z.array(Id).optional(),
  references: z.array(Id).optional(),
});
export type Assessment = z.infer<typeof Assessment>;

export const Choice = z.strictObject({
  id: Id,
  text: Text,
  to: Id,
  when: Condition.optional(),
  effects: z.array(Effect).optional(),
  referral: Id.optional(),
  assessment: Assessment,
});
export type Choice = z.infer<typeof Choice>;

export const Timeout = z.strictObject({
  seconds: z.number().int('must be a whole number of seconds').positive('must be more than 0 seconds'),
  to: Id,
});
export type Timeout = z.infer<typeof Timeout>;

export const outcomes = ['protected', 'partial', 'harmed'] as const;
export const Outcome = z.enum(outcomes);
export type Outcome = z.infer<typeof Outcome>;

/**
 * `closesCase` (default false): the person is lost to protection here (returned to the exploiter,
 * deported, disappeared), so a journey stops at this ending instead of opening its later stages.
 */
export const Ending = z.strictObject({ outcome: Outcome, summary: Text, closesCase: z.boolean().optional() });
export type Ending = z.infer<typeof Ending>;

/** A step: the trainee chooses (or the timeout fires). */
export const StepNode = z.strictObject({
  speaker: Id.optional(),
  text: Text,
  present: z.array(Id).optional(),
  choices: z.array(Choice).min(1, 'a step needs at least one choice'),
  timeout: Timeout.optional(),
});
/** An ending: the story is over, with an outcome for the person. */
export const EndingNode = z.strictObject({
  speaker: Id.optional(),
  text: Text,
  present: z.array(Id).optional(),
  ending: Ending,
});
/** A node is a step (has `choices`) or an ending (has `ending`), never both, never neither. */
export const Node = z.union([StepNode, EndingNode]);
export type StepNode = z.infer<typeof StepNode>;
export type EndingNode = z.infer<typeof EndingNode>;
export type Node = z.infer<typeof Node>;

// ---- Scenario, journey, pack -------------------------------------------------------------------

export const Scenario = z.strictObject({
  id: Id,
  title: Text,
  summary: Text,
  stage: Stage,
  roles: z.array(Role).min(1, 'needs at least one role'),
  modules: z.array(ModuleId).min(1, 'needs at least one curriculum module'),
  competencies: z.array(Id).min(1, 'needs at least one competency'),
  setting: Setting,
  characters: z.array(Character).optional(),
  variables: z.record(Id, VariableDeclaration).optional(),
  start: Id,
  nodes: z.record(Id, Node),
});
export type Scenario = z.infer<typeof Scenario>;

export const Journey = z.strictObject({
  id: Id,
  title: Text,
  steps: z.array(Id).min(2, 'a journey needs at least 2 steps'),
  carry: z.array(Id).optional(),
});
export type Journey = z.infer<typeof Journey>;

export const Pack = z.strictObject({
  format: z.literal(packFormat, { error: () => `must be "${packFormat}"` }),
  id: Id,
  version: z
    .string()
    .regex(semver, 'must be a Semantic Versioning 2.0.0 version such as "1.2.0" or "1.2.0-beta.1"'),
  country: PackCountry,
  languages: z.array(Language).min(1, 'needs at least one language'),
  title: Text,
  description: Text,
  authors: z.array(Author).min(1, 'needs at least one author'),
  license: z.string().regex(spdx, 'must be an SPDX license id such as "CC-BY-4.0" or "MIT"').optional(),
  references: z.array(Reference).optional(),
  referrals: z.array(Referral).optional(),
  indicators: z.array(Indicator).optional(),
  scenarios: z.array(Scenario).min(1, 'needs at least one scenario'),
  journeys: z.array(Journey).optional(),
});
/** A validated scenario pack (`ruta.pack/1`). Obtain one from `parsePack`/`parsePackJson`. */
export type Pack = z.infer<typeof Pack>;
/** What an author writes (before validation); `definePack` accepts this. */
export type PackInput = z.input<typeof Pack>;

/** The Text type of a pack (language → string), as `@ruta/curriculum` defines it. */
export { Text };
