import type { ModuleId, Role } from '@ruta/curriculum';
import { CompetencyError, issueAt } from './evidence';
import {
  type AssessedLevel,
  type Framework,
  findRoleProfile,
  type Importance,
  importances,
  type Level,
  type RoleProfile,
} from './framework';
import { regionalFramework } from './regional-framework';

/** One competency a person lacks for a role. */
export interface CompetencyGap {
  competency: string;
  importance: Importance;
  required: Level;
  current: AssessedLevel;
  /** `required - current`: how many levels are missing (1–3). */
  gap: number;
  /** The curriculum modules that teach the competency (where to send the person next). */
  modules: ModuleId[];
}

export interface GapOptions {
  /** The framework the profile and the modules come from. Default: {@link regionalFramework}. */
  framework?: Framework;
}

/**
 * What a person lacks for a role: every requirement of the role profile whose required level is above the
 * person's current level (a competency missing from `levels` counts as level 0). Ordered by importance
 * (essential, important, useful), then by the size of the gap (largest first), then by competency id.
 *
 * `profile` is a role profile or a role id looked up in the framework. Throws a {@link CompetencyError}
 * when the framework has no profile for the role or the profile names a competency outside the framework.
 *
 * ```ts
 * gap('judge', assess(evidence, { framework: regionalFramework }))
 * // → [{ competency: 'apply-non-punishment', importance: 'essential', required: 3, current: 1, gap: 2, modules: ['M2', 'M3'] }, …]
 * ```
 */
export function gap(
  profile: RoleProfile | Role,
  levels: Readonly<Partial<Record<string, AssessedLevel>>>,
  options: GapOptions = {},
): CompetencyGap[] {
  const framework = options.framework ?? regionalFramework;
  const roleProfile = typeof profile === 'string' ? findRoleProfile(framework, profile) : profile;
  if (!roleProfile)
    throw new CompetencyError([
      issueAt(['profile'], `framework "${framework.id}" has no profile for the role "${profile}"`),
    ]);
  const modules = new Map(framework.competencies.map((competency) => [competency.id, competency.modules]));
  const unknown = roleProfile.requirements.flatMap((requirement, r) =>
    modules.has(requirement.competency)
      ? []
      : [
          issueAt(
            ['profile', 'requirements', r, 'competency'],
            `no competency "${requirement.competency}" in framework "${framework.id}"`,
          ),
        ],
  );
  if (unknown.length > 0) throw new CompetencyError(unknown);

  const gaps: CompetencyGap[] = [];
  for (const requirement of roleProfile.requirements) {
    const current = levels[requirement.competency] ?? 0;
    if (current >= requirement.level) continue;
    gaps.push({
      competency: requirement.competency,
      importance: requirement.importance,
      required: requirement.level,
      current,
      gap: requirement.level - current,
      modules: [...(modules.get(requirement.competency) ?? [])],
    });
  }
  return gaps.sort(
    (a, b) =>
      importances.indexOf(a.importance) - importances.indexOf(b.importance) ||
      b.gap - a.gap ||
      (a.competency < b.competency ? -1 : a.competency > b.competency ? 1 : 0),
  );
}
