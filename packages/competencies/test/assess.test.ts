import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assess, assessDetailed } from '../src/assess';
import type { Evidence } from '../src/evidence';
import { CompetencyError } from '../src/evidence';
import { regionalFramework } from '../src/regional-framework';
import { smallFramework } from './fixtures/small-framework';

const e = (
  competency: string,
  score: number,
  source: Evidence['source'],
  date: string,
  reference?: string,
): Evidence => ({ competency, score, source, date, ...(reference ? { reference } : {}) });

describe('assess', () => {
  // Worked by hand, as of 2026-06-30 (2025-06-30 is 365 days earlier, 2024-06-30 is 730 days earlier):
  // recognise-indicators: 0.9 today (weight 1) and 0.6 a year ago (weight 0.5):
  //   (1 × 0.9 + 0.5 × 0.6) / 1.5 = 1.2 / 1.5 = 0.8 → ≥ 0.7 → level 2; two sources → stays 2.
  // distinguish-smuggling: 0.95 and 0.9 today, both scenario results: mean 0.925 → 3 by score, but one
  //   source only → capped at 1.
  // child-protection: 1.0 two years ago (weight 0.25) and 0.4 today (weight 1):
  //   (0.25 + 0.4) / 1.25 = 0.52 → ≥ 0.5 → level 1.
  // refer-to-services: only evidence dated after asOf → not counted.
  // risk-assessment: 0.3 and 0.45 today → 0.375 → level 0.
  const evidence = [
    e('recognise-indicators', 0.9, 'scenario-result', '2026-06-30', 'rcm-core/bus-terminal'),
    e('recognise-indicators', 0.6, 'assessment', '2025-06-30'),
    e('distinguish-smuggling', 0.95, 'scenario-result', '2026-06-30'),
    e('distinguish-smuggling', 0.9, 'scenario-result', '2026-06-30'),
    e('child-protection', 1, 'facilitator-observation', '2024-06-30'),
    e('child-protection', 0.4, 'assessment', '2026-06-30'),
    e('refer-to-services', 0.9, 'assessment', '2026-07-15'),
    e('risk-assessment', 0.3, 'scenario-result', '2026-06-30'),
    e('risk-assessment', 0.45, 'assessment', '2026-06-30'),
  ];

  it('gives the hand-worked levels', () => {
    expect(assess(evidence, { asOf: '2026-06-30' })).toEqual({
      'child-protection': 1,
      'distinguish-smuggling': 1,
      'recognise-indicators': 2,
      'risk-assessment': 0,
    });
  });

  it('explains each level: weighted score, weight, sources and a cap', () => {
    const { asOf, competencies } = assessDetailed(evidence, { asOf: '2026-06-30' });
    expect(asOf).toBe('2026-06-30');
    expect(competencies['recognise-indicators']).toEqual({
      level: 2,
      score: expect.closeTo(0.8, 12),
      weight: 1.5,
      evidence: 2,
      sources: ['assessment', 'scenario-result'],
    });
    expect(competencies['distinguish-smuggling']).toMatchObject({
      level: 1,
      cappedFrom: 3,
      sources: ['scenario-result'],
    });
    expect(competencies['child-protection']).toMatchObject({
      level: 1,
      score: expect.closeTo(0.52, 12),
      weight: 1.25,
    });
    expect(competencies['refer-to-services']).toBeUndefined();
  });

  it('takes the latest evidence date when asOf is not given, so it never reads the clock', () => {
    // Latest date is 2026-07-15: the refer-to-services item now counts (weight 1, one source → level 1).
    const { asOf, competencies } = assessDetailed(evidence);
    expect(asOf).toBe('2026-07-15');
    expect(competencies['refer-to-services']).toMatchObject({ level: 1, cappedFrom: 3, weight: 1 });
    // Ratios of weights do not depend on asOf: recognise-indicators is still 0.8 → 2.
    expect(competencies['recognise-indicators']?.level).toBe(2);
    expect(assessDetailed([])).toEqual({ asOf: null, competencies: {} });
  });

  it('counts only evidence up to asOf', () => {
    // As of 2025-12-31 only the 2025-06-30 assessment (0.6) counts for recognise-indicators → level 1,
    // and only the 2024 observation (1.0, a single source) for child-protection → 3 by score, capped at 1.
    expect(assess(evidence, { asOf: '2025-12-31' })).toEqual({
      'child-protection': 1,
      'recognise-indicators': 1,
    });
  });

  it('includes the thresholds: 0.5 is level 1, 0.7 level 2, 0.85 level 3', () => {
    const at = (score: number) =>
      assess([
        e('work-with-interpreters', score, 'scenario-result', '2026-01-10'),
        e('work-with-interpreters', score, 'facilitator-observation', '2025-01-10'),
      ])['work-with-interpreters'];
    expect(at(0.49)).toBe(0);
    expect(at(0.5)).toBe(1);
    expect(at(0.69)).toBe(1);
    // 0.7 weighted 1 and 0.5: (0.7 + 0.35) / 1.5 computes to 0.6999999999999998 in floating point; the rule
    // compares with a 1e-9 tolerance, so it is still level 2.
    expect(at(0.7)).toBe(2);
    expect(at(0.84)).toBe(2);
    expect(at(0.85)).toBe(3);
  });

  it('lets recent evidence outweigh old evidence', () => {
    // Old 0.2 (two half-lives: weight 0.25) and recent 0.9 (weight 1): (0.05 + 0.9) / 1.25 = 0.76 → 2.
    const improving = assess([
      e('risk-assessment', 0.2, 'assessment', '2024-03-01'),
      e('risk-assessment', 0.9, 'scenario-result', '2026-03-01'),
    ]);
    // The same scores with the dates swapped: (0.225 + 0.2) / 1.25 = 0.34 → 0.
    const declining = assess([
      e('risk-assessment', 0.9, 'assessment', '2024-03-01'),
      e('risk-assessment', 0.2, 'scenario-result', '2026-03-01'),
    ]);
    expect(improving['risk-assessment']).toBe(2);
    expect(declining['risk-assessment']).toBe(0);
  });

  it('is deterministic: the same evidence in any order gives the same result', () => {
    const reversed = [...evidence].reverse();
    expect(JSON.stringify(assessDetailed(reversed, { asOf: '2026-06-30' }))).toBe(
      JSON.stringify(assessDetailed(evidence, { asOf: '2026-06-30' })),
    );
  });

  it('with a framework, gives every competency a level, 0 without evidence', () => {
    const levels = assess(evidence, { asOf: '2026-06-30', framework: regionalFramework });
    expect(Object.keys(levels)).toHaveLength(regionalFramework.competencies.length);
    expect(levels['recognise-indicators']).toBe(2);
    expect(levels['action-plan-design']).toBe(0);
  });

  it('rejects evidence for a competency outside the framework, and invalid evidence, with paths', () => {
    const outside = () =>
      assess(
        [
          e('spot-signs', 0.8, 'assessment', '2026-01-01'),
          e('recognise-indicators', 1, 'assessment', '2026-01-01'),
        ],
        {
          framework: smallFramework(),
        },
      );
    expect(outside).toThrow(CompetencyError);
    expect(outside).toThrow(
      'evidence[1].competency: no competency "recognise-indicators" in framework "small"',
    );

    const invalid = [
      e('risk-assessment', 1.2, 'assessment', '2026-01-01'),
      { ...e('risk-assessment', 0.5, 'assessment', '2026-02-30') },
      { ...e('risk-assessment', 0.5, 'assessment', '2026-01-01'), source: 'rumour' },
    ] as Evidence[];
    try {
      assess(invalid);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(CompetencyError);
      expect((error as CompetencyError).issues.map((i) => i.path)).toEqual([
        'evidence[0].score',
        'evidence[1].date',
        'evidence[2].source',
      ]);
    }
    expect(() => assess([], { asOf: '30/06/2026' })).toThrow('asOf: must be a date written YYYY-MM-DD');
  });
});

describe('assess, for any evidence', () => {
  const arbitraryEvidence = fc.array(
    fc.record({
      competency: fc.constantFrom('recognise-indicators', 'child-protection', 'risk-assessment'),
      score: fc.double({ min: 0, max: 1, noNaN: true }),
      source: fc.constantFrom('scenario-result', 'assessment', 'facilitator-observation'),
      date: fc
        .integer({ min: 0, max: 2000 })
        .map((days) => new Date(Date.UTC(2022, 0, 1) + days * 86_400_000).toISOString().slice(0, 10)),
    }),
    { maxLength: 30 },
  );

  it('gives a level 0–3 from a score in [0, 1], and level 2 or more only from two sources', () => {
    fc.assert(
      fc.property(arbitraryEvidence, (evidence) => {
        for (const detail of Object.values(assessDetailed(evidence).competencies)) {
          expect([0, 1, 2, 3]).toContain(detail.level);
          expect(detail.score).toBeGreaterThanOrEqual(0);
          expect(detail.score).toBeLessThanOrEqual(1 + 1e-12);
          if (detail.level >= 2) expect(detail.sources.length).toBeGreaterThanOrEqual(2);
        }
      }),
    );
  });

  it('does not depend on the order of the evidence', () => {
    fc.assert(
      fc.property(arbitraryEvidence, fc.integer(), (evidence, seed) => {
        const shuffled = [...evidence].sort(
          (a, b) => ((a.score * 1e6 + seed) % 7) - ((b.score * 1e6 + seed) % 7),
        );
        expect(JSON.stringify(assessDetailed(shuffled))).toBe(JSON.stringify(assessDetailed(evidence)));
      }),
    );
  });
});
