import { regionalProgram } from '@ruta/curriculum';
import { startScenario } from '@ruta/scenario-engine';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluate } from '../src/evaluation';
import type { SubmittedResult } from '../src/record';
import { scenarioAreas, scoreTolerance, verifyResults } from '../src/result-verification';
import { ana, asOf, choices, fixturePack, packs, played, testScheme } from './fixtures/training';

const honest = played('prosecution-hearing', 'best', 'good', '2026-06-05T10:00:00Z');

describe('verifyResults', () => {
  it('verifies an honest result and keeps the replayed scores', () => {
    const { verified, refused } = verifyResults([honest], packs, regionalProgram);
    expect(refused).toEqual([]);
    expect(verified).toHaveLength(1);
    expect(verified[0]?.replayed.scores.overall).toBeCloseTo(0.85, 10);
    expect(verified[0]?.replayed.ending?.outcome).toBe('partial');
    expect(verified[0]?.areas).toEqual(['protection', 'prosecution']);
    expect(verified[0]?.completedOn).toBe('2026-06-05');
  });

  it('verifies a result played with the timer pause (an accommodation: recorded, never scored)', () => {
    const play = startScenario(fixturePack, 'prosecution-hearing', { timers: false });
    play.accommodate({ timerPaused: true });
    for (const event of honest.events) play.send(event);
    const result = play.result();
    expect(result.accommodations).toEqual({ timerPaused: true });
    const submitted: SubmittedResult = {
      ...honest,
      events: result.events,
      claimed: { overall: result.scores.overall, outcome: result.ending?.outcome ?? null },
    };
    const { verified, refused } = verifyResults([submitted], packs, regionalProgram);
    expect(refused).toEqual([]);
    expect(verified[0]?.replayed.scores).toEqual(result.scores);
  });

  it('refuses a result whose claimed score was edited', () => {
    const forged: SubmittedResult = { ...honest, claimed: { overall: 1, outcome: 'partial' } };
    const { verified, refused } = verifyResults([forged], packs, regionalProgram);
    expect(verified).toEqual([]);
    expect(refused).toMatchObject([
      { index: 0, reason: 'score-mismatch', scenarioId: 'prosecution-hearing' },
    ]);
    expect(refused[0]?.message.en).toBe(
      'The claimed score of "prosecution-hearing" does not match the recomputed one (1.00 ≠ 0.85).',
    );
  });

  it('refuses a result whose claimed outcome was edited', () => {
    const forged: SubmittedResult = { ...honest, claimed: { overall: 0.85, outcome: 'protected' } };
    expect(verifyResults([forged], packs, regionalProgram).refused[0]?.reason).toBe('outcome-mismatch');
  });

  it('refuses events edited into an impossible path, naming the event', () => {
    // The second step's choice played first: not offered at the start node.
    const forged: SubmittedResult = {
      ...honest,
      events: [
        { type: 'CHOOSE', choiceId: choices['prosecution-hearing'].followUp.best },
        { type: 'CHOOSE', choiceId: choices['prosecution-hearing'].followUp.best },
      ],
      claimed: { overall: 1, outcome: 'protected' },
    };
    const { refused } = verifyResults([forged], packs, regionalProgram);
    expect(refused).toMatchObject([{ reason: 'impossible-path' }]);
    expect(refused[0]?.message.en).toMatch(/events\[0\]/);
    expect(refused[0]?.message.en).toMatch(/the path is impossible\.$/);
  });

  it('refuses events after the ending', () => {
    const forged: SubmittedResult = {
      ...honest,
      events: [...honest.events, { type: 'CHOOSE', choiceId: choices['prosecution-hearing'].followUp.best }],
    };
    expect(verifyResults([forged], packs, regionalProgram).refused[0]?.reason).toBe('impossible-path');
  });

  it('refuses an unknown pack version, and an unknown pack', () => {
    const unknownVersion: SubmittedResult = { ...honest, packVersion: '9.9.9' };
    const unknownPack: SubmittedResult = { ...honest, packId: 'gt-border' };
    const { refused } = verifyResults([unknownVersion, unknownPack], packs, regionalProgram);
    expect(refused.map((r) => [r.index, r.reason])).toEqual([
      [0, 'unknown-pack-version'],
      [1, 'unknown-pack'],
    ]);
    expect(refused[0]?.message.es).toBe(
      'La versión 9.9.9 del paquete «certification-fixture» no está entre los paquetes de referencia; el resultado no puede verificarse.',
    );
  });

  it('replays against the exact version: a claim computed under 1.0.0 does not hold under 1.1.0', () => {
    // 1.1.0 re-grades "ask-the-foreman" from poor to harmful: (0 + 1) / 2 = 0.5, not 0.65.
    const under100 = played('worksite-inspection', 'poor', 'best', '2026-06-01T10:00:00Z');
    const relabelled: SubmittedResult = { ...under100, packVersion: '1.1.0' };
    const { verified, refused } = verifyResults([under100, relabelled], packs, regionalProgram);
    expect(verified.map((r) => r.index)).toEqual([0]);
    expect(refused).toMatchObject([{ index: 1, reason: 'score-mismatch' }]);
  });

  it('refuses values carried into a scenario that does not declare them', () => {
    const carried: SubmittedResult = { ...honest, carry: { 'witness-trust': 3 } };
    const { refused } = verifyResults([carried], packs, regionalProgram);
    expect(refused).toMatchObject([{ reason: 'invalid-carry' }]);
    expect(refused[0]?.message.en).toMatch(
      /^The values carried into "prosecution-hearing" do not fit certification-fixture@1\.0\.0 \(/,
    );
  });

  it('refuses an unfinished play and an unknown scenario', () => {
    const unfinished: SubmittedResult = {
      ...honest,
      events: honest.events.slice(0, 1),
      claimed: { overall: 1, outcome: null },
    };
    const unknownScenario: SubmittedResult = { ...honest, scenarioId: 'courtroom-appeal' };
    const { refused } = verifyResults([unfinished, unknownScenario], packs, regionalProgram);
    expect(refused.map((r) => r.reason)).toEqual(['incomplete', 'unknown-scenario']);
  });
});

describe('verifyResults on arbitrary submissions (property)', () => {
  const ids = choices['prosecution-hearing'];
  const choiceIds = [ids.best, ids.poor, ids.harmful, ids.followUp.best, ids.followUp.good, 'made-up-choice'];
  const event = fc.oneof(
    fc.constantFrom(...choiceIds).map((choiceId) => ({ type: 'CHOOSE' as const, choiceId })),
    fc
      .constantFrom('ilo-debt-bondage', 'not-an-indicator')
      .map((indicatorId) => ({ type: 'NOTE' as const, indicatorId })),
    fc.constant({ type: 'TIMEOUT' as const }),
  );

  it('never throws, and verifies a result only when the replay gives exactly the claimed score and outcome', () => {
    fc.assert(
      fc.property(
        fc.array(event, { maxLength: 5 }),
        fc.option(fc.constantFrom(0, 0.15, 0.5, 0.65, 0.85, 1), { nil: null }),
        fc.option(fc.constantFrom('protected' as const, 'partial' as const, 'harmed' as const), {
          nil: null,
        }),
        (events, overall, outcome) => {
          const submitted: SubmittedResult = { ...honest, events, claimed: { overall, outcome } };
          const { verified, refused } = verifyResults([submitted], packs, regionalProgram);
          expect(verified.length + refused.length).toBe(1);
          const result = verified[0];
          if (result) {
            expect(result.replayed.complete).toBe(true);
            expect(
              Math.abs((result.replayed.scores.overall ?? Number.NaN) - (overall ?? Number.NaN)),
            ).toBeLessThanOrEqual(scoreTolerance);
            expect(result.replayed.ending?.outcome).toBe(outcome);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('refused results never count', () => {
  it('a forged prosecution score cannot lift the prosecution area over its threshold', () => {
    const record = ana();
    // Ana's honest 0.85 attempt, edited to claim 1.0: refused, so her 0.65 attempt is the best that counts.
    const forged = record.scenarioResults[4];
    if (!forged) throw new Error('fixture');
    record.scenarioResults[4] = { ...forged, claimed: { overall: 1, outcome: 'partial' } };
    record.scenarioResults.push({ ...forged, packVersion: '0.9.0' });
    const evaluation = evaluate(testScheme, record, { packs, asOf });
    expect(evaluation.results.refused.map((r) => [r.index, r.reason])).toEqual([
      [4, 'score-mismatch'],
      [5, 'unknown-pack-version'],
    ]);
    const prosecution = evaluation.kinds.completion?.criteria.find((c) => c.id === 'area-score:prosecution');
    expect(prosecution?.met).toBe(false);
    expect(prosecution?.missing?.en).toBe(
      'The mean score in Prosecution is 0.65 (1 scenario); 0.70 is required. Play scenarios of this area again.',
    );
    expect(evaluation.kinds.completion?.eligible).toBe(false);
  });
});

describe('scenarioAreas', () => {
  it("unites the areas of the scenario's modules in the program", () => {
    const byId = (id: string) => fixturePack.scenarios.find((s) => s.id === id) ?? { modules: [] };
    expect(scenarioAreas(byId('worksite-inspection'), regionalProgram)).toEqual(['prevention']);
    expect(scenarioAreas(byId('shelter-referral'), regionalProgram)).toEqual(['protection']);
    expect(scenarioAreas({ modules: ['M6', 'M9'] }, regionalProgram)).toEqual(['prevention', 'protection']);
  });
});
