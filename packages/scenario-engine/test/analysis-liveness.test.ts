import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzePack } from '../src/analysis';
import { Budget } from '../src/analysis/budget';
import { compileScenario } from '../src/analysis/compile';
import { explore, type StateGraph, trackedInitial } from '../src/analysis/explore';
import { exploreEncoded, valueDomains } from '../src/analysis/explore-encoded';
import { exploreKeyed } from '../src/analysis/explore-keyed';
import { pathFigures } from '../src/analysis/figures';
import { liveness } from '../src/analysis/liveness';
import { statesReachingAnEnding, trappedLoops } from '../src/analysis/paths';
import type { Node } from '../src/schema';
import { arbitraryPack } from '../src/testing';
import { choice, ending, pack, scenario, step } from './fixtures/analysis/build';

/**
 * Three steps that may each raise `trust`, a step that reads it, then three steps (`b-0` … `b-2`) and two
 * endings. `late` decides whether the last step reads `trust` again (a choice offered only at trust 3).
 */
function interview(late: 'reads trust' | 'reads nothing', between: 'keeps trust' | 'resets trust') {
  const nodes: Record<string, Node> = {};
  for (let i = 0; i < 3; i++)
    nodes[`a-${i}`] = step([
      choice('raise', i < 2 ? `a-${i + 1}` : 'decide', 'best', { effects: [{ add: 'trust', value: 1 }] }),
      choice('keep', i < 2 ? `a-${i + 1}` : 'decide', 'poor'),
    ]);
  // Three thresholds: every trust value 0…3 behaves differently at `decide`.
  nodes.decide = step([
    choice('confide', 'b-0', 'best', { when: { var: 'trust', gte: 2 } }),
    choice('hint', 'b-0', 'good', { when: { var: 'trust', gte: 1 } }),
    choice('disclose', 'b-0', 'good', { when: { var: 'trust', gte: 3 } }),
    choice('leave', 'b-0', 'poor'),
  ]);
  const reset = between === 'resets trust' ? { effects: [{ set: 'trust', value: 3 }] } : {};
  nodes['b-0'] = step([choice('ask', 'b-1', 'good', reset), choice('wait', 'b-1', 'poor', reset)]);
  nodes['b-1'] = step([choice('ask', 'b-2', 'good'), choice('wait', 'b-2', 'poor')]);
  nodes['b-2'] = step([
    choice('testify', 'safe', 'best', late === 'reads trust' ? { when: { var: 'trust', gte: 3 } } : {}),
    choice('close', 'closed', 'poor'),
  ]);
  nodes.safe = ending('protected');
  nodes.closed = ending('partial');
  return pack([
    scenario('interview', nodes, {
      start: 'a-0',
      variables: { trust: { type: 'number', initial: 0, min: 0, max: 3 } },
    }),
  ]);
}

describe('analysis: live-variable projection', () => {
  it('merges states that differ only in a variable no later condition reads', () => {
    const s = analyzePack(interview('reads nothing', 'keeps trust')).scenarios[0]!;
    // a-0: 1 state, a-1: 2, a-2: 3, decide: 4 (trust 0…3, read there); after it trust is dead: b-0, b-1,
    // b-2, safe and closed one state each. Without the projection: 1 + 2 + 3 + 4 · 6 = 30.
    expect(s.exploration).toEqual({ exhaustive: true, states: 15, transitions: 28 });
    expect(s.errors).toEqual([]);
    expect(s.metrics.reachableEndings.map((e) => e.node)).toEqual(['safe', 'closed']);
  });

  it('keeps them apart when the same variable is read later', () => {
    const s = analyzePack(interview('reads trust', 'keeps trust')).scenarios[0]!;
    // trust stays live up to b-2 (4 states each for decide, b-0, b-1, b-2); the endings read nothing.
    expect(s.exploration).toEqual({ exhaustive: true, states: 24, transitions: 43 });
    // `testify` needs trust 3: raise three times. The figures are those of actual play.
    expect(s.metrics.bestScore!.overall).toBeCloseTo((5 * 1 + 2 * 0.7) / 7, 12);
    expect(s.metrics.bestScore!.path.map((p) => p.choice ?? p.node)).toEqual([
      'raise',
      'raise',
      'raise',
      'confide',
      'ask',
      'ask',
      'testify',
      'safe',
    ]);
  });

  it('treats a variable that every way on sets before it is read as dead', () => {
    // b-0's choices both set trust to 3 before b-2 reads it: trust is dead at b-0 (one state there).
    const s = analyzePack(interview('reads trust', 'resets trust')).scenarios[0]!;
    expect(s.exploration.states).toBe(1 + 2 + 3 + 4 + 1 + 1 + 1 + 2);
    // …and after the reset every play can testify: the worst score can avoid `testify` only by closing.
    expect(s.metrics.reachableEndings.map((e) => e.node)).toEqual(['safe', 'closed']);
  });

  it('merges values no condition and no effect can tell apart (evidence 2, 3 and 4 when only ≥ 1 and ≥ 2 are asked)', () => {
    // Four steps that may each add one piece of evidence (0…4), each also offering a choice that needs ≥ 1
    // or ≥ 2: values 2, 3 and 4 are one class (adding 1 keeps them there), 0 and 1 two more.
    const nodes: Record<string, Node> = {};
    for (let i = 0; i < 4; i++) {
      const next = i < 3 ? `gather-${i + 1}` : 'safe';
      nodes[`gather-${i}`] = step([
        choice('collect', next, 'good', { effects: [{ add: 'evidence', value: 1 }] }),
        choice('move-on', next, 'poor'),
        choice('charge', 'charged', 'best', { when: { var: 'evidence', gte: i % 2 === 0 ? 1 : 2 } }),
      ]);
    }
    nodes.safe = ending('protected');
    nodes.charged = ending('partial');
    const built = pack([
      scenario('evidence', nodes, {
        start: 'gather-0',
        variables: { evidence: { type: 'number', initial: 0, min: 0, max: 4 } },
      }),
    ]);
    const s = analyzePack(built).scenarios[0]!;
    // gather-0: {0}, gather-1: {0, 1}, gather-2: {0, 1, 2+}, gather-3: {0, 1, 2+}; evidence is dead at the endings.
    expect(s.exploration.states).toBe(1 + 2 + 3 + 3 + 2);
    expect(s.metrics.longestPath!.length).toBe(4);
    // Best: collect, collect, then charge at gather-2 (needs ≥ 1… and has 2): (0.7 + 0.7 + 1) / 3.
    expect(s.metrics.bestScore!.overall).toBeCloseTo(0.8, 12);
  });

  it('reports a soft-lock with the values play really has there, dead variables included', () => {
    // `mood` is read only at the start; `trust` decides the soft-lock at `plead` later on.
    const nodes: Record<string, Node> = {
      greet: step([
        choice('smile', 'plead', 'good', {
          when: { var: 'mood', eq: true },
          effects: [{ add: 'trust', value: 1 }],
        }),
        choice('frown', 'plead', 'poor', { effects: [{ set: 'mood', value: false }] }),
      ]),
      plead: step([choice('agree', 'safe', 'best', { when: { var: 'trust', gte: 1 } })]),
      safe: ending('protected'),
    };
    const report = analyzePack(
      pack([
        scenario('plea', nodes, {
          variables: {
            mood: { type: 'boolean', initial: true },
            trust: { type: 'number', initial: 0, min: 0, max: 2 },
          },
        }),
      ]),
    );
    expect(report.errors).toEqual([
      expect.objectContaining({
        kind: 'soft-lock',
        node: 'plead',
        variables: { mood: false, trust: 0 },
        via: [{ node: 'greet', choice: 'frown' }, { node: 'plead' }],
      }),
    ]);
  });

  it('computes liveness to a fixed point around loops', () => {
    // `ask-again` loops back to `room`; `door` reads `key` only after the loop, so `key` is live in it.
    const nodes: Record<string, Node> = {
      room: step([
        choice('search', 'hall', 'good', { effects: [{ set: 'key', value: true }] }),
        choice('wait', 'hall', 'poor'),
      ]),
      hall: step([choice('ask-again', 'room', 'poor'), choice('go', 'door', 'good')]),
      door: step([
        choice('open', 'safe', 'best', { when: { var: 'key', eq: true } }),
        choice('give-up', 'closed', 'harmful'),
      ]),
      safe: ending('protected'),
      closed: ending('harmed'),
    };
    const built = scenario('rooms', nodes, { variables: { key: { type: 'boolean', initial: false } } });
    const compiled = compileScenario(built, 0);
    const live = liveness(compiled, ['key'], []);
    const at = (id: string) => live.live[compiled.indexOf.get(id)! * live.words]! & 1;
    expect([at('room'), at('hall'), at('door'), at('safe'), at('closed')]).toEqual([1, 1, 1, 0, 0]);
    expect(liveness(compiled, ['key'], ['key']).live[compiled.indexOf.get('safe')!]! & 1).toBe(1);
  });
});

describe('analysis: the two explorers agree', () => {
  it('builds the same state graph by integer codes (one class per value) and by string keys', () => {
    fc.assert(
      fc.property(arbitraryPack({ maxSteps: 6 }), (generated) => {
        generated.scenarios.forEach((s, index) => {
          const compiled = compileScenario(s, index);
          const tracked = compiled.readVariables;
          const starts = [trackedInitial(s, tracked)];
          const domains = valueDomains(compiled, tracked, starts, tracked);
          expect(domains).toBeDefined();
          const input = {
            scenario: compiled,
            tracked,
            starts,
            live: liveness(compiled, tracked, []),
            maxStates: 5_000,
          };
          const encoded = exploreEncoded(input, domains!);
          const keyed = exploreKeyed(input);
          for (const field of [
            'node',
            'edgeStart',
            'edgeTarget',
            'edgeChoice',
            'parentState',
            'softLocks',
          ] as const)
            expect(Array.from(encoded[field] as ArrayLike<unknown>)).toEqual(
              Array.from(keyed[field] as ArrayLike<unknown>),
            );
          expect(encoded.exhaustive).toBe(keyed.exhaustive);
          // Live variables hold the same values in both.
          for (let state = 0; state < encoded.node.length; state++) {
            const v = encoded.node[state]!;
            tracked.forEach((name, k) => {
              if ((input.live.live[v * input.live.words + (k >>> 5)]! & (1 << (k & 31))) === 0) return;
              expect(encoded.valuesAt(state)[name]).toBe(keyed.valuesAt(state)[name]);
            });
          }
        });
      }),
      { numRuns: 100 },
    );
  });

  it('finds the same nodes, soft-locks, loops and figures when values no condition tells apart are merged', () => {
    const summary = (graph: StateGraph) => {
      const reaches = statesReachingAnEnding(graph);
      const figures = pathFigures(graph, reaches, new Budget(Number.MAX_SAFE_INTEGER, 1_000_000));
      const name = (state: number) => graph.scenario.ids[graph.node[state]!]!;
      return {
        nodes: [...new Set(Array.from(graph.node, (v) => graph.scenario.ids[v]))].sort(),
        softLocks: [...new Set(graph.softLocks.map((lock) => `${name(lock.state)} ${lock.noted}`))].sort(),
        loops: [
          ...new Set(trappedLoops(graph, reaches).map((loop) => [...new Set(loop.map(name))].sort().join())),
        ].sort(),
        shortest: figures.shortestPath?.length,
        // When play can loop, the longest play is unbounded; its example depends on the states merged.
        longest: figures.loop === null ? figures.longestPath?.length : 'unbounded',
        best: figures.bestScore?.overall,
        worst: figures.worstScore?.overall,
        exact: figures.exact,
      };
    };
    let merged = 0;
    fc.assert(
      fc.property(arbitraryPack({ maxSteps: 6 }), (generated) => {
        generated.scenarios.forEach((s, index) => {
          const compiled = compileScenario(s, index);
          const tracked = compiled.readVariables;
          const starts = [trackedInitial(s, tracked)];
          const input = {
            scenario: compiled,
            tracked,
            starts,
            live: liveness(compiled, tracked, []),
            maxStates: 5_000,
          };
          const encoded = exploreEncoded(input, valueDomains(compiled, tracked, starts)!);
          const keyed = exploreKeyed(input);
          if (!encoded.exhaustive || !keyed.exhaustive) return;
          if (encoded.node.length < keyed.node.length) merged++;
          const a = summary(encoded);
          const b = summary(keyed);
          // The bounded search inside loops may run out on the larger graph only: compare exact figures.
          if (!a.exact || !b.exact) {
            expect([a.nodes, a.softLocks, a.loops]).toEqual([b.nodes, b.softLocks, b.loops]);
            return;
          }
          expect(a).toEqual(b);
        });
      }),
      { numRuns: 150, seed: 7 },
    );
    // The generated packs do give the merging something to merge.
    expect(merged).toBeGreaterThan(0);
  });

  it('falls back to string keys when a variable can take too many values, with the same results', () => {
    // `count` climbs by 1 up to a million: too many values to encode; the keyed explorer takes over.
    const nodes: Record<string, Node> = {
      count: step([
        choice('tick', 'check', 'good', { effects: [{ add: 'count', value: 1 }] }),
        choice('stop', 'check', 'good'),
      ]),
      check: step([
        choice('enough', 'safe', 'best', { when: { var: 'count', gte: 1 } }),
        choice('again', 'closed', 'poor'),
      ]),
      safe: ending('protected'),
      closed: ending('partial'),
    };
    const built = scenario('counter', nodes, {
      variables: { count: { type: 'number', initial: 0, min: 0, max: 1_000_000 } },
    });
    const compiled = compileScenario(built, 0);
    expect(valueDomains(compiled, ['count'], [trackedInitial(built, ['count'])])).toBeUndefined();
    const graph = explore(compiled, {
      initial: trackedInitial(built, ['count']),
      tracked: ['count'],
      maxStates: 100,
    });
    expect(Array.from(graph.node, (v) => compiled.ids[v])).toEqual([
      'count',
      'check',
      'check',
      'safe',
      'closed',
    ]);
    const report = analyzePack(pack([built])).scenarios[0]!;
    expect(report.exploration).toEqual({ exhaustive: true, states: 5, transitions: 5 });
    expect(report.metrics.bestScore!.overall).toBe((7 + 10) / 20);
  });
});
