import { formatPath, Id, IsoDate, type Issue, type ParseResult, parseWith } from '@ruta/curriculum';
import { z } from 'zod';

/** Where a piece of evidence comes from. */
export const evidenceSources = ['scenario-result', 'assessment', 'facilitator-observation'] as const;
export const EvidenceSource = z.enum(evidenceSources);
export type EvidenceSource = z.infer<typeof EvidenceSource>;

/**
 * One observation of a person's performance in one competency: a score in [0, 1] (e.g. a scenario's
 * competency score), where it comes from and when. `reference` says what produced it (a pack and
 * scenario id, an exam id, a cohort session).
 */
export const Evidence = z.strictObject({
  competency: Id,
  score: z.number().min(0).max(1),
  source: EvidenceSource,
  date: IsoDate,
  reference: z.string().trim().min(1).max(200).optional(),
});
export type Evidence = z.infer<typeof Evidence>;

/** Validates a list of evidence (e.g. read from a learning record store). Never throws. */
export function parseEvidence(input: unknown): ParseResult<Evidence[]> {
  const result = parseWith(z.array(Evidence), input);
  if (result.ok) return result;
  return { ok: false, issues: result.issues.map((issue) => ({ ...issue, path: prefix(issue.path) })) };
}

function prefix(path: string): string {
  if (path === '(root)') return 'evidence';
  return `evidence${path.startsWith('[') ? '' : '.'}${path}`;
}

/** Thrown by `assess` and `gap` when given input they cannot use; `issues` say what and where. */
export class CompetencyError extends Error {
  override name = 'CompetencyError';
  readonly issues: Issue[];
  constructor(issues: Issue[]) {
    super(issues.map((issue) => `${issue.path}: ${issue.message}`).join('\n'));
    this.issues = issues;
  }
}

/** An issue at the path of `segments`, e.g. `issueAt(['evidence', 2, 'competency'], …)` → `evidence[2].competency`. */
export function issueAt(segments: ReadonlyArray<string | number>, message: string): Issue {
  return { path: formatPath(segments), message };
}
