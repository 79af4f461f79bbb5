import { readFileSync } from 'node:fs';
import {
  builtinIndicatorIds,
  type Outcome,
  type Pack,
  type Play,
  type PlayResult,
  parsePack,
  type Quality,
  startJourney,
  startScenario,
} from '@ruta/scenario-engine';
import { analyzePack } from '@ruta/scenario-engine/analysis';
import { playAllPaths } from '@ruta/scenario-engine/testing';
import { validatePack, validatePackJson } from '@ruta/scenario-engine/validate';
import { beforeAll, describe, expect, it } from 'vitest';
import defaultPack, { pack as namedPack } from '../src/index';

const packText = readFileSync(new URL('../pack.json', import.meta.url), 'utf8');

function validPack(): Pack {
  const parsed = parsePack(namedPack);
  if (!parsed.ok) throw new Error(parsed.issues.map((i) => `${i.path}: ${i.message}`).join('\n'));
  return parsed.value;
}

const pack = validPack();
const journeyId = 'marisol-honduras-guatemala';
const stages = ['identification', 'referral', 'shelter', 'prosecution'] as const;
const carried = ['trust', 'safety', 'evidence', 'coerced-statement'] as const;
/**
 * Endings a scenario reaches only from values the journey carries into it, never from its declared initial
 * values: the trial's conviction after the defence used a statement coerced at the border.
 */
const journeyOnlyEndings: Record<string, string[]> = {
  'prosecution-trial': ['ending-conviction-challenged'],
};
const outcomeRank: Record<Outcome, number> = { harmed: 0, partial: 1, protected: 2 };
const qualityRank: Record<Quality, number> = { harmful: 0, poor: 1, good: 2, best: 3 };

let analysisMemo: ReturnType<typeof analyzePack> | undefined;
/** The engine's analysis of the pack (it explores every reachable state: run it once). */
function analysis() {
  analysisMemo ??= analyzePack(pack);
  return analysisMemo;
}

/** The quality of a choice offered at the play's current node. */
function qualityOf(play: Play, choiceId: string): Quality {
  const node = play.node;
  const choice = 'choices' in node ? node.choices.find((c) => c.id === choiceId) : undefined;
  if (choice === undefined) throw new Error(`no choice ${choiceId} at ${play.nodeId}`);
  return choice.assessment.quality;
}

type Policy = (play: Play) => string;

/** The trainee who always takes the best choice offered (and notes what is present before choosing). */
const bestPolicy: Policy = (play) => {
  const offered = play.choices().map((c) => c.id);
  const sorted = [...offered].sort(
    (a, b) => qualityRank[qualityOf(play, b)] - qualityRank[qualityOf(play, a)],
  );
  return sorted[0]!;
};

/** The trainee who takes a harmful choice wherever one is offered, otherwise the worst one offered. */
const harmfulPolicy: Policy = (play) => {
  const offered = play.choices().map((c) => c.id);
  const sorted = [...offered].sort(
    (a, b) => qualityRank[qualityOf(play, a)] - qualityRank[qualityOf(play, b)],
  );
  return sorted[0]!;
};

/** Plays one scenario step by step with a policy; `notePresent` notes every present indicator first. */
function playOut(play: Play, policy: Policy, notePresent: boolean, script: string[] = []): PlayResult {
  for (let moves = 0; !play.done; moves++) {
    if (moves > 100) throw new Error(`no ending after 100 moves in ${play.scenario.id}`);
    if (notePresent)
      for (const indicator of play.node.present ?? [])
        if (!play.notebook.includes(indicator)) play.note(indicator);
    const offered = play.choices().map((c) => c.id);
    const scripted = script.find((id) => offered.includes(id));
    play.choose(scripted ?? policy(play));
  }
  if (notePresent) {
    // The ending's own indicators are noted before moving there; none of this pack's endings has any.
    expect(play.node.present ?? []).toEqual([]);
  }
  const result = play.result();
  play.stop();
  return result;
}

function playScenario(id: string, policy: Policy, notePresent: boolean): PlayResult {
  return playOut(startScenario(pack, id, { timers: false }), policy, notePresent);
}

/** Every Text of the pack: an object whose keys are all language codes. */
function collectTexts(
  value: unknown,
  path: string,
  out: { path: string; text: Record<string, unknown> }[],
): { path: string; text: Record<string, unknown> }[] {
  if (Array.isArray(value)) {
    value.forEach((item, i) => {
      collectTexts(item, `${path}[${i}]`, out);
    });
  } else if (value !== null && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    const keys = Object.keys(record);
    if (keys.length > 0 && keys.every((k) => k === 'es' || k === 'en' || k === 'fr')) {
      out.push({ path, text: record });
      return out;
    }
    for (const key of keys) collectTexts(record[key], `${path}.${key}`, out);
  }
  return out;
}

describe('the regional pack', () => {
  it('is the same object under the named and the default export', () => {
    expect(defaultPack).toBe(namedPack);
  });

  it('is valid (field rules and static checks) as the exported pack and read as text', () => {
    const checked = validatePack(namedPack);
    expect(checked.ok ? [] : checked.issues).toEqual([]);
    const fromText = validatePackJson(packText);
    if (!fromText.ok) throw new Error(fromText.issues.map((i) => `${i.path}: ${i.message}`).join('\n'));
    expect(fromText.value.id).toBe('rcm-regional');
  });

  it('is the regional pack in Spanish, English and French, one scenario per stage, and one journey', () => {
    expect(pack.country).toBe('RCM');
    expect(pack.languages).toEqual(['es', 'en', 'fr']);
    expect(pack.scenarios.map((s) => s.stage)).toEqual([...stages]);
    expect(pack.journeys?.map((j) => j.id)).toEqual([journeyId]);
  });

  it('has every Text complete in every declared language', () => {
    const texts = collectTexts(pack, 'pack', []);
    // Every node and choice carries at least one Text: the walk must find hundreds, or it looked nowhere.
    const choiceCount = pack.scenarios.flatMap((s) =>
      Object.values(s.nodes).flatMap((n) => ('choices' in n ? n.choices : [])),
    ).length;
    expect(texts.length).toBeGreaterThan(2 * choiceCount);
    const missing = texts.flatMap(({ path, text }) =>
      pack.languages
        .filter((lang) => typeof text[lang] !== 'string' || (text[lang] as string).trim() === '')
        .map((lang) => `${path}: ${lang}`),
    );
    expect(missing).toEqual([]);
  });

  it('defines its own indicators without shadowing the built-in catalogue', () => {
    const own = (pack.indicators ?? []).map((i) => i.id);
    expect(own.length).toBeGreaterThan(0);
    for (const id of own) expect(builtinIndicatorIds.has(id)).toBe(false);
  });

  it('gives every choice an assessment that says why and cites at least one principle', () => {
    for (const s of pack.scenarios)
      for (const [nodeId, node] of Object.entries(s.nodes))
        if ('choices' in node)
          for (const choice of node.choices) {
            const where = `${s.id}.${nodeId}.${choice.id}`;
            expect(choice.assessment.principles?.length ?? 0, where).toBeGreaterThan(0);
            expect(Object.keys(choice.assessment.competencies ?? {}).length, where).toBeGreaterThan(0);
            for (const lang of pack.languages)
              expect(choice.assessment.feedback[lang]?.length ?? 0, `${where} ${lang}`).toBeLessThan(420);
          }
  });

  it('passes the engine analysis: no unreachable node, dead end or soft-lock, a protected ending reachable', () => {
    const report0 = analysis();
    expect(report0.errors).toEqual([]);
    expect(report0.ok).toBe(true);
    for (const report of report0.scenarios) {
      expect(report.exploration.exhaustive, report.scenario).toBe(true);
      expect(report.metrics.unreachableEndings, report.scenario).toEqual(
        journeyOnlyEndings[report.scenario] ?? [],
      );
      expect(report.metrics.bestScore?.overall, report.scenario).toBe(1);
      expect(report.metrics.worstScore?.overall, report.scenario).toBe(0);
    }
  });

  it('uses the three kinds of condition: on variables, on noted indicators and on visited nodes', () => {
    const conditions = JSON.stringify(pack.scenarios.map((s) => Object.values(s.nodes)));
    expect(conditions).toContain('"var":');
    expect(conditions).toContain('"noted":');
    expect(conditions).toContain('"visited":');
    expect(pack.scenarios.some((s) => Object.values(s.nodes).some((n) => 'timeout' in n && n.timeout))).toBe(
      true,
    );
  });
});

describe.each(pack.scenarios.map((s) => [s.id, s] as const))('scenario %s', (id, s) => {
  it('has at least 15 nodes and at least 3 endings, each outcome reachable in play', () => {
    const nodes = Object.values(s.nodes);
    expect(nodes.length).toBeGreaterThanOrEqual(15);
    expect(nodes.filter((n) => 'ending' in n).length).toBeGreaterThanOrEqual(3);
    const report = analysis().scenarios.find((r) => r.scenario === id)!;
    const outcomes = new Set(report.metrics.reachableEndings.map((e) => e.outcome));
    expect([...outcomes].sort()).toEqual(['harmed', 'partial', 'protected']);
  });

  it('plays every path to an ending (no soft-lock, no endless loop)', () => {
    const all = playAllPaths(pack, id, { maxPaths: 20_000 });
    expect(all.exhaustive).toBe(true);
    expect(all.stuck).toEqual([]);
    expect(all.cutOff).toEqual([]);
    expect(all.results.length).toBeGreaterThan(100);
    const outcomes = new Set<Outcome>();
    for (const result of all.results) {
      expect(result.complete).toBe(true);
      expect(result.ending).toBeDefined();
      outcomes.add(result.ending!.outcome);
    }
    expect(outcomes.size).toBe(3);
  });

  it('scores the best path 1.0 and ends it protected', () => {
    const result = playScenario(id, bestPolicy, true);
    expect(result.ending?.outcome).toBe('protected');
    expect(result.scores.overall).toBe(1);
    expect(result.harmful).toEqual([]);
    // Noting what is present at each node, and nothing else, is a perfect identification.
    expect(result.scores.identification.falseNotes).toEqual([]);
    expect(result.scores.identification.truePositives.length).toBeGreaterThan(0);
    expect(result.scores.identification.score).toBe(1);
  });

  it('scores the all-harmful path at most 0.2 and ends it harmed', () => {
    const result = playScenario(id, harmfulPolicy, false);
    expect(result.ending?.outcome).toBe('harmed');
    expect(result.scores.overall).toBeLessThanOrEqual(0.2);
    expect(result.harmful.length).toBeGreaterThan(0);
  });

  it('declares the carried variables exactly as every other step of the journey', () => {
    const first = pack.scenarios[0]!.variables!;
    for (const name of carried) expect(s.variables?.[name], name).toEqual(first[name]);
  });
});

describe('the journey: one case from the border to the courtroom', () => {
  const journey = pack.journeys!.find((j) => j.id === journeyId)!;

  it('links the four stages in order and carries trust, safety, evidence and the coerced statement', () => {
    expect(journey.steps).toEqual(pack.scenarios.map((s) => s.id));
    expect([...(journey.carry ?? [])].sort()).toEqual([...carried].sort());
  });

  /**
   * Plays the journey: at each step the script's choices win whenever they are offered, otherwise the best
   * choice offered. The journey may stop early, at an ending that closes the case.
   */
  function playJourney(scripts: string[][]) {
    const run = startJourney(pack, journeyId, { timers: false });
    playOut(run.play, bestPolicy, true, scripts[0]);
    for (let step = 1; !run.done; step++) {
      run.next();
      playOut(run.play, bestPolicy, true, scripts[step]);
    }
    if (run.result().steps.length < journey.steps.length)
      expect(() => run.next()).toThrow(expect.objectContaining({ code: 'journey-over' }));
    const result = run.result();
    run.stop();
    return result;
  }

  type JourneyResult = ReturnType<typeof playJourney>;
  let traumaInformed: JourneyResult;
  let singleThreat: JourneyResult;
  let coercive: JourneyResult;
  beforeAll(() => {
    traumaInformed = playJourney([]);
    // One coercive act (a threat of deportation), then the best reset available, then good practice.
    singleThreat = playJourney([['coercive-questioning', 'stop-and-reset']]);
    // Threat, then pressing harder until she signs a statement she has not read.
    coercive = playJourney([['coercive-questioning', 'press-harder', 'refer-as-presumed-victim']]);
  });
  const pathOf = (r: JourneyResult, step: number) => r.steps[step]!.path.map((p) => p.node);
  const carriedInto = (r: JourneyResult, step: number, name: string) => r.carried[step]![name];

  it('ends protected at every stage when every stage is played well', () => {
    expect(traumaInformed.complete).toBe(true);
    expect(traumaInformed.steps.map((r) => r.ending?.outcome)).toEqual([
      'protected',
      'protected',
      'protected',
      'protected',
    ]);
    expect(traumaInformed.outcome).toBe('protected');
    expect(traumaInformed.stopped).toMatchObject({ step: 3, reason: 'last-step' });
    expect(pathOf(traumaInformed, 3)).toContain('hearing');
    expect(pathOf(traumaInformed, 3)).not.toContain('prior-statement');
  });

  // Every ending that removes Marisol from protection closes the case: the journey stops there.
  it.each([
    [
      'identification: the exit is recorded and she leaves with Efraín',
      [['record-exit-and-release']],
      0,
      'ending-lost',
    ],
    [
      'identification: she is fined, then held for deportation',
      [['she-consented', 'detain-for-removal']],
      0,
      'ending-deported',
    ],
    [
      'identification: she is sent to an IGM holding facility',
      [['send-to-migration-holding']],
      0,
      'ending-detained',
    ],
    [
      'referral: her photo leaks and the network finds her',
      [[], ['share-in-chat-group', 'ignore-the-leak']],
      1,
      'ending-exposed',
    ],
    ['referral: an exit order is requested', [[], ['report-for-exit-order']], 1, 'ending-removed'],
    ['shelter: she is discharged with nowhere to go', [[], [], ['discharge-now']], 2, 'ending-discharged'],
    [
      'shelter: locked in, she escapes through a window',
      [[], [], ['lock-the-door', 'keep-it-locked']],
      2,
      'ending-escaped',
    ],
  ] as const)('stops at a lost case, not protected: %s', (_, scripts, step, node) => {
    const result = playJourney(scripts.map((s) => [...s]));
    expect(result.complete).toBe(true);
    expect(result.steps).toHaveLength(step + 1);
    expect(result.stopped).toEqual({ step, scenario: journey.steps[step], node, reason: 'case-closed' });
    expect(result.outcome).toBe('harmed');
  });

  it('marks every harmed ending before the trial as closing the case (the analysis has nothing to warn about)', () => {
    for (const s of pack.scenarios.slice(0, 3))
      for (const [nodeId, node] of Object.entries(s.nodes))
        if ('ending' in node && node.ending.outcome === 'harmed')
          expect(node.ending.closesCase, `${s.id}.${nodeId}`).toBe(true);
    expect(analysis().warnings.filter((w) => w.kind === 'journey-harmed-continues')).toEqual([]);
  });

  it('carries a single coercive act, even after the best reset, into the trial: the defence uses the statement', () => {
    expect(singleThreat.complete).toBe(true);
    expect(singleThreat.harmful).toEqual([
      { scenario: 'identification-border-post', node: 'arrival', choice: 'coercive-questioning' },
    ]);
    expect(carriedInto(singleThreat, 3, 'coerced-statement')).toBe(true);
    // She testifies, but the defence reads out what she said under threat at the border.
    expect(pathOf(singleThreat, 3)).toContain('hearing');
    expect(pathOf(singleThreat, 3)).toContain('prior-statement');
    expect(singleThreat.steps[3]!.ending?.node).toBe('ending-conviction-challenged');
    expect(singleThreat.outcome).toBe('partial');
    expect(outcomeRank[singleThreat.outcome!]).toBeLessThan(outcomeRank[traumaInformed.outcome!]);
    // Every later choice was the best available, and scored so.
    for (const step of [1, 2, 3]) expect(singleThreat.steps[step]!.scores.overall).toBe(1);
  });

  it('carries a coerced, signed statement into the trial and costs the referral too', () => {
    expect(coercive.complete).toBe(true);
    expect(coercive.harmful.map((h) => h.choice)).toEqual(['coercive-questioning', 'press-harder']);
    expect(carriedInto(coercive, 3, 'coerced-statement')).toBe(true);
    // Coerced material is no evidence: the border adds none on this path.
    expect(carriedInto(coercive, 1, 'evidence')).toBeLessThan(
      carriedInto(traumaInformed, 1, 'evidence') as number,
    );
    expect(coercive.steps[1]!.ending?.outcome).toBe('partial');
    expect(pathOf(coercive, 3)).toContain('prior-statement');
    expect(coercive.outcome).toBe('partial');
  });

  it('lets patient practice rebuild some trust, never all of it', () => {
    const trust = (r: JourneyResult, step: number) => carriedInto(r, step, 'trust') as number;
    // Guarded at the consulate, she is met with patience: trust grows from stage to stage...
    expect(pathOf(coercive, 1)).toContain('silent-meeting');
    expect(trust(coercive, 2)).toBeGreaterThan(trust(coercive, 1));
    expect(trust(coercive, 3)).toBeGreaterThan(trust(coercive, 2));
    // ...but stays below where good practice from the start would have left it.
    expect(trust(coercive, 3)).toBeLessThan(trust(traumaInformed, 3));
  });
});
