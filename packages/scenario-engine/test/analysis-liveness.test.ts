import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzePack } from '../src/analysis';
import { compileScenario } from '../src/analysis/compile';
import { explore, trackedInitial } from '../src/analysis/explore';
import { exploreEncoded, valueDomains } from '../src/analysis/explore-encoded';
import { exploreKeyed } from '../src/analysis/explore-keyed';
import { liveness } from '../src/analysis/liveness';
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
  nodes.decide = step([
    choice('confide', 'b-0', 'best', { when: { var: 'trust', gte: 2 } }),
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
    expect(s.exploration).toEqual({ exhaustive: true, states: 15, transitions: 24 });
    expect(s.errors).toEqual([]);
    expect(s.metrics.reachableEndings.map((e) => e.node)).toEqual(['safe', 'closed']);
  });

  it('keeps them apart when the same variable is read later', () => {
    const s = analyzePack(interview('reads trust', 'keeps trust')).scenarios[0]!;
    // trust stays live up to b-2 (4 states each for decide, b-0, b-1, b-2); the endings read nothing.
    expect(s.exploration).toEqual({ exhaustive: true, states: 24, transitions: 39 });
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
  it('builds the same state graph by integer codes and by string keys', () => {
    fc.assert(
      fc.property(arbitraryPack({ maxSteps: 6 }), (generated) => {
        generated.scenarios.forEach((s, index) => {
          const compiled = compileScenario(s, index);
          const tracked = compiled.readVariables;
          const starts = [trackedInitial(s, tracked)];
          const domains = valueDomains(compiled, tracked, starts);
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
