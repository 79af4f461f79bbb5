import { assess, type Evidence, gap, regionalFramework } from '@ruta/competencies';
import { type ModuleId, moduleIds, type Role } from '@ruta/curriculum';
import type { AttemptSummary } from './attempts';
import { type PackEntry, packs, type ScenarioEntry } from './packs';
import type { Attempt } from './storage';

/**
 * What the home and progress pages compute from the trainee's attempts. Practice attempts ("try again from
 * here") never count; nor do unfinished plays.
 */

export const counted = (attempts: readonly Attempt[]) => attempts.filter((a) => a.practice === undefined);

/** Competency evidence from the counted attempts: each competency score of each play, dated. */
export function evidenceOf(attempts: readonly (Attempt & { summary?: AttemptSummary })[]): Evidence[] {
  const known = new Set(regionalFramework.competencies.map((c) => c.id));
  return counted(attempts).flatMap((attempt) =>
    Object.entries(attempt.summary?.competencies ?? {})
      .filter(([id, score]) => known.has(id) && Number.isFinite(score) && score >= 0 && score <= 1)
      .map(([competency, score]) => ({
        competency,
        score,
        source: 'scenario-result' as const,
        date: attempt.completedAt.slice(0, 10),
        reference: `${attempt.packId}/${attempt.scenarioId}`,
      })),
  );
}

export function levelsOf(attempts: readonly Attempt[]) {
  return assess(evidenceOf(attempts), { framework: regionalFramework });
}

/** Per module: the share of the lab's scenarios teaching it that the trainee has completed. */
export function moduleProgress(attempts: readonly Attempt[]): Partial<Record<ModuleId, number>> {
  const done = new Set(counted(attempts).map((a) => `${a.packId}/${a.scenarioId}`));
  const out: Partial<Record<ModuleId, number>> = {};
  for (const id of moduleIds) {
    const teaching = packs.flatMap((p) =>
      p.scenarios.filter((s) => s.modules.includes(id)).map((s) => `${p.id}/${s.id}`),
    );
    if (teaching.length > 0) out[id] = teaching.filter((key) => done.has(key)).length / teaching.length;
  }
  return out;
}

export interface Recommendation {
  pack: PackEntry;
  scenario: ScenarioEntry;
  competencies: string[];
}

/**
 * Scenarios that work on the competencies the role needs most (`gap` against the role profile, ordered by
 * importance and size), not yet completed; the role's own scenarios and the trainee's country's and the
 * regional pack's first.
 */
export function recommend(
  role: Role,
  attempts: readonly Attempt[],
  country?: string,
  limit = 4,
): Recommendation[] {
  const gaps = gap(role, levelsOf(attempts), { framework: regionalFramework });
  const done = new Set(counted(attempts).map((a) => `${a.packId}/${a.scenarioId}`));
  const candidates = packs.flatMap((pack) =>
    pack.scenarios
      .filter((s) => !done.has(`${pack.id}/${s.id}`))
      .map((scenario) => {
        const covered = gaps.filter((g) => scenario.competencies.includes(g.competency));
        const weight = covered.reduce(
          (sum, g) => sum + g.gap * (g.importance === 'essential' ? 3 : g.importance === 'important' ? 2 : 1),
          0,
        );
        return {
          pack,
          scenario,
          competencies: covered.map((g) => g.competency),
          weight:
            weight +
            (scenario.roles.includes(role) ? 2 : 0) +
            (pack.country === country || pack.country === 'RCM' ? 2 : 0),
        };
      })
      .filter((c) => c.competencies.length > 0),
  );
  candidates.sort((a, b) => b.weight - a.weight);
  return candidates.slice(0, limit).map(({ weight: _weight, ...rest }) => rest);
}
