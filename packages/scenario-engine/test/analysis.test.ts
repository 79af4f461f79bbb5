import { describe, expect, it } from 'vitest';
import { analyzePack } from '../src/analysis';
import type { Node } from '../src/schema';
import { choice, ending, layeredScenario, pack, scenario, step } from './fixtures/analysis/build';

describe('analyzePack: static checks', () => {
  it('passes a small valid scenario with no errors and an exhaustive exploration', () => {
    const report = analyzePack(
      pack([
        scenario('border-check', {
          arrival: step([choice('listen', 'safe', 'best'), choice('detain', 'harmed', 'harmful')]),
          safe: ending('protected'),
          harmed: ending('harmed'),
        }),
      ]),
    );
    expect(report.ok).toBe(true);
    expect(report.errors).toEqual([]);
    expect(report.exhaustive).toBe(true);
    expect(report.scenarios[0]!.exploration).toEqual({ exhaustive: true, states: 3, transitions: 2 });
  });

  it('reports a node that no link leads to, with its JSON path', () => {
    const report = analyzePack(
      pack([
        scenario('border-check', {
          arrival: step([choice('listen', 'safe', 'best')]),
          orphan: step([choice('listen', 'safe', 'best')]),
          safe: ending('protected'),
        }),
      ]),
    );
    expect(report.ok).toBe(false);
    expect(report.errors).toEqual([
      expect.objectContaining({
        kind: 'unreachable-node',
        scenario: 'border-check',
        node: 'orphan',
        path: 'scenarios[0].nodes.orphan',
      }),
    ]);
    expect(report.errors[0]!.message).toContain('"orphan"');
  });

  it('reports a soft-lock with the variable values that cause it and a way there', () => {
    const report = analyzePack(
      pack([
        scenario(
          'interview',
          {
            arrival: step([
              choice('rush', 'questions', 'poor', { effects: [{ set: 'rapport', value: false }] }),
              choice('calm', 'questions', 'best'),
            ]),
            questions: step([choice('ask-gently', 'safe', 'best', { when: { var: 'rapport', eq: true } })]),
            safe: ending('protected'),
          },
          { variables: { rapport: { type: 'boolean', initial: true } } },
        ),
      ]),
    );
    expect(report.errors).toEqual([
      {
        kind: 'soft-lock',
        scenario: 'interview',
        path: 'scenarios[0].nodes.questions.choices',
        node: 'questions',
        variables: { rapport: false },
        noted: [],
        via: [{ node: 'arrival', choice: 'rush' }, { node: 'questions' }],
        message: expect.stringContaining('rapport = false'),
      },
    ]);
    expect(JSON.parse(JSON.stringify(report))).toEqual(report);
  });

  it('does not report a soft-lock at a step with a timeout', () => {
    const report = analyzePack(
      pack([
        scenario(
          'interview',
          {
            arrival: step([
              choice('rush', 'questions', 'poor', { effects: [{ set: 'rapport', value: false }] }),
            ]),
            questions: step([choice('ask', 'safe', 'best', { when: { var: 'rapport', eq: true } })], {
              timeoutTo: 'safe',
            }),
            safe: ending('protected'),
          },
          { variables: { rapport: { type: 'boolean', initial: true } } },
        ),
      ]),
    );
    expect(report.errors).toEqual([]);
  });

  it('treats notes as the trainee’s: a choice behind a note soft-locks an empty notebook', () => {
    const behindNote = analyzePack(
      pack([
        scenario('notes', {
          arrival: step([choice('refer', 'safe', 'best', { when: { noted: 'ilo-deception' } })]),
          safe: ending('protected'),
        }),
      ]),
    );
    expect(behindNote.errors).toEqual([
      expect.objectContaining({ kind: 'soft-lock', node: 'arrival', noted: [], variables: {} }),
    ]);
    expect(behindNote.errors[0]!.message).toBe(
      'step "arrival" offers no choice, when "ilo-deception" is not noted, and has no timeout: the trainee is stuck',
    );
    // Reachability uses every notebook: the protected ending counts as reachable (by noting).
    expect(behindNote.scenarios[0]!.metrics.reachableEndings).toEqual([
      { node: 'safe', outcome: 'protected' },
    ]);

    const eitherWay = analyzePack(
      pack([
        scenario('notes', {
          arrival: step([
            choice('refer', 'safe', 'best', { when: { noted: 'ilo-deception' } }),
            choice('ask-more', 'safe', 'good', { when: { not: { noted: 'ilo-deception' } } }),
          ]),
          safe: ending('protected'),
        }),
      ]),
    );
    expect(eitherWay.errors).toEqual([]);

    const negated = analyzePack(
      pack([
        scenario('notes', {
          arrival: step([choice('dismiss', 'safe', 'poor', { when: { not: { noted: 'ilo-deception' } } })]),
          safe: ending('protected'),
        }),
      ]),
    );
    expect(negated.errors).toEqual([
      expect.objectContaining({ kind: 'soft-lock', node: 'arrival', noted: ['ilo-deception'] }),
    ]);
  });

  it('reports a loop with no way out to an ending', () => {
    const report = analyzePack(
      pack([
        scenario(
          'shelter',
          {
            intake: step([choice('place', 'safe', 'best'), choice('wait', 'waiting-room', 'poor')]),
            'waiting-room': step([
              choice('call-again', 'hallway', 'poor'),
              choice('leave', 'safe', 'good', { when: { var: 'bed-free', eq: true } }),
            ]),
            hallway: step([choice('return', 'waiting-room', 'poor')]),
            safe: ending('protected'),
          },
          { variables: { 'bed-free': { type: 'boolean', initial: false } } },
        ),
      ]),
    );
    expect(report.errors).toEqual([
      expect.objectContaining({
        kind: 'no-exit-loop',
        path: 'scenarios[0].nodes.waiting-room',
        nodes: ['waiting-room', 'hallway'],
        variables: { 'bed-free': false },
        via: [{ node: 'intake', choice: 'wait' }, { node: 'waiting-room' }],
      }),
    ]);
  });

  it('reports a scenario whose protected ending cannot be reached in play', () => {
    const report = analyzePack(
      pack([
        scenario(
          'prosecution',
          {
            hearing: step([
              choice('testify', 'conviction', 'best', { when: { var: 'trust', gte: 2 } }),
              choice('adjourn', 'dismissed', 'poor'),
            ]),
            conviction: ending('protected'),
            dismissed: ending('harmed'),
          },
          { variables: { trust: { type: 'number', initial: 0, min: 0, max: 3 } } },
        ),
      ]),
    );
    expect(report.errors.map((error) => error.kind)).toEqual(['no-protected-ending']);
    expect(report.errors[0]!.path).toBe('scenarios[0]');
    expect(report.scenarios[0]!.metrics.unreachableEndings).toEqual(['conviction']);
    expect(report.scenarios[0]!.metrics.reachableEndings).toEqual([{ node: 'dismissed', outcome: 'harmed' }]);
  });

  it('follows visited conditions (the current node counts as visited)', () => {
    const report = analyzePack(
      pack([
        scenario('visits', {
          start: step([choice('check-documents', 'documents', 'good'), choice('go-on', 'decide', 'poor')]),
          documents: step([choice('back', 'decide', 'good')]),
          decide: step([
            choice('refer', 'safe', 'best', { when: { visited: 'documents' } }),
            choice('release', 'gone', 'harmful', { when: { not: { visited: 'documents' } } }),
            choice('stay', 'gone', 'poor', { when: { visited: 'decide' } }),
          ]),
          safe: ending('protected'),
          gone: ending('harmed'),
        }),
      ]),
    );
    expect(report.errors).toEqual([]);
    const metrics = report.scenarios[0]!.metrics;
    // The best path must pass through "documents" to be offered "refer".
    expect(metrics.bestScore).toEqual({
      overall: (7 + 7 + 10) / 30,
      path: [
        { node: 'start', choice: 'check-documents' },
        { node: 'documents', choice: 'back' },
        { node: 'decide', choice: 'refer' },
        { node: 'safe' },
      ],
    });
  });
});

describe('analyzePack: metrics', () => {
  // Paths to an ending (hand-worked):
  //   s -timeout-> e2                    1 move, no choice (no score)
  //   s -x(best)-> a -p(good)-> e1        2 moves, (1 + 0.7) / 2 = 0.85
  //   s -x-> a -q(poor)-> b -r(best)-> e1 3 moves, (1 + 0.3 + 1) / 3
  //   s -x-> a -q-> b -t(harmful)-> e3    3 moves, (1 + 0.3 + 0) / 3
  //   s -y(harmful)-> b -r-> e1           2 moves, 0.5
  //   s -y-> b -t-> e3                    2 moves, 0
  const nodes: Record<string, Node> = {
    s: step([choice('x', 'a', 'best'), choice('y', 'b', 'harmful')], { timeoutTo: 'e2' }),
    a: step([choice('p', 'e1', 'good'), choice('q', 'b', 'poor')]),
    b: step([choice('r', 'e1', 'best'), choice('t', 'e3', 'harmful')]),
    e1: ending('protected'),
    e2: ending('partial'),
    e3: ending('harmed'),
  };

  it('computes counts, endings, shortest/longest path and best/worst score on a hand-worked example', () => {
    const report = analyzePack(pack([scenario('worked', nodes)]));
    const metrics = report.scenarios[0]!.metrics;
    expect(metrics.nodes).toBe(6);
    expect(metrics.steps).toBe(3);
    expect(metrics.endings).toBe(3);
    expect(metrics.reachableEndings).toEqual([
      { node: 'e1', outcome: 'protected' },
      { node: 'e2', outcome: 'partial' },
      { node: 'e3', outcome: 'harmed' },
    ]);
    expect(metrics.unreachableEndings).toEqual([]);
    expect(metrics.shortestPath).toEqual({ length: 1, path: [{ node: 's', timeout: true }, { node: 'e2' }] });
    expect(metrics.longestPath?.length).toBe(3);
    expect(metrics.longestPath?.path.slice(0, 3)).toEqual([
      { node: 's', choice: 'x' },
      { node: 'a', choice: 'q' },
      { node: 'b', choice: expect.any(String) },
    ]);
    expect(metrics.bestScore).toEqual({
      overall: 0.85,
      path: [{ node: 's', choice: 'x' }, { node: 'a', choice: 'p' }, { node: 'e1' }],
    });
    expect(metrics.worstScore).toEqual({
      overall: 0,
      path: [{ node: 's', choice: 'y' }, { node: 'b', choice: 't' }, { node: 'e3' }],
    });
    expect(metrics.pathsExact).toBe(true);
  });

  it('finds the best mean, not the best sum: a long path of good choices loses to a short best one', () => {
    // Sum is maximal on the long path (5 × 0.7 = 3.5), the mean on the short one (1).
    const chain: Record<string, Node> = {
      start: step([choice('direct', 'safe', 'best'), choice('long', 'c1', 'good')]),
      c1: step([choice('on', 'c2', 'good')]),
      c2: step([choice('on', 'c3', 'good')]),
      c3: step([choice('on', 'c4', 'good')]),
      c4: step([choice('on', 'safe', 'good')]),
      safe: ending('protected'),
    };
    const metrics = analyzePack(pack([scenario('means', chain)])).scenarios[0]!.metrics;
    expect(metrics.bestScore?.overall).toBe(1);
    expect(metrics.worstScore?.overall).toBeCloseTo(0.7, 12);
    expect(metrics.longestPath?.length).toBe(5);
  });

  it('measures a scenario whose play states loop: the longest play is unbounded, a loop mean counts', () => {
    const cyclic: Record<string, Node> = {
      ask: step([choice('clarify', 'listen', 'good'), choice('refer', 'safe', 'best')]),
      listen: step([choice('ask-again', 'ask', 'poor'), choice('conclude', 'unsafe', 'harmful')]),
      safe: ending('protected'),
      unsafe: ending('harmed'),
    };
    const metrics = analyzePack(pack([scenario('loop', cyclic)])).scenarios[0]!.metrics;
    expect(metrics.pathsExact).toBe(true);
    // Plays: ask-refer-safe (1.0), ask-clarify-listen-conclude-unsafe (0.35); round the loop: 0.5.
    expect(metrics.shortestPath?.length).toBe(1);
    expect(metrics.longestPath?.unbounded).toBe(true);
    expect(metrics.loop?.moves.map((s) => s.choice)).toEqual(['clarify', 'ask-again']);
    expect(metrics.bestScore?.overall).toBe(1);
    expect(metrics.worstScore?.overall).toBeCloseTo(0.35, 12);
  });

  it('stays exact on a large scenario with small loops', () => {
    const looped = analyzePack(pack([layeredScenario('looped', 1000, { loops: true })])).scenarios[0]!;
    const plain = analyzePack(pack([layeredScenario('plain', 1000)])).scenarios[0]!;
    expect(looped.errors).toEqual([]);
    expect(looped.metrics.pathsExact).toBe(true);
    expect(plain.metrics.loop).toBeNull();
    expect(plain.metrics.longestPath!.unbounded).toBeUndefined();
    // "Ask again" goes back two steps with nothing changed: a loop of play states.
    expect(looped.metrics.loop).not.toBeNull();
    expect(looped.metrics.longestPath!.unbounded).toBe(true);
    // The loops only add plays: every figure is at least as extreme as without them.
    expect(looped.metrics.shortestPath!.length).toBeLessThanOrEqual(plain.metrics.shortestPath!.length);
    expect(looped.metrics.bestScore!.overall).toBeGreaterThanOrEqual(plain.metrics.bestScore!.overall);
    expect(looped.metrics.worstScore!.overall).toBeLessThanOrEqual(plain.metrics.worstScore!.overall);
  });

  it('gives no score when the only ways to an ending are timeouts', () => {
    const metrics = analyzePack(
      pack([
        scenario(
          'silence',
          {
            wait: step([choice('leave', 'wait', 'poor', { when: { var: 'door-open', eq: true } })], {
              timeoutTo: 'safe',
            }),
            safe: ending('protected'),
          },
          { variables: { 'door-open': { type: 'boolean', initial: false } } },
        ),
      ]),
    ).scenarios[0]!.metrics;
    expect(metrics.shortestPath?.length).toBe(1);
    expect(metrics.bestScore).toBeNull();
    expect(metrics.worstScore).toBeNull();
  });

  it('is exhaustive when the bound equals the number of states, and not one below', () => {
    const exact = analyzePack(pack([scenario('worked', nodes)]), { maxStates: 6 }).scenarios[0]!;
    expect(exact.exploration).toEqual({ exhaustive: true, states: 6, transitions: 7 });
    expect(exact.metrics.bestScore?.overall).toBe(0.85);
    const short = analyzePack(pack([scenario('worked', nodes)]), { maxStates: 5 }).scenarios[0]!;
    expect(short.exploration.exhaustive).toBe(false);
    expect(short.exploration.limit).toBe('max-states');
    expect(short.exploration.states).toBe(5);
    expect(short.metrics.pathsExact).toBe(false);
  });

  it('measures a 1,000-node layered scenario exactly', () => {
    const report = analyzePack(pack([layeredScenario('large', 1000)]));
    const s = report.scenarios[0]!;
    expect(s.errors).toEqual([]);
    expect(s.exploration.exhaustive).toBe(true);
    expect(s.metrics.pathsExact).toBe(true);
    expect(s.metrics.nodes).toBe(1000);
    expect(s.metrics.longestPath!.length).toBeGreaterThan(s.metrics.shortestPath!.length);
    expect(s.metrics.bestScore!.overall).toBeGreaterThan(s.metrics.worstScore!.overall);
  });
});

describe('analyzePack: bounds and journeys', () => {
  // Ten switches toggled one after another, read by the final step: 2^10 value combinations.
  function switchboard() {
    const names = Array.from({ length: 10 }, (_, i) => `switch-${i}`);
    const nodes: Record<string, Node> = {};
    names.forEach((name, i) => {
      const next = i + 1 < names.length ? `s-${i + 1}` : 'decide';
      nodes[`s-${i}`] = step([
        choice('flip', next, 'good', { effects: [{ set: name, value: true }] }),
        choice('keep', next, 'good'),
      ]);
    });
    nodes.decide = step([
      choice('refer', 'safe', 'best', { when: { all: names.map((name) => ({ var: name, eq: true })) } }),
      choice('close', 'closed', 'poor'),
    ]);
    nodes.safe = ending('protected');
    nodes.closed = ending('partial');
    const variables = Object.fromEntries(
      names.map((name) => [name, { type: 'boolean' as const, initial: false }]),
    );
    return pack([scenario('switchboard', nodes, { variables })]);
  }

  it('says honestly when the state bound is hit, and does not guess', () => {
    const bounded = analyzePack(switchboard(), { maxStates: 200 });
    const s = bounded.scenarios[0]!;
    expect(s.exploration.exhaustive).toBe(false);
    expect(s.exploration.limit).toBe('max-states');
    expect(s.exploration.states).toBe(200);
    expect(s.metrics.pathsExact).toBe(false);
    expect(bounded.exhaustive).toBe(false);
    // The protected ending lies beyond the bound: no error is claimed for it.
    expect(s.metrics.reachableEndings).toEqual([]);
    expect(s.errors).toEqual([]);

    const full = analyzePack(switchboard());
    expect(full.scenarios[0]!.exploration.exhaustive).toBe(true);
    expect(full.scenarios[0]!.exploration.states).toBeGreaterThan(1024);
    expect(full.scenarios[0]!.metrics.reachableEndings.map((e) => e.node)).toEqual(['safe', 'closed']);
    expect(full.scenarios[0]!.metrics.bestScore?.overall).toBeCloseTo((10 * 0.7 + 1) / 11, 12);
    expect(full.ok).toBe(true);
  });

  it('warns about carried values from which a journey step can no longer reach a protected ending', () => {
    const identification = scenario(
      'identification',
      {
        interview: step([
          choice('coerce', 'statement', 'harmful', { effects: [{ set: 'trust', value: false }] }),
          choice('support', 'statement', 'best'),
        ]),
        statement: ending('partial'),
      },
      { variables: { trust: { type: 'boolean', initial: true } } },
    );
    const prosecution = scenario(
      'prosecution',
      {
        hearing: step([
          choice('testify', 'conviction', 'best', { when: { var: 'trust', eq: true } }),
          choice('withdraw', 'acquittal', 'poor'),
        ]),
        conviction: ending('protected'),
        acquittal: ending('harmed'),
      },
      { variables: { trust: { type: 'boolean', initial: true } } },
    );
    // The identification scenario alone has no protected ending: give it one so the pack is valid.
    identification.nodes.referred = ending('protected');
    (identification.nodes.interview as { choices: unknown[] }).choices.push(
      choice('refer', 'referred', 'best'),
    );
    const report = analyzePack(
      pack([identification, prosecution], {
        journeys: [
          {
            id: 'one-case',
            title: { en: 'One case' },
            steps: ['identification', 'prosecution'],
            carry: ['trust'],
          },
        ],
      }),
    );
    expect(report.ok).toBe(true);
    expect(report.warnings).toEqual([
      {
        kind: 'journey-doomed-start',
        journey: 'one-case',
        step: 1,
        scenario: 'prosecution',
        path: 'journeys[0].steps[1]',
        carried: [{ trust: false }],
        starts: 2,
        message: expect.stringContaining('from 1 of the 2 carried starts'),
      },
    ]);
    expect(report.journeys[0]!.exhaustive).toBe(true);
    expect(JSON.parse(JSON.stringify(report))).toEqual(report);
  });

  it('produces a report that survives JSON unchanged', () => {
    const report = analyzePack(pack([layeredScenario('json', 120)]));
    expect(JSON.parse(JSON.stringify(report))).toEqual(report);
  });
});
