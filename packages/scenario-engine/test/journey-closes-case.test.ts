import { describe, expect, it } from 'vitest';
import { analyzePack } from '../src/analysis';
import { journeyResult, type Pack, packJsonSchema, parsePack, startJourney } from '../src/index';
import { edit } from './fixtures/edit';

// The sample pack's journey "ana-case": border-stop, then shelter-intake, carrying trust. At the border,
// "detain" then "deport" ends at `deported` (harmed); "separate" … "refer-shelter" ends `protected`.
const harmedEndings = ['deported', 'released', 'waved-through'];

function packWith(closing: readonly string[]): Pack {
  const parsed = parsePack(
    edit(closing.map((node) => [`scenarios[0].nodes.${node}.ending.closesCase`, true] as const)),
  );
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
  return parsed.value;
}

describe('ending.closesCase: the field', () => {
  it('is optional and boolean; anything else is an error naming the path', () => {
    expect(parsePack(edit([['scenarios[0].nodes.deported.ending.closesCase', false]])).ok).toBe(true);
    const wrong = parsePack(edit([['scenarios[0].nodes.deported.ending.closesCase', 'yes']]));
    expect(wrong.ok).toBe(false);
    if (!wrong.ok)
      expect(wrong.issues.map((issue) => issue.path)).toContain(
        'scenarios[0].nodes.deported.ending.closesCase',
      );
  });

  it('is in the JSON Schema for editors', () => {
    expect(JSON.stringify(packJsonSchema())).toContain('"closesCase":{"type":"boolean"}');
  });
});

describe('a journey stops at an ending that closes the case', () => {
  it("does not open the later stages after deportation, and its outcome is the closing ending's", () => {
    const pack = packWith(['deported']);
    const journey = startJourney(pack, 'ana-case', { timers: false });
    journey.play.choose('detain');
    journey.play.choose('deport');
    expect(journey.done).toBe(true);
    expect(() => journey.next()).toThrow(expect.objectContaining({ code: 'journey-over' }));
    const result = journey.result();
    expect(result).toMatchObject({
      complete: true,
      outcome: 'harmed',
      stopped: { step: 0, scenario: 'border-stop', node: 'deported', reason: 'case-closed' },
    });
    expect(result.steps.map((step) => step.scenarioId)).toEqual(['border-stop']);
  });

  it('goes on from an ending that does not close the case, and says it stopped at the last step', () => {
    const pack = packWith(['deported']);
    const journey = startJourney(pack, 'ana-case', { timers: false });
    for (const id of ['separate', 'call-interpreter', 'open-questions', 'refer-shelter'])
      journey.play.choose(id);
    expect(journey.done).toBe(false);
    journey.next().choose('explain-rights');
    journey.play.choose('plan-with-her');
    expect(journey.result()).toMatchObject({
      complete: true,
      outcome: 'protected',
      stopped: { step: 1, scenario: 'shelter-intake', node: 'stays', reason: 'last-step' },
    });
  });

  it('without closesCase the same deportation lets the journey go on (what the field is for)', () => {
    const journey = startJourney(packWith([]), 'ana-case', { timers: false });
    journey.play.choose('detain');
    journey.play.choose('deport');
    expect(journey.done).toBe(false);
    expect(journey.next().scenario.id).toBe('shelter-intake');
  });

  it('journeyResult does not call complete a list of steps that goes on after a closing ending', () => {
    const pack = packWith(['deported']);
    const journey = startJourney(pack, 'ana-case', { timers: false });
    journey.play.choose('detain');
    journey.play.choose('deport');
    const closed = journey.play.result();
    const shelter = startJourney(pack, 'ana-case', { timers: false });
    for (const id of ['separate', 'call-interpreter', 'open-questions', 'refer-shelter'])
      shelter.play.choose(id);
    shelter.next().choose('explain-rights');
    shelter.play.choose('plan-with-her');
    const later = shelter.results[1]!;
    const result = journeyResult(pack, 'ana-case', [closed, later]);
    expect(result.complete).toBe(false);
    expect(result.outcome).toBeUndefined();
    expect(result.stopped).toBeUndefined();
  });
});

describe('analyzePack and closesCase', () => {
  it('warns when a step can end harmed without closing the case while a later step can still end protected', () => {
    const report = analyzePack(packWith([]));
    const warning = report.warnings.find((w) => w.kind === 'journey-harmed-continues');
    expect(warning).toMatchObject({
      kind: 'journey-harmed-continues',
      journey: 'ana-case',
      step: 0,
      scenario: 'border-stop',
      endings: harmedEndings,
      protectedAt: 1,
      path: 'scenarios[0].nodes.deported.ending',
    });
    expect(warning?.message).toContain('"closesCase"');
    const es = analyzePack(packWith([]), { lang: 'es' }).warnings.find(
      (w) => w.kind === 'journey-harmed-continues',
    );
    expect(es?.message).toContain('sin "closesCase"');
  });

  it('names only the harmed endings left open, and none once every one closes the case', () => {
    const some = analyzePack(packWith(['deported']));
    expect(some.warnings.find((w) => w.kind === 'journey-harmed-continues')).toMatchObject({
      endings: ['released', 'waved-through'],
    });
    const all = analyzePack(packWith(harmedEndings));
    expect(all.warnings.filter((w) => w.kind === 'journey-harmed-continues')).toEqual([]);
  });

  it("reports the outcomes the journey can end with: closing endings at any step, and the last step's", () => {
    // The border's `partial` ending does not close the case: the journey goes on, so `partial` is not an
    // outcome the journey can end with (the shelter ends protected or harmed).
    expect(analyzePack(packWith([])).journeys[0]!.outcomes).toEqual(['protected', 'harmed']);
    // Once it closes the case, the journey can end there, partial.
    expect(analyzePack(packWith(['partial-help'])).journeys[0]!.outcomes).toEqual([
      'protected',
      'partial',
      'harmed',
    ]);
  });
});
