import {
  areaNames,
  areas,
  Id,
  IsoDate,
  type Language,
  languages,
  ModuleId,
  type ParseResult,
  parseWith,
  Role,
  type Text,
  textIn,
} from '@ruta/curriculum';
import { z } from 'zod';

/** A Text that carries Spanish, English and French: every text of a framework does. */
export const FrameworkText = textIn(languages);
export type FrameworkText = z.infer<typeof FrameworkText>;

/** Where a competency sits in the curriculum: one of the program's three areas, or across all of them. */
export const competencyAreas = [...areas, 'cross-cutting'] as const;
export const CompetencyArea = z.enum(competencyAreas);
export type CompetencyArea = z.infer<typeof CompetencyArea>;

/** The curriculum's names of the three areas, plus the name of cross-cutting competencies. */
export const competencyAreaNames: Record<CompetencyArea, Text> = {
  ...areaNames,
  'cross-cutting': { es: 'Transversal', en: 'Cross-cutting', fr: 'Transversal' },
};

/** A proficiency level: 1 awareness, 2 practitioner, 3 specialist (able to train others). */
export const Level = z.literal([1, 2, 3], { error: () => 'must be a proficiency level: 1, 2 or 3' });
export type Level = z.infer<typeof Level>;
/** A person's assessed level in a competency: 0 when there is no (or not enough) evidence yet. */
export type AssessedLevel = 0 | Level;
export const levels: readonly Level[] = [1, 2, 3];

export const levelNames: Record<Level, Record<Language, string>> = {
  1: { es: 'Sensibilización', en: 'Awareness', fr: 'Sensibilisation' },
  2: { es: 'Aplicación práctica', en: 'Practitioner', fr: 'Praticien' },
  3: { es: 'Especialista y formador/a', en: 'Specialist and trainer', fr: 'Spécialiste et formateur' },
};

/** One level of a competency with the behaviours an observer can see at that level. */
export const ProficiencyLevel = z.strictObject({
  level: Level,
  behaviours: z.array(FrameworkText).min(1),
});
export type ProficiencyLevel = z.infer<typeof ProficiencyLevel>;

/** A competency of the framework: what a trainee can do, where it sits and which modules teach it. */
export const Competency = z.strictObject({
  id: Id,
  title: FrameworkText,
  description: FrameworkText,
  area: CompetencyArea,
  modules: z.array(ModuleId).min(1),
  levels: z.array(ProficiencyLevel).min(1),
});
export type Competency = z.infer<typeof Competency>;

/** How much a requirement matters to a role: gaps in `essential` requirements come first. */
export const importances = ['essential', 'important', 'useful'] as const;
export const Importance = z.enum(importances);
export type Importance = z.infer<typeof Importance>;

/** One competency a role needs, at a level, with its importance for that role. */
export const Requirement = z.strictObject({
  competency: Id,
  level: Level,
  importance: Importance,
});
export type Requirement = z.infer<typeof Requirement>;

/** What a trainee role (one of the 11 role ids) requires. */
export const RoleProfile = z.strictObject({
  role: Role,
  summary: FrameworkText,
  requirements: z.array(Requirement).min(1),
});
export type RoleProfile = z.infer<typeof RoleProfile>;

/** Semantic Versioning 2.0.0. */
const semver =
  /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-((?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\.(?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\+([0-9a-zA-Z-]+(?:\.[0-9a-zA-Z-]+)*))?$/;

type CrossReferenceIssue = { path: (string | number)[]; message: string };

function crossReferenceIssues(framework: {
  competencies: Competency[];
  roleProfiles: RoleProfile[];
}): CrossReferenceIssue[] {
  const issues: CrossReferenceIssue[] = [];
  const known = new Map<string, number>();
  framework.competencies.forEach((competency, c) => {
    const first = known.get(competency.id);
    if (first !== undefined)
      issues.push({
        path: ['competencies', c, 'id'],
        message: `duplicate competency id "${competency.id}" (already used by competencies[${first}])`,
      });
    else known.set(competency.id, c);
    const seenModules = new Set<string>();
    competency.modules.forEach((module, m) => {
      if (seenModules.has(module))
        issues.push({
          path: ['competencies', c, 'modules', m],
          message: `module ${module} is listed twice`,
        });
      seenModules.add(module);
    });
    const seenLevels = new Set<number>();
    competency.levels.forEach((level, l) => {
      if (seenLevels.has(level.level))
        issues.push({
          path: ['competencies', c, 'levels', l, 'level'],
          message: `level ${level.level} is described twice`,
        });
      seenLevels.add(level.level);
    });
    const missing = levels.filter((level) => !seenLevels.has(level));
    if (missing.length > 0)
      issues.push({
        path: ['competencies', c, 'levels'],
        message: `must describe all three proficiency levels; missing ${missing
          .map((level) => `level ${level} (${levelNames[level].en.toLowerCase()})`)
          .join(', ')}`,
      });
  });
  const roles = new Map<string, number>();
  framework.roleProfiles.forEach((profile, p) => {
    const first = roles.get(profile.role);
    if (first !== undefined)
      issues.push({
        path: ['roleProfiles', p, 'role'],
        message: `role "${profile.role}" already has a profile (roleProfiles[${first}])`,
      });
    else roles.set(profile.role, p);
    const required = new Map<string, number>();
    profile.requirements.forEach((requirement, r) => {
      const path = ['roleProfiles', p, 'requirements', r, 'competency'];
      if (!known.has(requirement.competency))
        issues.push({
          path,
          message: `no competency "${requirement.competency}" in this framework`,
        });
      const earlier = required.get(requirement.competency);
      if (earlier !== undefined)
        issues.push({
          path,
          message: `competency "${requirement.competency}" is already required by requirements[${earlier}]`,
        });
      else required.set(requirement.competency, r);
    });
  });
  return issues;
}

/**
 * A competency framework: its competencies (each with all three levels) and the profile of each role.
 * The schema also checks cross-references: unique competency ids, role profiles naming only competencies of
 * the framework, one profile per role, each level described once.
 */
export const Framework = z
  .strictObject({
    id: Id,
    version: z.string().regex(semver, 'must be a Semantic Versioning 2.0.0 version such as "1.0.0"'),
    /** The date this version was published; the CASE export's `lastChangeDateTime` comes from it. */
    versionDate: IsoDate,
    creator: z.string().trim().min(1),
    title: FrameworkText,
    description: FrameworkText,
    competencies: z.array(Competency).min(1),
    roleProfiles: z.array(RoleProfile),
  })
  .superRefine((framework, ctx) => {
    for (const issue of crossReferenceIssues(framework))
      ctx.addIssue({ code: 'custom', path: issue.path, message: issue.message });
  });
export type Framework = z.infer<typeof Framework>;

/**
 * Validates a competency framework (for instance one read from JSON). Never throws: returns the framework
 * or every issue, each with its JSON path, e.g. `roleProfiles[2].requirements[0].competency: no competency
 * "recognise-indicator" in this framework`.
 */
export function parseFramework(input: unknown): ParseResult<Framework> {
  return parseWith(Framework, input);
}

/** The competency `id` of `framework`, or `undefined`. */
export function findCompetency(framework: Framework, id: string): Competency | undefined {
  return framework.competencies.find((competency) => competency.id === id);
}

/** The profile of `role` in `framework`, or `undefined` when the framework has none for it. */
export function findRoleProfile(framework: Framework, role: Role): RoleProfile | undefined {
  return framework.roleProfiles.find((profile) => profile.role === role);
}

/**
 * The JSON Schema (draft 2020-12) of a framework document, for editors and other languages' validators.
 * It checks shapes, languages and strict fields; cross-references (unknown or duplicate ids, missing levels)
 * are checked by {@link parseFramework} only.
 */
export function frameworkJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(Framework, {
    io: 'input',
    override: (ctx) => {
      if (ctx.zodSchema === FrameworkText) ctx.jsonSchema.required = [...languages];
    },
  }) as Record<string, unknown>;
  return {
    $schema: schema.$schema,
    title: 'Ruta competency framework',
    description:
      'A competency framework for @ruta/competencies: competencies with three proficiency levels and role profiles; every text in es, en and fr.',
    ...schema,
  };
}
