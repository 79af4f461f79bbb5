import { readFileSync } from 'node:fs';
import { regionalProgram } from '@ruta/curriculum';
import { type Pack, type PlayResult, parsePack, replay, startJourney } from '@ruta/scenario-engine';
import { describe, expect, it } from 'vitest';
import { CertificationError, evaluate } from '../src/evaluation';
import { parseRecord, type SubmittedResult } from '../src/record';
import { verifyResults } from '../src/result-verification';
import { ana, asOf, packs, played, testScheme } from './fixtures/training';

/** The regional pack and its four-stage journey, whose steps carry trust, safety, evidence and coercion. */
function regional(): Pack {
  const parsed = parsePack(
    JSON.parse(readFileSync(new URL('../../../scenarios/regional/pack.json', import.meta.url), 'utf8')),
  );
  if (!parsed.ok) throw new Error('the regional pack does not validate');
  return parsed.value;
}
const pack = regional();
const journeyId = 'marisol-honduras-guatemala';

/** Plays the first three steps of the journey, always taking the first choice offered. */
function playJourney(): PlayResult[] {
  const journey = startJourney(pack, journeyId, { timers: false });
  const steps: PlayResult[] = [];
  for (let step = 0; step < 3; step++) {
    if (step > 0) journey.next();
    while (!journey.play.done) {
      const offered = journey.play.choices();
      journey.play.send({ type: 'CHOOSE', choiceId: offered[0]?.id as string });
    }
    steps.push(journey.play.result());
  }
  journey.stop();
  return steps;
}

function submitted(result: PlayResult, day: number, carry = result.carry): SubmittedResult {
  return {
    packId: pack.id,
    packVersion: pack.version,
    scenarioId: result.scenarioId,
    events: result.events,
    ...(carry === undefined ? {} : { carry }),
    completedAt: `2026-06-0${day}T10:00:00Z`,
    claimed: { overall: result.scores.overall, outcome: result.ending?.outcome ?? null },
  };
}

/** What a forger submits: the events of `result` replayed with `carry`, and the claim that replay gives. */
function forged(result: PlayResult, carry: Record<string, number | boolean>, day: number): SubmittedResult {
  const replayed = replay(pack, result.scenarioId, result.events, { carry });
  return submitted(replayed, day, carry);
}

const genuine = playJourney();

describe('carried values are verified, not trusted', () => {
  it('accepts a genuine three-step journey, each step carrying what the verified step before it carried out', () => {
    expect(genuine.map((step) => step.scenarioId)).toEqual([
      'identification-border-post',
      'referral-consular-protection',
      'shelter-recovery',
    ]);
    expect(genuine[0]?.carry).toBeUndefined();
    expect(Object.keys(genuine[1]?.carry ?? {})).toEqual([
      'trust',
      'safety',
      'evidence',
      'coerced-statement',
    ]);
    const results = genuine.map((step, i) => submitted(step, i + 1));
    const { verified, refused } = verifyResults(results, [pack], regionalProgram);
    expect(refused).toEqual([]);
    expect(verified.map((result) => result.index)).toEqual([0, 1, 2]);
    // The record's order does not matter: the steps are checked in the order they were completed.
    const reversed = verifyResults([...results].reverse(), [pack], regionalProgram);
    expect(reversed.refused).toEqual([]);
    expect(reversed.verified).toHaveLength(3);
    // Steps completed within the same second, the later step listed first: still verified.
    const sameSecond = genuine.map((step) => submitted(step, 1)).reverse();
    expect(verifyResults(sameSecond, [pack], regionalProgram).refused).toEqual([]);
  });

  it('refuses a first step that carries values (nothing can be carried into it), with its own reason', () => {
    const first = genuine[0] as PlayResult;
    const forgery = forged(first, { trust: 10, safety: 10, evidence: 10 }, 1);
    const { verified, refused } = verifyResults([forgery], [pack], regionalProgram);
    expect(verified).toEqual([]);
    expect(refused).toMatchObject([{ index: 0, reason: 'unverified-carry' }]);
    expect(refused[0]?.message.en).toBe(
      `The values carried into "identification-border-post" do not come from a verified result of the journey's previous step in this record ("identification-border-post" is not a later step of any journey of rcm-regional@${pack.version}, so nothing can be carried into it); a first step or a stand-alone scenario carries nothing.`,
    );
    expect(refused[0]?.message.es).toMatch(
      /^Los valores arrastrados a «identification-border-post» no provienen/,
    );
    expect(refused[0]?.message.fr).toMatch(/^Les valeurs reportées dans « identification-border-post »/);
    // The same events without the carry are an honest result.
    expect(verifyResults([submitted(first, 1)], [pack], regionalProgram).refused).toEqual([]);
    // An empty carry carries nothing: accepted.
    expect(verifyResults([submitted(first, 1, {})], [pack], regionalProgram).refused).toEqual([]);
  });

  it('refuses a later step whose carry was edited, or whose previous step is missing or came later', () => {
    const [first, second] = genuine as [PlayResult, PlayResult];
    const edited = { ...second.carry, evidence: ((second.carry?.evidence as number) + 1) % 11 };
    const tampered = verifyResults([submitted(first, 1), forged(second, edited, 2)], [pack], regionalProgram);
    expect(tampered.verified.map((result) => result.index)).toEqual([0]);
    expect(tampered.refused).toMatchObject([{ index: 1, reason: 'unverified-carry' }]);
    expect(tampered.refused[0]?.message.en).toContain(
      'no verified result of the previous step ("identification-border-post" in journey "marisol-honduras-guatemala") in this record carries out these values',
    );
    // The second step alone, with the values the genuine first step carried: that step is not in this record.
    expect(verifyResults([submitted(second, 2)], [pack], regionalProgram).refused).toMatchObject([
      { reason: 'unverified-carry' },
    ]);
    // The first step completed after the second one cannot have produced its carry.
    expect(
      verifyResults([submitted(first, 3), submitted(second, 2)], [pack], regionalProgram).refused,
    ).toMatchObject([{ index: 1, reason: 'unverified-carry' }]);
    // A refused first step cannot vouch for the second either.
    const forgedFirst = {
      ...submitted(first, 1),
      claimed: { overall: 0.123, outcome: 'protected' as const },
    };
    const chain = verifyResults([forgedFirst, submitted(second, 2)], [pack], regionalProgram);
    expect(chain.refused.map((r) => r.reason)).toEqual(['score-mismatch', 'unverified-carry']);
  });

  it('refuses "__proto__" and "constructor" keys rather than dropping them', () => {
    const first = genuine[0] as PlayResult;
    const withProto = JSON.parse(
      JSON.stringify(submitted(first, 1)).replace('"events"', '"carry":{"__proto__":{"trust":10}},"events"'),
    ) as SubmittedResult;
    expect(Object.hasOwn(withProto.carry ?? {}, '__proto__')).toBe(true);
    expect(verifyResults([withProto], [pack], regionalProgram).refused).toMatchObject([
      { reason: 'invalid-carry' },
    ]);
    const withConstructor = { ...submitted(first, 1), carry: { constructor: 3 } };
    expect(verifyResults([withConstructor], [pack], regionalProgram).refused).toMatchObject([
      { reason: 'invalid-carry' },
    ]);
    // In a record read from JSON, the key is an issue naming where it is (a schema would have dropped it).
    const record = JSON.parse(
      JSON.stringify({
        ...ana(),
        scenarioResults: [played('worksite-inspection', 'best', 'best', '2026-06-01T10:00:00Z')],
      }).replace('"events"', '"carry":{"__proto__":20},"events"'),
    );
    const parsed = parseRecord(record);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok)
      expect(parsed.issues).toContainEqual({
        path: 'scenarioResults[0].carry["__proto__"]',
        message: 'is not a variable name: carried values name the variables of the scenario',
      });
    expect(() => evaluate(testScheme, record, { packs, asOf })).toThrow(CertificationError);
  });

  it('evaluate lists a forged carry among the refused results, and it never counts', () => {
    const forgery = forged(genuine[0] as PlayResult, { trust: 10, safety: 10, evidence: 10 }, 1);
    const evaluation = evaluate(
      testScheme,
      { ...ana(), scenarioResults: [...ana().scenarioResults, forgery] },
      { packs: [...packs, pack], asOf },
    );
    expect(evaluation.results.refused).toMatchObject([{ index: 5, reason: 'unverified-carry' }]);
    expect(evaluation.results.verified).toHaveLength(5);
  });
});
