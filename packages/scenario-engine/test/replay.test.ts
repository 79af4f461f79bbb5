import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { builtinIndicators, type Pack, PlayError, type PlayEvent, replay, startScenario } from '../src/index';
import { pack } from './fixtures/parsed-sample';

/** A random walk: at each step pick an offered choice, a note, an unnote or the timeout, from a seed list. */
function randomWalk(p: Pack, scenarioId: string, picks: number[], carry?: Record<string, number | boolean>) {
  const play = startScenario(p, scenarioId, { timers: false, carry });
  const indicators = ['child-under-18', 'ilo-deception', 'phone-taken', 'ilo-debt-bondage'];
  for (const pick of picks) {
    if (play.done) break;
    const offered = play.choices();
    const kind = pick % 10;
    if (kind === 0) play.note(indicators[pick % indicators.length] as string);
    else if (kind === 1) play.unnote(indicators[(pick >> 3) % indicators.length] as string);
    else if (kind === 2 && play.node && 'timeout' in play.node && play.node.timeout) play.timeout();
    else if (offered.length > 0) play.choose((offered[pick % offered.length] as { id: string }).id);
  }
  const result = play.result();
  const events = [...play.events];
  play.stop();
  return { result, events };
}

const walk = fc.array(fc.nat({ max: 1000 }), { maxLength: 30 });
const scenarioId = fc.constantFrom('border-stop', 'shelter-intake');

describe('replay', () => {
  it('gives a deep-equal result for any random walk (property)', () => {
    fc.assert(
      fc.property(scenarioId, walk, (id, picks) => {
        const { result, events } = randomWalk(pack, id, picks);
        expect(replay(pack, id, events)).toEqual(result);
      }),
      { numRuns: 300 },
    );
  });

  it('gives a deep-equal result with carried values (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: -5, max: 20 }), fc.boolean(), walk, (trust, interpreter, picks) => {
        const carry = { trust, 'interpreter-present': interpreter };
        const { result, events } = randomWalk(pack, 'shelter-intake', picks, carry);
        expect(replay(pack, 'shelter-intake', events, { carry })).toEqual(result);
      }),
      { numRuns: 100 },
    );
  });

  it('keeps every score within [0, 1] (property)', () => {
    fc.assert(
      fc.property(scenarioId, walk, (id, picks) => {
        const { scores } = randomWalk(pack, id, picks).result;
        const all = [
          scores.overall,
          scores.identification.score,
          ...Object.values(scores.competencies),
        ].filter((s): s is number => s !== null);
        for (const score of all) {
          expect(score).toBeGreaterThanOrEqual(0);
          expect(score).toBeLessThanOrEqual(1);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('keeps every number variable within its declared range (property)', () => {
    fc.assert(
      fc.property(walk, (picks) => {
        const trust = randomWalk(pack, 'border-stop', picks).result.variables.trust as number;
        expect(trust).toBeGreaterThanOrEqual(0);
        expect(trust).toBeLessThanOrEqual(10);
      }),
      { numRuns: 200 },
    );
  });

  it('throws a PlayError naming the index of the first event that does not replay', () => {
    const events: PlayEvent[] = [
      { type: 'CHOOSE', choiceId: 'separate' },
      { type: 'NOTE', indicatorId: 'ilo-deception' },
      { type: 'CHOOSE', choiceId: 'open-questions' },
    ];
    let error: unknown;
    try {
      replay(pack, 'border-stop', events);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(PlayError);
    expect(error).toMatchObject({ code: 'unknown-choice', eventIndex: 2 });
    expect((error as Error).message).toMatch(/^event 2: node "private-room" has no choice "open-questions"/);
  });

  it('rejects a malformed event with its index', () => {
    expect(() => replay(pack, 'border-stop', [{ type: 'CHOOSE' } as never])).toThrow(
      expect.objectContaining({ code: 'invalid-event', eventIndex: 0 }),
    );
  });

  it('rejects events after the ending', () => {
    expect(() =>
      replay(pack, 'border-stop', [
        { type: 'CHOOSE', choiceId: 'ask-escort' },
        { type: 'CHOOSE', choiceId: 'wave-through' },
        { type: 'NOTE', indicatorId: builtinIndicators[0]?.id as string },
      ]),
    ).toThrow(expect.objectContaining({ code: 'play-over', eventIndex: 2 }));
  });
});
