import { describe, expect, it } from 'vitest';
import {
  CertificationError,
  countingAttempts,
  type Evaluation,
  evaluate,
  lastValidDay,
} from '../src/evaluation';
import type { TraineeRecord } from '../src/record';
import { regionalScheme } from '../src/regional-scheme';
import { ana, asOf, packs, played, testScheme } from './fixtures/training';

const unmetIds = (evaluation: Evaluation, kind: keyof Evaluation['kinds']) =>
  evaluation.kinds[kind]?.criteria.filter((criterion) => !criterion.met).map((criterion) => criterion.id);
const criterion = (evaluation: Evaluation, kind: keyof Evaluation['kinds'], id: string) => {
  const found = evaluation.kinds[kind]?.criteria.find((candidate) => candidate.id === id);
  if (!found) throw new Error(`no criterion ${id} in ${kind}`);
  return found;
};

describe('participation', () => {
  it('is earned with 40 of 40 hours and does not expire', () => {
    const evaluation = evaluate(testScheme, ana(), { packs, asOf });
    const participation = evaluation.kinds.participation;
    expect(participation?.eligible).toBe(true);
    expect(participation?.criteria.map((c) => c.id)).toEqual(['attendance']);
    expect(participation?.validUntil).toBeNull();
    expect(criterion(evaluation, 'participation', 'attendance').evidence).toHaveLength(5);
  });

  it('is refused at 24 of 40 hours (60 % < 75 %), saying how many hours are missing', () => {
    const record = ana();
    record.attendance = record.attendance.slice(0, 3);
    const evaluation = evaluate(testScheme, record, { packs, asOf });
    expect(evaluation.kinds.participation?.eligible).toBe(false);
    expect(unmetIds(evaluation, 'participation')).toEqual(['attendance']);
    expect(criterion(evaluation, 'participation', 'attendance').missing).toEqual({
      es: 'Asistió 24 de 40 horas (60 %); se requieren 30 horas: faltan 6.',
      en: 'Attended 24 of 40 hours (60%); 30 hours are required: 6 more.',
      fr: 'A assisté à 24 heures sur 40 (60 %) ; 30 heures sont requises : il en manque 6.',
    });
  });

  it('does not count sessions dated after the evaluation date', () => {
    const record = ana();
    record.attendance = record.attendance.map((session, i) =>
      i < 2 ? session : { ...session, date: '2026-07-01' },
    );
    const evaluation = evaluate(testScheme, record, { packs, asOf });
    expect(unmetIds(evaluation, 'participation')).toEqual(['attendance']);
  });
});

describe('completion', () => {
  it('is earned by Ana: every criterion met, with the per-area means worked by hand', () => {
    const evaluation = evaluate(testScheme, ana(), { packs, asOf });
    const completion = evaluation.kinds.completion;
    expect(completion?.eligible).toBe(true);
    expect(completion?.criteria.map((c) => c.id)).toEqual([
      'attendance',
      'modules-covered',
      'area-score:prevention',
      'area-score:protection',
      'area-score:prosecution',
      'stage:identification',
      'stage:referral',
      'stage:shelter',
      'stage:prosecution',
      'no-harmful-choice',
      'competency:recognise-indicators',
    ]);
    expect(completion?.validFrom).toBe('2026-06-30');
    expect(completion?.validUntil).toBe('2028-06-29');
    expect(evaluation.results.refused).toEqual([]);
    // Protection: shelter-referral 0.85, shelter-first-night 1.0 and prosecution-hearing's best 0.85.
    const protection = criterion(evaluation, 'completion', 'area-score:protection');
    const scores = protection.evidence.map((item) => (item.type === 'scenario-result' ? item.overall : null));
    expect(scores).toEqual([0.85, 1, 0.85]);
    // The weaker prosecution attempt (index 3, 0.65) does not count: the best per scenario does.
    const prosecution = criterion(evaluation, 'completion', 'area-score:prosecution');
    expect(prosecution.evidence.map((item) => (item.type === 'scenario-result' ? item.index : -1))).toEqual([
      4,
    ]);
  });

  it('is refused to Bruno with exactly the unmet criteria: module, areas, stages and a harmful choice', () => {
    const record: TraineeRecord = {
      ...ana(),
      person: { id: 'bruno-lopez', name: 'Bruno López', role: 'labour-inspector', country: 'HN' },
      attendance: [
        { date: '2026-05-04', modules: ['M6'], hours: 8 },
        { date: '2026-05-05', modules: ['M9'], hours: 8 },
        { date: '2026-05-06', modules: ['M9'], hours: 8 },
        { date: '2026-05-07', modules: ['M6'], hours: 8 },
        { date: '2026-05-08', modules: ['M9'], hours: 4 },
      ],
      scenarioResults: [
        played('worksite-inspection', 'best', 'best', '2026-06-01T10:00:00Z'),
        played('shelter-referral', 'harmful', undefined, '2026-06-02T10:00:00Z'),
        // Outside the 90-day window (it opens on 2026-04-01): does not count.
        played('prosecution-hearing', 'best', 'best', '2026-03-15T10:00:00Z'),
      ],
    };
    const evaluation = evaluate(testScheme, record, { packs, asOf });
    expect(evaluation.kinds.completion?.eligible).toBe(false);
    // 36 of 40 hours is exactly the 90 % asked: attendance is met.
    expect(unmetIds(evaluation, 'completion')).toEqual([
      'modules-covered',
      'area-score:protection',
      'area-score:prosecution',
      'stage:shelter',
      'stage:prosecution',
      'no-harmful-choice',
    ]);
    expect(criterion(evaluation, 'completion', 'modules-covered').missing?.en).toBe(
      'Attended no session of: M4 (Victimology: trauma and victims as witnesses).',
    );
    expect(criterion(evaluation, 'completion', 'area-score:protection').missing?.es).toBe(
      'El puntaje medio en Protección a las víctimas es 0,00 (1 escenario); se requiere 0,70. Vuelva a jugar escenarios de esta área.',
    );
    expect(criterion(evaluation, 'completion', 'area-score:prosecution').missing?.en).toBe(
      'No verified result of a Prosecution scenario in the last 90 days.',
    );
    expect(criterion(evaluation, 'completion', 'stage:shelter').missing?.fr).toBe(
      "Aucun scénario vérifié de l'étape hébergement au cours des 90 derniers jours.",
    );
    expect(criterion(evaluation, 'completion', 'no-harmful-choice').missing?.en).toBe(
      'The attempts that count include harmful choices: "Referral to a shelter" (first-contact → send-her-home). Play that scenario again without them.'.replace(
        '"Referral to a shelter"',
        '«Referral to a shelter»',
      ),
    );
  });

  it('asks for the competency level of the role: a prosecutor is not asked what a labour inspector is', () => {
    const record = ana();
    // Without the worksite scenario, there is no evidence of recognise-indicators.
    record.scenarioResults = record.scenarioResults.slice(1);
    const inspector = evaluate(testScheme, record, { packs, asOf });
    expect(unmetIds(inspector, 'completion')).toEqual([
      'area-score:prevention',
      'stage:identification',
      'competency:recognise-indicators',
    ]);
    expect(criterion(inspector, 'completion', 'competency:recognise-indicators').missing?.en).toBe(
      'Current level in «Recognise indicators of trafficking»: 0 (not enough evidence); 1 (Awareness) is required.',
    );
    const prosecutor = evaluate(
      testScheme,
      { ...record, person: { ...record.person, role: 'prosecutor' } },
      { packs, asOf },
    );
    expect(unmetIds(prosecutor, 'completion')).toEqual(['area-score:prevention', 'stage:identification']);
  });

  it('is deterministic: the same input gives the same evaluation', () => {
    expect(evaluate(testScheme, ana(), { packs, asOf })).toEqual(
      evaluate(testScheme, ana(), { packs, asOf }),
    );
  });
});

describe('trainer (multiplicador)', () => {
  const replications = [
    {
      date: '2026-06-10',
      place: 'Ministerio de Trabajo, San Salvador',
      country: 'SV' as const,
      attendees: [
        { name: 'José Pérez', institution: 'MTPS' },
        { name: 'María Gómez', institution: 'MTPS' },
        { name: 'Luis Ramos', institution: 'MTPS' },
      ],
    },
    {
      date: '2026-06-20',
      place: 'Oficina departamental, Santa Ana',
      country: 'SV' as const,
      attendees: [
        // The same colleague, written without accents and in capitals: counted once.
        { name: 'JOSE PEREZ', institution: 'mtps' },
        { name: 'Rosa Díaz', institution: 'MTPS' },
        { name: 'Carlos Vega', institution: 'MTPS' },
      ],
    },
  ];

  it('is earned with completion, 2 sessions, 5 distinct colleagues and level 2 from two sources', () => {
    const record = {
      ...ana(),
      replications,
      competencyEvidence: [
        { competency: 'recognise-indicators', score: 0.9, source: 'assessment' as const, date: '2026-06-10' },
      ],
    };
    const evaluation = evaluate(testScheme, record, { packs, asOf });
    expect(evaluation.kinds.trainer?.eligible).toBe(true);
    expect(evaluation.kinds.trainer?.criteria.map((c) => c.id)).toEqual([
      'completion',
      'replication-sessions',
      'replication-colleagues',
      'competency:recognise-indicators',
    ]);
  });

  it('is refused with one session, 3 colleagues and scenario evidence only (level capped at 1)', () => {
    const record = { ...ana(), replications: replications.slice(0, 1) };
    const evaluation = evaluate(testScheme, record, { packs, asOf });
    expect(unmetIds(evaluation, 'trainer')).toEqual([
      'replication-sessions',
      'replication-colleagues',
      'competency:recognise-indicators',
    ]);
    expect(criterion(evaluation, 'trainer', 'replication-colleagues').missing?.es).toBe(
      'Capacitó a 3 colega(s) distinto(s) en los últimos 12 meses; se requieren 5: faltan 2.',
    );
    expect(criterion(evaluation, 'trainer', 'competency:recognise-indicators').missing?.en).toContain(
      'Level 2 or above needs evidence from at least two sources',
    );
  });

  it('does not count replication sessions older than 12 months', () => {
    const old = replications.map((report) => ({ ...report, date: '2025-05-01' }));
    const evaluation = evaluate(testScheme, { ...ana(), replications: old }, { packs, asOf });
    expect(criterion(evaluation, 'trainer', 'replication-sessions').met).toBe(false);
    expect(criterion(evaluation, 'trainer', 'replication-sessions').evidence).toEqual([]);
  });

  it('accepts a valid completion certificate instead of completing now, and refuses without either', () => {
    const record: TraineeRecord = {
      ...ana(),
      attendance: [],
      replications,
      competencyEvidence: [
        { competency: 'recognise-indicators', score: 0.9, source: 'assessment', date: '2026-06-10' },
      ],
      priorCertificates: [
        { id: 'cert-2025-17', kind: 'completion', issuedOn: '2025-02-01', validUntil: '2027-01-31' },
      ],
    };
    const holder = evaluate(testScheme, record, { packs, asOf });
    expect(holder.kinds.completion?.eligible).toBe(false);
    expect(holder.kinds.trainer?.eligible).toBe(true);
    expect(criterion(holder, 'trainer', 'completion').evidence).toEqual([
      {
        type: 'certificate',
        id: 'cert-2025-17',
        kind: 'completion',
        issuedOn: '2025-02-01',
        validUntil: '2027-01-31',
      },
    ]);

    const without = evaluate(testScheme, { ...record, priorCertificates: [] }, { packs, asOf });
    expect(unmetIds(without, 'trainer')).toEqual(['completion']);
    expect(criterion(without, 'trainer', 'completion').missing?.en).toMatch(
      /^The course must be completed first\. Attended 0 of 40 hours/,
    );
  });
});

describe('renewal', () => {
  const renewing = (): TraineeRecord => ({
    ...ana(),
    attendance: [],
    scenarioResults: [
      played('shelter-first-night', 'best', 'best', '2026-06-10T09:00:00Z'),
      played('shelter-referral', 'best', 'good', '2026-06-11T09:00:00Z'),
    ],
    priorCertificates: [
      { id: 'cert-2024-03', kind: 'completion', issuedOn: '2024-01-10', validUntil: '2026-01-09' },
    ],
  });

  it('renews a completion certificate expired 6 months ago on two recent shelter/referral results', () => {
    const evaluation = evaluate(testScheme, renewing(), { packs, asOf });
    const renewal = evaluation.kinds.renewal;
    expect(renewal?.eligible).toBe(true);
    expect(renewal?.renews).toEqual({ id: 'cert-2024-03', kind: 'completion' });
    expect(renewal?.criteria.map((c) => c.id)).toEqual([
      'expired-certificate',
      'recent-results',
      'area-score:protection',
      'stage:shelter',
      'no-harmful-choice',
    ]);
    expect(renewal?.validUntil).toBe('2027-06-29');
  });

  it('is not open while the certificate is still valid', () => {
    const record = renewing();
    record.priorCertificates = [
      { id: 'cert-2025-01', kind: 'trainer', issuedOn: '2025-01-10', validUntil: '2027-01-09' },
    ];
    const evaluation = evaluate(testScheme, record, { packs, asOf });
    expect(unmetIds(evaluation, 'renewal')).toEqual(['expired-certificate']);
    expect(criterion(evaluation, 'renewal', 'expired-certificate').missing?.es).toBe(
      'El certificado cert-2025-01 sigue vigente hasta el 2027-01-09; la renovación se abre cuando venza.',
    );
  });

  it('is refused past the 12-month grace period and with one recent result', () => {
    const record = renewing();
    record.priorCertificates = [
      { id: 'cert-2022-08', kind: 'completion', issuedOn: '2022-08-01', validUntil: '2024-07-31' },
    ];
    record.scenarioResults = record.scenarioResults.slice(0, 1);
    const evaluation = evaluate(testScheme, record, { packs, asOf });
    expect(unmetIds(evaluation, 'renewal')).toEqual(['expired-certificate', 'recent-results']);
    expect(criterion(evaluation, 'renewal', 'expired-certificate').missing?.en).toBe(
      'Certificate cert-2022-08 expired on 2024-07-31, more than 12 months ago: the program must be taken again.',
    );
    expect(criterion(evaluation, 'renewal', 'recent-results').missing?.en).toBe(
      'Has 1 verified scenario(s) in the last 90 days; 2 are required: 1 more.',
    );
  });

  it('has nothing to renew without a prior certificate', () => {
    const record = { ...renewing(), priorCertificates: [] };
    const evaluation = evaluate(testScheme, record, { packs, asOf });
    expect(unmetIds(evaluation, 'renewal')).toEqual(['expired-certificate']);
    // Either kind can be renewed: the message says "or" in every language, never "and".
    const { label, missing } = criterion(evaluation, 'renewal', 'expired-certificate');
    expect(missing).toEqual({
      es: expect.stringMatching(/^No hay un certificado vencido de tipo «[^»]+» o «[^»]+» que renovar\.$/),
      en: expect.stringMatching(/^There is no expired «[^»]+» or «[^»]+» certificate to renew\.$/),
      fr: expect.stringMatching(/^Il n'y a pas de certificat «[^»]+» ou «[^»]+» expiré à renouveler\.$/),
    });
    expect(label.en).toMatch(/\(«[^»]+» or «[^»]+»\)/);
  });
});

describe('evaluate input checks', () => {
  it('throws a CertificationError naming the path of an invalid record', () => {
    const record = {
      ...ana(),
      cohort: { id: 'c', modules: ['M10'], plannedHours: 40 },
    } as unknown as TraineeRecord;
    let thrown: unknown;
    try {
      evaluate(testScheme, record, { packs, asOf });
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(CertificationError);
    expect((thrown as CertificationError).issues).toEqual([
      { path: 'cohort.modules[0]', message: 'must be a module id M1–M9, found the text "M10"' },
    ]);
  });

  it('refuses an asOf that is not a date', () => {
    expect(() => evaluate(testScheme, ana(), { packs, asOf: '30/06/2026' })).toThrow(/asOf: must be a date/);
  });

  it('evaluates under the regional scheme too (Ana is far from its 90 % of 100 hours)', () => {
    const evaluation = evaluate(regionalScheme, ana(), { packs, asOf });
    expect(Object.keys(evaluation.kinds)).toEqual(['participation', 'completion', 'trainer', 'renewal']);
    expect(evaluation.kinds.completion?.eligible).toBe(false);
    expect(evaluation.kinds.completion?.academicHours).toBe(100);
    expect(evaluation.kinds.completion?.credits).toBe(5);
  });
});

describe('helpers', () => {
  it('lastValidDay: 24 months less a day, month ends clamped', () => {
    expect(lastValidDay('2026-06-30', 24)).toBe('2028-06-29');
    expect(lastValidDay('2026-01-31', 1)).toBe('2026-02-28');
    expect(lastValidDay('2024-02-29', 12)).toBe('2025-02-28');
    expect(lastValidDay('2026-03-15', 1)).toBe('2026-04-14');
  });

  it('countingAttempts keeps the best attempt per scenario within the window', () => {
    const evaluation = evaluate(testScheme, ana(), { packs, asOf });
    const counting = countingAttempts(evaluation.results.verified, asOf, 90);
    expect(counting.map((result) => result.index)).toEqual([0, 1, 2, 4]);
    expect(countingAttempts(evaluation.results.verified, '2026-09-01', 90).map((r) => r.index)).toEqual([
      2, 4,
    ]);
  });
});
