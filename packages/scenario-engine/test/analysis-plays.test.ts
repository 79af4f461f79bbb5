import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzePack, defaultStateBudget } from '../src/analysis';
import type { PathStep } from '../src/result';
import type { Node, Scenario } from '../src/schema';
import { arbitraryPack } from '../src/testing';
import { choice, ending, pack, scenario, step } from './fixtures/analysis/build';
import { referenceFigures } from './fixtures/analysis/reference-plays';

/** The figures are over play states, not node paths (spec, "Plays, not node paths"). */

const moves = (path: PathStep[]) =>
  path.map((s) => `${s.node}${s.choice ? `:${s.choice}` : s.timeout ? ':timeout' : ''}`).join(' ');

describe('analysis figures over play states', () => {
  // Asking again raises trust; trust unlocks the best choice. Revisiting "interview" with other values is
  // another play state, so the best play passes through it three times.
  const askAgain = scenario(
    'ask-again',
    {
      interview: step([
        choice('ask', 'interview', 'good', {
          when: { var: 'trust', eq: 0 },
          effects: [{ add: 'trust', value: 1 }],
        }),
        choice('ask-again', 'interview', 'best', {
          when: { var: 'trust', eq: 1 },
          effects: [{ add: 'trust', value: 1 }],
        }),
        choice('separate', 'safe-room', 'best', { when: { var: 'trust', gte: 2 } }),
        choice('send-back', 'returned', 'harmful'),
      ]),
      // Protection is activated when the trainee waits for the shelter team (a timeout, not a choice).
      'safe-room': step([choice('call-employer', 'returned', 'harmful')], { timeoutTo: 'protection' }),
      protection: ending('protected'),
      returned: ending('harmed'),
    },
    { variables: { trust: { type: 'number', initial: 0, min: 0, max: 2 } } },
  );

  it('counts a step revisited with other values: ask, ask again, separate, activate protection', () => {
    const report = analyzePack(pack([askAgain]));
    const m = report.scenarios[0]!.metrics;
    expect(report.ok).toBe(true);
    expect(m.pathsExact).toBe(true);
    expect(m.loop).toBeNull();
    expect(m.bestScore).toEqual({
      overall: 0.9,
      path: [
        { node: 'interview', choice: 'ask' },
        { node: 'interview', choice: 'ask-again' },
        { node: 'interview', choice: 'separate' },
        { node: 'safe-room', timeout: true },
        { node: 'protection' },
      ],
    });
    expect(m.longestPath?.length).toBe(4);
    expect(m.longestPath?.unbounded).toBeUndefined();
    expect(m.shortestPath?.length).toBe(1);
    expect(m.worstScore?.overall).toBe(0);
  });

  // A step that can be repeated unchanged: "ask for the documents" brings the trainee back to the same
  // play state (no variable changes), as often as they like.
  const pureLoop: Record<string, Node> = {
    ask: step([choice('clarify', 'listen', 'good'), choice('refer', 'safe', 'best')]),
    listen: step([choice('ask-again', 'ask', 'poor'), choice('conclude', 'unsafe', 'harmful')]),
    safe: ending('protected'),
    unsafe: ending('harmed'),
  };

  it('reports a loop of play states: the longest play is unbounded and the loop is flagged', () => {
    const m = analyzePack(pack([scenario('loop', pureLoop)])).scenarios[0]!.metrics;
    expect(m.pathsExact).toBe(true);
    expect(m.loop).toEqual({
      via: [],
      moves: [
        { node: 'ask', choice: 'clarify' },
        { node: 'listen', choice: 'ask-again' },
      ],
    });
    expect(m.longestPath?.unbounded).toBe(true);
    // The example goes round once, then to the nearest ending.
    expect(moves(m.longestPath!.path)).toBe('ask:clarify listen:ask-again ask:refer safe');
    expect(m.shortestPath?.length).toBe(1);
    // Plays: refer (1.0); clarify, conclude (0.35); going round the loop brings the mean towards 0.5.
    expect(m.bestScore).toEqual({ overall: 1, path: [{ node: 'ask', choice: 'refer' }, { node: 'safe' }] });
    expect(m.worstScore?.overall).toBe(0.35);
    expect(m.worstScore?.loop).toBeUndefined();
  });

  it("counts a loop's mean when plays approach it (Karp's minimum and maximum mean cycle)", () => {
    // Going round "push" (harmful) and "listen" (good) as often as one likes brings the overall score as
    // close to 0.35 as one likes; every play that repeats no state does better.
    const nodes: Record<string, Node> = {
      interview: step([choice('push', 'pressure', 'harmful'), choice('refer', 'safe', 'best')]),
      pressure: step([choice('listen', 'interview', 'good'), choice('refer', 'safe', 'best')]),
      safe: ending('protected'),
    };
    const m = analyzePack(pack([scenario('pressure', nodes)])).scenarios[0]!.metrics;
    expect(m.worstScore?.overall).toBe(0.35);
    expect(m.worstScore?.loop).toEqual([
      { node: 'interview', choice: 'push' },
      { node: 'pressure', choice: 'listen' },
    ]);
    expect(moves(m.worstScore!.path)).toBe('interview:push pressure:listen interview:refer safe');
    expect(m.bestScore?.overall).toBe(1);

    // A loop whose mean beats every play that repeats no state: the best is approached, not reached.
    const praise: Record<string, Node> = {
      start: step([choice('rush', 'safe', 'poor'), choice('build-rapport', 'rapport', 'best')]),
      rapport: step([
        choice('keep-listening', 'start', 'best', { when: { visited: 'rapport' } }),
        choice('close', 'safe', 'harmful'),
      ]),
      safe: ending('protected'),
    };
    const p = analyzePack(pack([scenario('rapport', praise)])).scenarios[0]!.metrics;
    expect(p.bestScore?.overall).toBe(1);
    expect(new Set(p.bestScore?.loop?.map((s) => s.choice))).toEqual(
      new Set(['build-rapport', 'keep-listening']),
    );
    // The best play that repeats no state: build rapport, keep listening, rush: (1 + 1 + 0.3) / 3.
    expect(p.worstScore?.overall).toBe(0.3);
    expect(p.pathsExact).toBe(true);
  });

  it('finds the means of loops with timeouts in them per choice, not per move', () => {
    // Round the loop: a timeout (not a choice) and one best choice: the mean is 1, not 0.5.
    const nodes: Record<string, Node> = {
      wait: step([choice('leave', 'gone', 'harmful')], { timeoutTo: 'talk' }),
      talk: step([choice('listen', 'wait', 'best'), choice('refer', 'safe', 'poor')]),
      safe: ending('protected'),
      gone: ending('harmed'),
    };
    const m = analyzePack(pack([scenario('silence', nodes)])).scenarios[0]!.metrics;
    expect(m.bestScore?.overall).toBe(1);
    expect(m.bestScore?.loop).toEqual([
      { node: 'wait', timeout: true },
      { node: 'talk', choice: 'listen' },
    ]);
    expect(m.worstScore?.overall).toBe(0);
  });

  it('finds the loops of a maze: the worst is the mean of the poorest loop', () => {
    // Eight rooms all linked to each other; leaving is best. Even rooms' moves are poor, odd rooms' good.
    const ids = Array.from({ length: 8 }, (_, i) => `room-${i}`);
    const nodes: Record<string, Node> = {};
    ids.forEach((id, i) => {
      nodes[id] = step([
        ...ids
          .filter((other) => other !== id)
          .map((other) => choice(`to-${other}`, other, i % 2 ? 'good' : 'poor')),
        choice('leave', i === 7 ? 'safe' : 'exit', 'best'),
      ]);
    });
    nodes.exit = ending('partial');
    nodes.safe = ending('protected');
    const m = analyzePack(pack([scenario('maze', nodes)])).scenarios[0]!.metrics;
    expect(m.pathsExact).toBe(true);
    expect(m.shortestPath!.length).toBe(1);
    expect(m.bestScore).toEqual({
      overall: 1,
      path: [{ node: 'room-0', choice: 'leave' }, { node: 'exit' }],
    });
    // Round poor rooms only: 0.3. Every play that repeats no state does better: (0.3·3 + 1) / 4 at worst.
    expect(m.worstScore!.overall).toBe(0.3);
    for (const s of m.worstScore!.loop!) expect(Number(s.node.slice(5)) % 2).toBe(0);
    expect(m.longestPath?.unbounded).toBe(true);
  });

  it('keeps figures it could not finish out of the report when the work budget runs out', () => {
    const report = analyzePack(pack([scenario('loop', pureLoop)]), { maxTotalWork: 5 });
    const s = report.scenarios[0]!;
    expect(s.exploration.exhaustive).toBe(true);
    expect(s.metrics.pathsExact).toBe(false);
    expect(s.metrics.bestScore).toBeNull();
    expect(s.metrics.worstScore).toBeNull();
    // What needs no loop mean is still exact: the shortest play, and that a trainee can loop.
    expect(s.metrics.shortestPath?.length).toBe(1);
    expect(s.metrics.loop).not.toBeNull();
    expect(report.exhaustive).toBe(false);
    expect(report.budget.stoppedAt).toBe('scenarios[0]');
  });
});

describe('analysis: the pack-wide budget', () => {
  /** Three counters in a self-loop: many play states from a few lines of pack. */
  function counters(id: string): Scenario {
    const names = ['a', 'b', 'c'];
    return scenario(
      id,
      {
        count: step([
          ...names.map((name) =>
            choice(`count-${name}`, 'count', 'good', { effects: [{ add: name, value: 1 }] }),
          ),
          choice('stop', 'safe', 'best', { when: { all: names.map((name) => ({ var: name, gte: 99 })) } }),
        ]),
        safe: ending('protected'),
      },
      {
        variables: Object.fromEntries(
          names.map((name) => [name, { type: 'number' as const, initial: 0, min: 0, max: 99 }]),
        ),
      },
    );
  }

  it('scales with the pack: 50 states per node and choice, at least 200,000', () => {
    const small = pack([counters('s-0')]);
    expect(defaultStateBudget(small)).toBe(200_000);
    const large = pack(Array.from({ length: 2000 }, (_, i) => counters(`s-${i}`)));
    // 2,000 scenarios × (2 nodes + 4 choices) × 50.
    expect(defaultStateBudget(large)).toBe(600_000);
  });

  it('stops a small hostile pack after the budget, and says where', () => {
    // 30 such scenarios: each alone would explore up to its own bound of 20,000 states (600,000 in all);
    // the pack's budget of 50,000 states stops the analysis in the third scenario.
    const hostile = pack(Array.from({ length: 30 }, (_, i) => counters(`counters-${i}`)));
    const report = analyzePack(hostile, { maxStates: 20_000, maxTotalStates: 50_000 });
    expect(report.budget.states).toBe(50_000);
    expect(report.budget.statesUsed).toBe(50_000);
    expect(report.budget.stoppedAt).toBe('scenarios[2]');
    expect(report.exhaustive).toBe(false);
    const explored = report.scenarios.map((s) => s.exploration);
    expect(explored[0]).toMatchObject({ exhaustive: false, states: 20_000, limit: 'max-states' });
    expect(explored[2]).toMatchObject({ exhaustive: false, states: 10_000, limit: 'pack-budget' });
    for (const rest of explored.slice(3))
      expect(rest).toEqual({ exhaustive: false, states: 0, transitions: 0, limit: 'pack-budget' });
    // Nothing is claimed about what was not explored.
    expect(report.errors).toEqual([]);
  });

  it('counts the steps of journeys against the same budget', () => {
    const a = counters('first');
    const b = counters('second');
    const journeyPack = pack([a, b], {
      journeys: [{ id: 'case', title: { en: 'A case' }, steps: ['first', 'second'], carry: ['a'] }],
    });
    // The scenarios take 2 × 3,000 states; the journey's first step finds 1,000 left.
    const report = analyzePack(journeyPack, { maxStates: 3_000, maxTotalStates: 7_000 });
    expect(report.scenarios.map((s) => s.exploration.states)).toEqual([3_000, 3_000]);
    expect(report.budget.statesUsed).toBe(7_000);
    expect(report.budget.stoppedAt).toBe('journeys[0].steps[0]');
    expect(report.journeys[0]).toMatchObject({ exhaustive: false, limit: 'pack-budget' });
  });

  it('leaves a pack within its budget untouched', () => {
    const report = analyzePack(pack([scenario('loop', pureLoopNodes())]));
    expect(report.budget.stoppedAt).toBeUndefined();
    expect(report.budget.statesUsed).toBe(report.scenarios[0]!.exploration.states);
    expect(report.budget.workUsed).toBeGreaterThan(0);
    expect(report.budget.workUsed).toBeLessThanOrEqual(report.budget.work);
  });
});

function pureLoopNodes(): Record<string, Node> {
  return {
    ask: step([choice('clarify', 'listen', 'good'), choice('refer', 'safe', 'best')]),
    listen: step([choice('ask-again', 'ask', 'poor'), choice('conclude', 'unsafe', 'harmful')]),
    safe: ending('protected'),
    unsafe: ending('harmed'),
  };
}

describe('analysis figures against an independent enumeration of plays', () => {
  it('agree on random packs, loops included (arbitraryPack)', () => {
    let looped = 0;
    let compared = 0;
    fc.assert(
      fc.property(arbitraryPack({ maxSteps: 5, journeys: false }), (generated) => {
        const report = analyzePack(generated);
        generated.scenarios.forEach((s, i) => {
          const m = report.scenarios[i]!.metrics;
          const reference = referenceFigures(s);
          if (reference === undefined) return;
          expect(m.pathsExact).toBe(true);
          compared++;
          if (reference.loops) looped++;
          expect({
            shortest: m.shortestPath?.length,
            longest: m.longestPath?.unbounded ? 'unbounded' : m.longestPath?.length,
            loops: m.loop !== null,
          }).toEqual({ shortest: reference.shortest, longest: reference.longest, loops: reference.loops });
          if (reference.best === null) expect(m.bestScore).toBeNull();
          else expect(m.bestScore?.overall).toBeCloseTo(reference.best, 12);
          if (reference.worst === null) expect(m.worstScore).toBeNull();
          else expect(m.worstScore?.overall).toBeCloseTo(reference.worst, 12);
        });
      }),
      { numRuns: 60 },
    );
    expect(compared).toBeGreaterThan(60);
    expect(looped).toBeGreaterThan(0);
  });
});
