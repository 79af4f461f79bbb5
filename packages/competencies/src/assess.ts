import { IsoDate } from '@ruta/curriculum';
import { CompetencyError, type Evidence, type EvidenceSource, issueAt, parseEvidence } from './evidence';
import type { AssessedLevel, Framework } from './framework';

/** Evidence loses half its weight every 365 days before the assessment date. */
export const evidenceHalfLifeDays = 365;
/** The weighted mean score a level needs: level 1 from 0.5, level 2 from 0.7, level 3 from 0.85. */
export const levelThresholds = { 1: 0.5, 2: 0.7, 3: 0.85 } as const;
/** Level 2 and above need evidence from at least this many distinct sources. */
export const minimumSourcesAboveAwareness = 2;

export interface AssessOptions {
  /** The date of the assessment (`YYYY-MM-DD`); evidence dated after it is not counted. Default: the latest evidence date. */
  asOf?: string;
  /** When given, every competency of the framework gets a level (0 without evidence) and evidence for a competency outside it is an error. */
  framework?: Framework;
}

/** How one competency's level was reached. */
export interface CompetencyAssessment {
  level: AssessedLevel;
  /** Recency-weighted mean score in [0, 1]; `null` when no evidence counts. */
  score: number | null;
  /** Sum of the recency weights of the evidence counted (each item weighs at most 1). */
  weight: number;
  /** Number of evidence items counted. */
  evidence: number;
  /** The distinct sources of the evidence counted, sorted. */
  sources: EvidenceSource[];
  /** Set when the score reached a higher level that a single source cannot grant. */
  cappedFrom?: AssessedLevel;
}

export interface Assessment {
  /** The date the assessment is made as of (`null` only when there is no evidence and no `asOf`). */
  asOf: string | null;
  competencies: Record<string, CompetencyAssessment>;
}

const dayMs = 86_400_000;
const epsilon = 1e-9;

function dayNumber(date: string): number {
  return Date.parse(`${date}T00:00:00Z`) / dayMs;
}

function levelOfScore(score: number): AssessedLevel {
  if (score >= levelThresholds[3] - epsilon) return 3;
  if (score >= levelThresholds[2] - epsilon) return 2;
  if (score >= levelThresholds[1] - epsilon) return 1;
  return 0;
}

/**
 * Assesses a person's current level in each competency from their evidence, explaining each level.
 *
 * The rule (deterministic, it never reads the clock):
 * 1. The assessment is made as of `options.asOf`, or else the date of the latest evidence; evidence dated
 *    after that day is not counted.
 * 2. Each item weighs `0.5 ^ (ageInDays / 365)`: evidence from today weighs 1, from a year ago 0.5.
 * 3. The recency-weighted mean score maps to a level: ≥ 0.5 → 1 (awareness), ≥ 0.7 → 2 (practitioner),
 *    ≥ 0.85 → 3 (specialist); below 0.5, or no evidence, → 0.
 * 4. Level 2 or above needs evidence from at least two distinct sources (scenario results, assessments,
 *    facilitator observations); with a single source the level is capped at 1.
 *
 * Throws a {@link CompetencyError} naming the path (`evidence[2].score`) when the evidence or `asOf` is
 * invalid, or names a competency outside `options.framework`.
 */
export function assessDetailed(evidence: readonly Evidence[], options: AssessOptions = {}): Assessment {
  const parsed = parseEvidence(evidence);
  if (!parsed.ok) throw new CompetencyError(parsed.issues);
  const items = parsed.value;
  if (options.asOf !== undefined && !IsoDate.safeParse(options.asOf).success)
    throw new CompetencyError([issueAt(['asOf'], 'must be a date written YYYY-MM-DD')]);
  const framework = options.framework;
  if (framework) {
    const known = new Set(framework.competencies.map((competency) => competency.id));
    const unknown = items.flatMap((item, i) =>
      known.has(item.competency)
        ? []
        : [
            issueAt(
              ['evidence', i, 'competency'],
              `no competency "${item.competency}" in framework "${framework.id}"`,
            ),
          ],
    );
    if (unknown.length > 0) throw new CompetencyError(unknown);
  }

  const asOf =
    options.asOf ??
    items.reduce<string | null>((latest, item) => (latest && latest > item.date ? latest : item.date), null);
  const competencies: Record<string, CompetencyAssessment> = {};
  for (const competency of framework?.competencies ?? []) competencies[competency.id] = empty();
  if (asOf === null) return { asOf, competencies };

  const today = dayNumber(asOf);
  const sums = new Map<
    string,
    { weighted: number; weight: number; count: number; sources: Set<EvidenceSource> }
  >();
  // Summing in a fixed order makes the floating-point result independent of the order of the input.
  const ordered = [...items].sort(
    (a, b) =>
      compare(a.competency, b.competency) ||
      compare(a.date, b.date) ||
      compare(a.source, b.source) ||
      a.score - b.score ||
      compare(a.reference ?? '', b.reference ?? ''),
  );
  for (const item of ordered) {
    const age = today - dayNumber(item.date);
    if (age < 0) continue;
    const weight = 0.5 ** (age / evidenceHalfLifeDays);
    const sum = sums.get(item.competency) ?? { weighted: 0, weight: 0, count: 0, sources: new Set() };
    sum.weighted += weight * item.score;
    sum.weight += weight;
    sum.count += 1;
    sum.sources.add(item.source);
    sums.set(item.competency, sum);
  }
  for (const id of [...sums.keys()].sort()) {
    const sum = sums.get(id)!;
    const score = sum.weighted / sum.weight;
    const byScore = levelOfScore(score);
    const level = byScore >= 2 && sum.sources.size < minimumSourcesAboveAwareness ? 1 : byScore;
    competencies[id] = {
      level,
      score,
      weight: sum.weight,
      evidence: sum.count,
      sources: [...sum.sources].sort(),
      ...(level !== byScore ? { cappedFrom: byScore } : {}),
    };
  }
  return { asOf, competencies };
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function empty(): CompetencyAssessment {
  return { level: 0, score: null, weight: 0, evidence: 0, sources: [] };
}

/**
 * A person's current level (0–3) in each competency, by the rule of {@link assessDetailed}: evidence
 * weighted by recency (half-life 365 days), weighted mean ≥ 0.5 → 1, ≥ 0.7 → 2, ≥ 0.85 → 3, and level 2 or
 * above only with evidence from two distinct sources.
 *
 * ```ts
 * assess([{ competency: 'recognise-indicators', score: 0.9, source: 'scenario-result', date: '2026-03-02' }])
 * // → { 'recognise-indicators': 1 } (one source only: capped at awareness)
 * ```
 */
export function assess(
  evidence: readonly Evidence[],
  options: AssessOptions = {},
): Record<string, AssessedLevel> {
  const { competencies } = assessDetailed(evidence, options);
  return Object.fromEntries(Object.entries(competencies).map(([id, detail]) => [id, detail.level]));
}
