import { describe, expect, it } from 'vitest';
import { type Play, PlayError, type PlayResult, replay, resume, startScenario } from '../src/index';
import type { Node } from '../src/schema';
import { toXapiStatements, XapiStatement } from '../src/xapi';
import { choice, ending, pack, scenario, step } from './fixtures/analysis/build';

// A timed first decision: the timer pause matters there.
const nodes: Record<string, Node> = {
  s: step([choice('x', 'a', 'best'), choice('y', 'e3', 'harmful')], { timeoutTo: 'e2' }),
  a: step([choice('p', 'e1', 'good'), choice('q', 'e3', 'poor')]),
  e1: ending('protected'),
  e2: ending('partial'),
  e3: ending('harmed'),
};
const played = pack([scenario('timed', nodes)], { languages: ['en'] });
const start = (options: Parameters<typeof startScenario>[2] = {}) =>
  startScenario(played, 'timed', { timers: false, ...options });

/** The result without its accommodations: what the scores and the path are made of. */
function scored(result: PlayResult): Omit<PlayResult, 'accommodations'> {
  const { accommodations: _, ...rest } = result;
  return rest;
}

describe('the timer pause is recorded in the result, and changes nothing else', () => {
  it('is absent from a play without accommodations', () => {
    const play = start();
    play.choose('x');
    play.choose('p');
    expect('accommodations' in play.result()).toBe(false);
    expect(play.accommodations).toEqual({});
    expect(play.save().accommodations).toBeUndefined();
  });

  it('is recorded when given at the start', () => {
    const play = start({ accommodations: { timerPaused: true } });
    expect(play.result().accommodations).toEqual({ timerPaused: true });
    play.choose('x');
    play.choose('p');
    expect(play.result().accommodations).toEqual({ timerPaused: true });
  });

  it('is recorded when turned on mid-play, stays recorded when turned off, and is no event', () => {
    const plain = start();
    const paused = start();
    for (const play of [plain, paused]) play.choose('x');
    const calls: Play[] = [];
    paused.subscribe((p) => calls.push(p));
    paused.accommodate({ timerPaused: true });
    expect(calls).toHaveLength(1);
    paused.accommodate({ timerPaused: true }); // already recorded: no change, no notification
    expect(calls).toHaveLength(1);
    paused.accommodate({ timerPaused: false }); // turned off again: it was still used
    for (const play of [plain, paused]) play.choose('p');
    const result = paused.result();
    expect(result.accommodations).toEqual({ timerPaused: true });
    expect(paused.events).toEqual(plain.events);
    expect(scored(result)).toEqual(plain.result());
  });

  it('is ignored once the play has ended (nothing was timed any more)', () => {
    const play = start();
    play.choose('y');
    expect(play.done).toBe(true);
    play.accommodate({ timerPaused: true });
    expect('accommodations' in play.result()).toBe(false);
  });

  it('refuses what is not an accommodation, changing nothing', () => {
    const play = start();
    for (const bad of [null, 'timerPaused', { timerPaused: 'yes' }, { moreTime: true }]) {
      let error: unknown;
      try {
        play.accommodate(bad as never);
      } catch (caught) {
        error = caught;
      }
      expect(error).toBeInstanceOf(PlayError);
      expect((error as PlayError).code).toBe('invalid-accommodations');
    }
    expect(play.accommodations).toEqual({});
    expect(() => start({ accommodations: { extraTime: true } as never })).toThrow(
      /unknown accommodation "extraTime"/,
    );
  });
});

describe('save, resume and replay keep the accommodations', () => {
  it('a save made after the pause was turned on resumes with it recorded', () => {
    const play = start();
    play.accommodate({ timerPaused: true });
    play.choose('x');
    const save = play.save();
    expect(save.accommodations).toEqual({ timerPaused: true });
    const resumed = resume(played, JSON.stringify(save), { timers: false });
    expect(resumed.ok).toBe(true);
    if (!resumed.ok) return;
    resumed.value.choose('p');
    expect(resumed.value.result().accommodations).toEqual({ timerPaused: true });
  });

  it('a save without accommodations (as older engines wrote) still resumes, with none', () => {
    const resumed = resume(played, {
      v: 1,
      pack: played.id,
      version: played.version,
      scenario: 'timed',
      events: ['c:x'],
    });
    expect(resumed.ok).toBe(true);
    if (resumed.ok) expect('accommodations' in resumed.value.result()).toBe(false);
  });

  it('a save with an unknown accommodation is refused with its path', () => {
    const resumed = resume(played, {
      v: 1,
      pack: played.id,
      version: played.version,
      scenario: 'timed',
      accommodations: { extraTime: true },
      events: [],
    });
    expect(resumed.ok).toBe(false);
    if (!resumed.ok) expect(resumed.issues[0]?.path).toMatch(/^accommodations/);
  });

  it('a result with accommodations replays to the same scores; with them given, to the same result', () => {
    const play = start();
    play.choose('x');
    play.accommodate({ timerPaused: true });
    play.choose('p');
    const result = play.result();
    const again = replay(played, 'timed', result.events, { accommodations: result.accommodations });
    expect(again).toEqual(result);
    const bare = replay(played, 'timed', result.events);
    expect(bare.scores).toEqual(result.scores);
    expect(bare).toEqual(scored(result));
  });
});

describe('xAPI', () => {
  const options = {
    actor: { homePage: 'https://lms.example.org', name: 'officer-0042' },
    registration: '6f1c7a52-2d1e-4c55-9f8e-3b2a1d0c9e87',
    timestamp: '2026-11-28T10:00:00.000Z',
  };
  const extension = 'https://w3id.org/ruta/xapi/extensions/accommodations';

  it('completed and passed/failed carry the accommodations as a context extension', () => {
    const result = replay(
      played,
      'timed',
      [
        { type: 'CHOOSE', choiceId: 'x' },
        { type: 'CHOOSE', choiceId: 'p' },
      ],
      {
        accommodations: { timerPaused: true },
      },
    );
    const statements = toXapiStatements(result, options);
    for (const statement of statements) expect(XapiStatement.parse(statement)).toEqual(statement);
    const marked = statements.filter((s) => s.context?.extensions?.[extension] !== undefined);
    expect(marked.map((s) => s.verb.id.replace(/^.*\//, ''))).toEqual(['completed', 'passed']);
    for (const statement of marked)
      expect(statement.context?.extensions?.[extension]).toEqual({ timerPaused: true });
    // The score is the same as without the pause.
    const plain = toXapiStatements(scored(result) as PlayResult, options);
    expect(plain.at(-1)?.result).toEqual(statements.at(-1)?.result);
    expect(plain.some((s) => s.context?.extensions?.[extension] !== undefined)).toBe(false);
  });

  it('keeps a cmi5 mastery score beside them', () => {
    const result = replay(played, 'timed', [{ type: 'CHOOSE', choiceId: 'y' }], {
      accommodations: { timerPaused: true },
    });
    const statements = toXapiStatements(result, {
      ...options,
      cmi5: { sessionId: 'session-1', activityId: 'https://lms.example.org/au/1', masteryScore: 0.8 },
    });
    const failed = statements.find((s) => s.verb.id.endsWith('/failed'));
    expect(failed?.context?.extensions).toMatchObject({
      'https://w3id.org/xapi/cmi5/context/extensions/masteryscore': 0.8,
      [extension]: { timerPaused: true },
    });
  });
});
