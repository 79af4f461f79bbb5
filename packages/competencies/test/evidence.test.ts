import { describe, expect, it } from 'vitest';
import { CompetencyError, Evidence, parseEvidence } from '../src/evidence';

describe('parseEvidence', () => {
  it('accepts evidence with and without a reference', () => {
    const evidence = [
      {
        competency: 'recognise-indicators',
        score: 0.7,
        source: 'scenario-result',
        date: '2026-05-04',
        reference: 'rcm-core/bus-terminal',
      },
      { competency: 'child-protection', score: 1, source: 'facilitator-observation', date: '2026-05-05' },
    ];
    expect(parseEvidence(evidence)).toEqual({ ok: true, value: evidence });
  });

  it('reports each problem under evidence[i], never throwing', () => {
    const result = parseEvidence([
      { competency: 'recognise-indicators', score: -0.1, source: 'scenario-result', date: '2026-05-04' },
      { competency: 'Child Protection', score: 0.5, source: 'exam', date: '2026-13-01', grade: 'A' },
    ]);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues.map((i) => i.path)).toEqual([
      'evidence[0].score',
      'evidence[1].competency',
      'evidence[1].source',
      'evidence[1].date',
      'evidence[1].grade',
    ]);
    expect(result.issues[0]?.message).toMatch(/^must be at least 0/);
    expect(parseEvidence({ competency: 'x' })).toMatchObject({ ok: false, issues: [{ path: 'evidence' }] });
  });

  it('is the Evidence schema applied to a list', () => {
    expect(
      Evidence.safeParse({ competency: 'a', score: 1, source: 'assessment', date: '2026-01-01' }).success,
    ).toBe(true);
  });
});

describe('CompetencyError', () => {
  it('lists every issue as "path: message"', () => {
    const error = new CompetencyError([
      { path: 'evidence[0].score', message: 'must be at most 1' },
      { path: 'asOf', message: 'must be a date written YYYY-MM-DD' },
    ]);
    expect(error.name).toBe('CompetencyError');
    expect(error.message).toBe(
      'evidence[0].score: must be at most 1\nasOf: must be a date written YYYY-MM-DD',
    );
  });
});
