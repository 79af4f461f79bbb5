import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exploreAcyclic } from '../src/analysis/acyclic';
import { analyzePack, analyzePackWith } from '../src/analysis/analyze';
import { compileScenario } from '../src/analysis/compile';
import { trackedInitial } from '../src/analysis/explore';
import { valueDomains } from '../src/analysis/explore-encoded';
import { liveness } from '../src/analysis/liveness';
import { acyclicNodeComponents } from '../src/analysis/paths';
import { parsePack, parsePackJson } from '../src/parse';
import type { Node, Pack } from '../src/schema';
import { arbitraryPack } from '../src/testing';
import { choice, ending, layeredScenario, pack, scenario, step } from './fixtures/analysis/build';

/** A guarded scenario without loops: variables, a `visited` and a `noted` condition, a timeout, merges. */
function guardedPack(): Pack {
  const nodes: Record<string, Node> = {
    arrival: step(
      [
        choice('listen', 'interview', 'best', { effects: [{ add: 'trust', value: 1 }] }),
        choice('search', 'interview', 'harmful', { effects: [{ add: 'trust', value: -1 }] }),
        choice('papers', 'documents', 'good', { effects: [{ set: 'documented', value: true }] }),
      ],
      { present: ['ilo-deception'] },
    ),
    documents: step([
      choice('back', 'interview', 'good', { effects: [{ add: 'evidence', value: 1 }] }),
      choice('refer-now', 'shelter', 'poor', { when: { var: 'documented', eq: true } }),
    ]),
    interview: step(
      [
        choice('statement', 'shelter', 'best', {
          when: { all: [{ var: 'trust', gte: 2 }, { not: { var: 'evidence', gt: 3 } }] },
          effects: [{ add: 'evidence', value: 2 }],
        }),
        choice('pressure', 'court', 'harmful', { effects: [{ add: 'trust', value: -2 }] }),
        choice('noted', 'shelter', 'good', { when: { noted: 'ilo-deception' } }),
        choice('again', 'court', 'poor', { when: { visited: 'documents' } }),
      ],
      { timeoutTo: 'court' },
    ),
    shelter: step([
      choice('stay', 'safe', 'best', { when: { var: 'trust', gte: 1 } }),
      choice('leave', 'court', 'poor'),
    ]),
    court: step([
      choice('testify', 'safe', 'good', { when: { var: 'evidence', gte: 2 } }),
      choice('drop', 'lost', 'harmful'),
    ]),
    safe: ending('protected'),
    lost: ending('harmed'),
  };
  return pack([
    scenario('guarded', nodes, {
      start: 'arrival',
      variables: {
        trust: { type: 'number', initial: 1, min: 0, max: 3 },
        evidence: { type: 'number', initial: 0, min: 0, max: 4 },
        documented: { type: 'boolean', initial: false },
      },
    }),
  ]);
}

describe('analysis: the topological sweep of scenarios without loops', () => {
  it('handles a guarded scenario itself (it does not hand it to the general explorer)', () => {
    const built = guardedPack().scenarios[0]!;
    const compiled = compileScenario(built, 0);
    const tracked = compiled.readVariables;
    const initial = trackedInitial(built, tracked);
    const swept = exploreAcyclic(
      compiled,
      acyclicNodeComponents(compiled)!.order,
      tracked,
      initial,
      liveness(compiled, tracked, []),
      valueDomains(compiled, tracked, [initial])!,
      1000,
    );
    expect(swept).toBeDefined();
    expect(swept!.reachedEndings.map((i) => compiled.ids[i])).toEqual(['safe', 'lost']);
  });

  it('gives the same report as the general explorer, state counts and paths included', () => {
    const cases = [guardedPack(), pack([layeredScenario('layered', 400)])];
    for (const built of cases)
      expect(analyzePackWith(built, {}, { sweep: true })).toEqual(
        analyzePackWith(built, {}, { sweep: false }),
      );
    fc.assert(
      fc.property(arbitraryPack(), (generated) => {
        expect(analyzePackWith(generated, {}, { sweep: true })).toEqual(
          analyzePackWith(generated, {}, { sweep: false }),
        );
      }),
      { numRuns: 150 },
    );
  });

  it('leaves to the general explorer what it must report with a way there, and the state bound', () => {
    const stuck = guardedPack();
    const court = stuck.scenarios[0]!.nodes.court as { choices: { when?: unknown }[] };
    court.choices[1]!.when = { var: 'trust', gte: 3 };
    const report = analyzePack(stuck);
    expect(report.errors.map((e) => e.kind)).toEqual(['soft-lock']);
    expect(report).toEqual(analyzePackWith(stuck, {}, { sweep: false }));

    const full = analyzePack(guardedPack()).scenarios[0]!.exploration;
    const bounded = analyzePack(guardedPack(), { maxStates: full.states - 1 }).scenarios[0]!.exploration;
    expect(bounded.exhaustive).toBe(false);
    expect(analyzePack(guardedPack(), { maxStates: full.states }).scenarios[0]!.exploration).toEqual(full);
  });
});

describe('analysis: what validation compiled', () => {
  it('is carried by a parsed pack, invisibly, and gives the report a pack built in code gets', () => {
    fc.assert(
      fc.property(arbitraryPack(), (generated) => {
        const parsed = parsePack(generated);
        if (!parsed.ok) throw new Error(parsed.issues[0]!.message);
        const value = parsed.value;
        value.scenarios.forEach((s, i) => {
          expect(compileScenario(s, i)).toBe(compileScenario(s, i));
        });
        const copy = structuredClone(value);
        expect(compileScenario(copy.scenarios[0]!, 0)).not.toBe(compileScenario(copy.scenarios[0]!, 0));
        expect(copy).toEqual(value);
        expect(Object.keys(value.scenarios[0]!)).toEqual(Object.keys(copy.scenarios[0]!));
        expect(analyzePack(value)).toEqual(analyzePack(copy));
      }),
      { numRuns: 100 },
    );
  });

  it('comes from parsePackJson too, and not when a scenario breaks a rule', () => {
    const text = JSON.stringify(guardedPack());
    const fromText = parsePackJson(text);
    expect(fromText.ok).toBe(true);
    if (!fromText.ok) return;
    const s = fromText.value.scenarios[0]!;
    expect(compileScenario(s, 0)).toBe(compileScenario(s, 0));
    // Another index (the scenario moved in a pack built in code) is compiled again.
    expect(compileScenario(s, 1)).not.toBe(compileScenario(s, 0));
    expect(compileScenario(s, 1).index).toBe(1);

    const broken = guardedPack();
    (broken.scenarios[0]!.nodes.court as { choices: { to: string }[] }).choices[0]!.to = 'nowhere';
    expect(parsePack(broken).ok).toBe(false);
  });
});
