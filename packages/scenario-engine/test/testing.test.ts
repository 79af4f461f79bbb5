import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzePack } from '../src/analysis';
import { parsePack } from '../src/parse';
import { replay } from '../src/replay';
import type { PlayResult } from '../src/result';
import type { Node, Scenario } from '../src/schema';
import { arbitraryEvents, arbitraryPack, playAllPaths } from '../src/testing';
import { choice, ending, pack, scenario, step } from './fixtures/analysis/build';

const worked: Record<string, Node> = {
  s: step([choice('x', 'a', 'best'), choice('y', 'b', 'harmful')], {
    timeoutTo: 'e2',
    present: ['ilo-deception'],
  }),
  a: step([choice('p', 'e1', 'good'), choice('q', 'b', 'poor')]),
  b: step([choice('r', 'e1', 'best'), choice('t', 'e3', 'harmful')]),
  e1: ending('protected', ['ilo-retention-of-documents']),
  e2: ending('partial'),
  e3: ending('harmed'),
};
const workedPack = pack([scenario('worked', worked)]);

const moves = (result: PlayResult) =>
  result.path
    .map((step) => `${step.node}${step.choice ? `:${step.choice}` : step.timeout ? ':timeout' : ''}`)
    .join(' ');

describe('playAllPaths', () => {
  it('plays every choice and every timeout, depth first, through the real play', () => {
    const all = playAllPaths(workedPack, 'worked');
    expect(all.exhaustive).toBe(true);
    expect(all.limit).toBeUndefined();
    expect(all.stuck).toEqual([]);
    expect(all.cutOff).toEqual([]);
    expect(all.results.map(moves)).toEqual([
      's:x a:p e1',
      's:x a:q b:r e1',
      's:x a:q b:t e3',
      's:y b:r e1',
      's:y b:t e3',
      's:timeout e2',
    ]);
    expect(all.results.every((result) => result.complete)).toBe(true);
    expect(all.results.map((result) => result.scores.overall)).toEqual([
      0.85,
      expect.closeTo(2.3 / 3, 12),
      expect.closeTo(1.3 / 3, 12),
      0.5,
      0,
      null,
    ]);
  });

  it('notes nothing by default, or every present indicator with notes: "present"', () => {
    const none = playAllPaths(workedPack, 'worked');
    expect(none.results[0]!.notebook).toEqual([]);
    expect(none.results[0]!.scores.identification.missed).toEqual([
      'ilo-deception',
      'ilo-retention-of-documents',
    ]);
    const present = playAllPaths(workedPack, 'worked', { notes: 'present' });
    expect(present.results.map(moves)).toEqual(none.results.map(moves));
    for (const result of present.results) {
      expect(result.scores.identification.missed).toEqual([]);
      expect(result.scores.identification.falseNotes).toEqual([]);
      expect(result.scores.identification.score).toBe(1);
    }
  });

  it('stops at maxPaths and says so', () => {
    const all = playAllPaths(workedPack, 'worked', { maxPaths: 2 });
    expect(all.results.map(moves)).toEqual(['s:x a:p e1', 's:x a:q b:r e1']);
    expect(all.exhaustive).toBe(false);
    expect(all.limit).toBe('max-paths');
  });

  it('cuts off paths that go round a loop at maxDepth', () => {
    const loop = pack([
      scenario('loop', {
        ask: step([choice('clarify', 'listen', 'good'), choice('refer', 'safe', 'best')]),
        listen: step([choice('ask-again', 'ask', 'poor')]),
        safe: ending('protected'),
      }),
    ]);
    const all = playAllPaths(loop, 'loop', { maxDepth: 5 });
    expect(all.exhaustive).toBe(false);
    expect(all.limit).toBe('max-depth');
    expect(all.results.map(moves)).toEqual([
      'ask:clarify listen:ask-again ask:clarify listen:ask-again ask:refer safe',
      'ask:clarify listen:ask-again ask:refer safe',
      'ask:refer safe',
    ]);
    expect(all.cutOff).toHaveLength(1);
    expect(all.cutOff[0]!.complete).toBe(false);
  });

  it('reports paths that end stuck at a step with no choice offered', () => {
    const stuck = pack([
      scenario(
        'interview',
        {
          arrival: step([
            choice('rush', 'questions', 'poor', { effects: [{ set: 'rapport', value: false }] }),
            choice('calm', 'questions', 'best'),
          ]),
          questions: step([choice('ask', 'safe', 'best', { when: { var: 'rapport', eq: true } })]),
          safe: ending('protected'),
        },
        { variables: { rapport: { type: 'boolean', initial: true } } },
      ),
    ]);
    const all = playAllPaths(stuck, 'interview');
    expect(all.stuck.map(moves)).toEqual(['arrival:rush questions']);
    expect(all.stuck[0]!.variables).toEqual({ rapport: false });
    expect(all.results.map(moves)).toEqual(['arrival:calm questions:ask safe']);
  });

  it('plays with carried values', () => {
    const gated = pack([
      scenario(
        'hearing',
        {
          hearing: step([
            choice('testify', 'conviction', 'best', { when: { var: 'trust', eq: true } }),
            choice('withdraw', 'acquittal', 'poor'),
          ]),
          conviction: ending('protected'),
          acquittal: ending('harmed'),
        },
        { variables: { trust: { type: 'boolean', initial: true } } },
      ),
    ]);
    expect(playAllPaths(gated, 'hearing').results).toHaveLength(2);
    expect(playAllPaths(gated, 'hearing', { carry: { trust: false } }).results.map(moves)).toEqual([
      'hearing:withdraw acquittal',
    ]);
  });
});

describe('arbitraryPack', () => {
  it('generates packs that parse and pass every static check of the analysis', () => {
    fc.assert(
      fc.property(arbitraryPack(), (generated) => {
        const parsed = parsePack(generated);
        if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues, null, 2));
        const report = analyzePack(parsed.value);
        expect(report.errors).toEqual([]);
        expect(report.ok).toBe(true);
        for (const s of report.scenarios) {
          expect(s.metrics.reachableEndings.some((e) => e.outcome === 'protected')).toBe(true);
          for (const figure of [s.metrics.bestScore, s.metrics.worstScore]) {
            if (figure === null) continue;
            expect(figure.overall).toBeGreaterThanOrEqual(0);
            expect(figure.overall).toBeLessThanOrEqual(1);
          }
          if (s.metrics.bestScore && s.metrics.worstScore)
            expect(s.metrics.worstScore.overall).toBeLessThanOrEqual(s.metrics.bestScore.overall);
        }
        expect(JSON.parse(JSON.stringify(parsed.value))).toEqual(parsed.value);
      }),
      { numRuns: 150 },
    );
  });

  it('covers what packs can hold: guards, timeouts, journeys, languages, referrals', () => {
    const samples = fc.sample(arbitraryPack(), { numRuns: 300, seed: 42 });
    const json = samples.map((p) => JSON.stringify(p));
    expect(json.some((j) => j.includes('"when"'))).toBe(true);
    expect(json.some((j) => j.includes('"noted"'))).toBe(true);
    expect(json.some((j) => j.includes('"visited"'))).toBe(true);
    expect(json.some((j) => j.includes('"timeout"'))).toBe(true);
    expect(json.some((j) => j.includes('"referral"'))).toBe(true);
    expect(samples.some((p) => (p.journeys?.length ?? 0) > 0 && p.journeys!.some((j) => j.carry))).toBe(true);
    expect(samples.some((p) => p.languages.length === 3)).toBe(true);
    expect(samples.some((p) => p.scenarios.length > 1)).toBe(true);
  });

  it('agrees with playing every path: the figures are those of the plays, and loops are cut off', () => {
    let compared = 0;
    let looped = 0;
    fc.assert(
      fc.property(arbitraryPack({ maxSteps: 5, journeys: false }), (generated) => {
        const report = analyzePack(generated);
        generated.scenarios.forEach((s, i) => {
          const { metrics, exploration } = report.scenarios[i]!;
          // Deeper than any play that repeats no state: a path cut off at this depth has gone round a loop.
          if (exploration.states > 30) return;
          const all = playAllPaths(generated, s.id, { maxDepth: exploration.states + 1, maxPaths: 300 });
          const reachable = new Set(metrics.reachableEndings.map((e) => e.node));
          for (const result of all.results) expect(reachable.has(result.ending!.node)).toBe(true);
          expect(all.stuck).toEqual([]);
          // Notes are free in the analysis but not in these plays; compare only scenarios without them.
          if (all.limit === 'max-paths' || JSON.stringify(s).includes('"noted"')) return;
          expect(metrics.pathsExact).toBe(true);
          expect(all.cutOff.length > 0).toBe(metrics.loop !== null);
          compared++;
          if (metrics.loop !== null) looped++;
          const lengths = all.results.map((r) => r.path.length - 1);
          expect(metrics.shortestPath!.length).toBe(Math.min(...lengths));
          if (metrics.loop === null) expect(metrics.longestPath!.length).toBe(Math.max(...lengths));
          else expect(metrics.longestPath!.unbounded).toBe(true);
          const scores = all.results.map((r) => r.scores.overall).filter((x): x is number => x !== null);
          if (metrics.loop !== null) {
            // Plays reach these scores; a loop's mean may lie beyond them.
            if (scores.length === 0) return;
            expect(metrics.bestScore!.overall).toBeGreaterThanOrEqual(Math.max(...scores) - 1e-12);
            expect(metrics.worstScore!.overall).toBeLessThanOrEqual(Math.min(...scores) + 1e-12);
          } else if (scores.length === 0) expect(metrics.bestScore).toBeNull();
          else {
            expect(metrics.bestScore!.overall).toBeCloseTo(Math.max(...scores), 12);
            expect(metrics.worstScore!.overall).toBeCloseTo(Math.min(...scores), 12);
          }
        });
      }),
      { numRuns: 30 },
    );
    expect(compared).toBeGreaterThan(10);
    expect(looped).toBeGreaterThan(0);
  });
});

describe('arbitraryEvents', () => {
  it('generates walks the engine accepts, and replays them identically', () => {
    fc.assert(
      fc.property(
        arbitraryPack({ maxScenarios: 2 }).chain((generated) =>
          fc.tuple(fc.constant(generated), arbitraryEvents(generated, generated.scenarios[0]!.id)),
        ),
        ([generated, events]) => {
          const id = generated.scenarios[0]!.id;
          const first = replay(generated, id, events);
          expect(replay(generated, id, events)).toEqual(first);
          expect(first.events).toEqual(events);
          if (first.scores.overall !== null) {
            expect(first.scores.overall).toBeGreaterThanOrEqual(0);
            expect(first.scores.overall).toBeLessThanOrEqual(1);
          }
        },
      ),
      { numRuns: 100 },
    );
  });

  it('walks a scenario to its endings', () => {
    const walks = fc.sample(arbitraryEvents(workedPack, 'worked', { maxLength: 40 }), {
      numRuns: 200,
      seed: 7,
    });
    const endings = new Set(walks.map((events) => replay(workedPack, 'worked', events).ending?.node));
    expect(endings).toEqual(new Set(['e1', 'e2', 'e3', undefined]));
  });
});

describe('analysis against exhaustive play', () => {
  // Guard the choices of some steps so that they can be left with no choice: the analysis must find exactly the
  // soft-locks and endings that playing every path finds (scenarios without note conditions, where play and
  // analysis mean the same thing, and without reachable loops, so that play can be exhaustive).
  const guarded = arbitraryPack({ maxSteps: 5, journeys: false }).chain((generated) =>
    fc.tuple(fc.constant(generated), fc.array(fc.boolean(), { minLength: 16, maxLength: 16 })),
  );

  /** True when no chain of `to`/`timeout.to` links leads from a node back to itself. */
  function linksFormNoLoop(s: Scenario): boolean {
    const state = new Map<string, 'open' | 'done'>();
    const visit = (id: string): boolean => {
      if (state.get(id) === 'done') return true;
      if (state.get(id) === 'open') return false;
      state.set(id, 'open');
      const node = s.nodes[id]!;
      const next =
        'choices' in node
          ? [...node.choices.map((c) => c.to), ...(node.timeout ? [node.timeout.to] : [])]
          : [];
      const ok = next.every(visit);
      state.set(id, 'done');
      return ok;
    };
    return Object.keys(s.nodes).every(visit);
  }

  it('finds the soft-locks, endings and protected outcome that playing every path finds', () => {
    let compared = 0;
    fc.assert(
      fc.property(guarded, ([generated, flags]) => {
        const copy = structuredClone(generated);
        copy.scenarios.forEach((s, si) => {
          const names = Object.keys(s.variables ?? {});
          Object.entries(s.nodes).forEach(([, node], ni) => {
            if (!('choices' in node) || !flags[(si * 5 + ni) % flags.length]) return;
            const name = names[0];
            const declaration = name === undefined ? undefined : s.variables![name]!;
            for (const choice of node.choices)
              choice.when ??=
                declaration === undefined
                  ? { not: { visited: 'step-0' } }
                  : declaration.type === 'boolean'
                    ? { var: name!, eq: !declaration.initial }
                    : { var: name!, gte: declaration.max };
          });
        });
        expect(parsePack(copy).ok).toBe(true);
        const report = analyzePack(copy);
        copy.scenarios.forEach((s, i) => {
          if (JSON.stringify(s).includes('"noted"') || !linksFormNoLoop(s)) return;
          const all = playAllPaths(copy, s.id);
          expect(all.exhaustive).toBe(true);
          compared++;
          const errors = report.scenarios[i]!.errors;
          const lockedInAnalysis = new Set(errors.filter((e) => e.kind === 'soft-lock').map((e) => e.node));
          const lockedInPlay = new Set(all.stuck.map((r) => r.path.at(-1)!.node));
          expect(lockedInAnalysis).toEqual(lockedInPlay);
          const endings = new Set(all.results.map((r) => r.ending!.node));
          expect(new Set(report.scenarios[i]!.metrics.reachableEndings.map((e) => e.node))).toEqual(endings);
          const protectedInPlay = all.results.some((r) => r.ending!.outcome === 'protected');
          expect(errors.some((e) => e.kind === 'no-protected-ending')).toBe(!protectedInPlay);
          expect(errors.filter((e) => e.kind === 'no-exit-loop')).toEqual([]);
        });
      }),
      { numRuns: 100 },
    );
    expect(compared).toBeGreaterThan(10);
  });
});
