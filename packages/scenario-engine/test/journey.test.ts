import { describe, expect, it } from 'vitest';
import { carriedValues, journeyResult, PlayError, startJourney } from '../src/index';
import { pack } from './fixtures/parsed-sample';

const bestBorderStop = ['separate', 'call-interpreter', 'open-questions', 'refer-shelter'];

describe('startJourney', () => {
  it('plays the steps in order, carrying trust (clamped to the next step range)', () => {
    const journey = startJourney(pack, 'ana-case', { timers: false });
    expect(journey.stepIndex).toBe(0);
    expect(journey.scenarioId).toBe('border-stop');
    for (const id of bestBorderStop) journey.play.choose(id);
    expect(journey.play.variables.trust).toBe(8);
    const shelter = journey.next();
    expect(journey.scenarioId).toBe('shelter-intake');
    // 8 at the border, shelter-intake allows at most 6
    expect(shelter.variables).toEqual({ trust: 6, 'interpreter-present': false });
    expect(shelter.carry).toEqual({ trust: 6 });
    shelter.choose('explain-rights');
    shelter.choose('plan-with-her');
    expect(journey.done).toBe(true);
    const result = journey.result();
    expect(result).toMatchObject({
      journeyId: 'ana-case',
      complete: true,
      outcome: 'protected',
      overall: 1,
      harmful: [],
      carried: [{}, { trust: 6 }],
    });
    expect(result.steps.map((s) => s.ending?.node)).toEqual(['sheltered', 'stays']);
  });

  it('brings a bad start back later: a harmful border stop leaves less trust at the shelter', () => {
    const journey = startJourney(pack, 'ana-case', { timers: false });
    journey.play.timeout();
    journey.play.choose('wave-through');
    const shelter = journey.next();
    expect(shelter.variables.trust).toBe(5);
    shelter.choose('retell-story'); // 5 - 3 = 2
    expect(shelter.choices().map((c) => c.id)).toEqual(['impose-plan']);
    shelter.choose('impose-plan');
    const result = journey.result();
    expect(result.outcome).toBe('harmed');
    expect(result.harmful).toEqual([
      { scenario: 'border-stop', node: 'escort-answers', choice: 'wave-through' },
      { scenario: 'shelter-intake', node: 'intake', choice: 'retell-story' },
    ]);
    // border stop: harmful 0 (the timeout is not a choice); shelter: harmful 0 and poor 0.3 → 0.15
    expect(result.overall).toBeCloseTo((0 + 0.15) / 2, 10);
  });

  it('refuses to move on before the step ends, and after the last step', () => {
    const journey = startJourney(pack, 'ana-case', { timers: false });
    expect(() => journey.next()).toThrow(expect.objectContaining({ code: 'journey-step-not-done' }));
    for (const id of bestBorderStop) journey.play.choose(id);
    journey.next();
    journey.play.choose('explain-rights');
    journey.play.choose('plan-with-her');
    expect(() => journey.next()).toThrow(expect.objectContaining({ code: 'journey-over' }));
  });

  it('reports an incomplete journey while a step is under way', () => {
    const journey = startJourney(pack, 'ana-case', { timers: false });
    journey.play.choose('separate');
    const result = journey.result();
    expect(result.complete).toBe(false);
    expect(result.outcome).toBeUndefined();
    expect(result.steps).toHaveLength(1);
  });

  it('throws a PlayError for an unknown journey', () => {
    expect(() => startJourney(pack, 'maria-case')).toThrow(PlayError);
    expect(() => startJourney(pack, 'maria-case')).toThrow(
      /no journey "maria-case" \(its journeys: ana-case\)/,
    );
  });
});

describe('carriedValues and journeyResult', () => {
  it('compute the carry and the journey result from step results', () => {
    const journey = pack.journeys?.[0];
    if (journey === undefined) throw new Error('the sample pack has a journey');
    const first = startJourney(pack, 'ana-case', { timers: false });
    for (const id of bestBorderStop) first.play.choose(id);
    const border = first.play.result();
    expect(carriedValues(pack, journey, border, 'shelter-intake')).toEqual({ trust: 6 });
    expect(journeyResult(pack, 'ana-case', [border])).toMatchObject({ complete: false, overall: 1 });
  });
});
