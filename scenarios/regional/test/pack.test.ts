import { readFileSync } from 'node:fs';
import {
  builtinIndicatorIds,
  type Outcome,
  type Pack,
  type Play,
  type PlayResult,
  parsePack,
  parsePackJson,
  type Quality,
  type Scenario,
  startJourney,
  startScenario,
} from '@ruta/scenario-engine';
import { analyzePack } from '@ruta/scenario-engine/analysis';
import { playAllPaths } from '@ruta/scenario-engine/testing';
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
const carried = ['trust', 'safety', 'evidence'] as const;
const outcomeRank: Record<Outcome, number> = { harmed: 0, partial: 1, protected: 2 };
const qualityRank: Record<Quality, number> = { harmful: 0, poor: 1, good: 2, best: 3 };

let analysisMemo: ReturnType<typeof analyzePack> | undefined;
/** The engine's analysis of the pack (it explores every reachable state: run it once). */
function analysis() {
  analysisMemo ??= analyzePack(pack);
  return analysisMemo;
}

function scenario(id: string): Scenario {
  const found = pack.scenarios.find((s) => s.id === id);
  if (found === undefined) throw new Error(`no scenario ${id}`);
  return found;
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

  it('validates with parsePack and, read as text, with parsePackJson (no duplicate keys)', () => {
    expect(parsePack(namedPack).ok).toBe(true);
    const fromText = parsePackJson(packText);
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
      expect(report.metrics.unreachableEndings, report.scenario).toEqual([]);
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

  it('scores the best path at least 0.9 and ends it protected', () => {
    const result = playScenario(id, bestPolicy, true);
    expect(result.ending?.outcome).toBe('protected');
    expect(result.scores.overall).toBeGreaterThanOrEqual(0.9);
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

  it('links the four stages in order and carries trust, safety and evidence', () => {
    expect(journey.steps).toEqual(pack.scenarios.map((s) => s.id));
    expect([...(journey.carry ?? [])].sort()).toEqual([...carried].sort());
  });

  /** Plays the journey; at identification the script's choices win whenever they are offered. */
  function playJourney(identificationScript: string[]) {
    const run = startJourney(pack, journeyId, { timers: false });
    playOut(run.play, bestPolicy, true, identificationScript);
    for (let step = 1; step < journey.steps.length; step++) {
      run.next();
      playOut(run.play, bestPolicy, true);
    }
    expect(run.done).toBe(true);
    const result = run.result();
    run.stop();
    return result;
  }

  type JourneyResult = ReturnType<typeof playJourney>;
  let traumaInformed: JourneyResult;
  let coercive: JourneyResult;
  beforeAll(() => {
    traumaInformed = playJourney([]);
    coercive = playJourney(['coercive-questioning', 'press-harder', 'refer-as-presumed-victim']);
  });
  const prosecutionPath = (r: JourneyResult) => r.steps[3]!.path.map((p) => p.node);

  it('ends protected at every stage when every stage is played well', () => {
    expect(traumaInformed.complete).toBe(true);
    expect(traumaInformed.steps.map((r) => r.ending?.outcome)).toEqual([
      'protected',
      'protected',
      'protected',
      'protected',
    ]);
    expect(traumaInformed.outcome).toBe('protected');
    expect(prosecutionPath(traumaInformed)).toContain('hearing');
  });

  it('carries a coercive identification interview into the trial: the witness will not testify', () => {
    expect(coercive.complete).toBe(true);
    // Only identification was played badly; every later stage was played as well as it could be.
    expect(coercive.harmful.every((h) => h.scenario === 'identification-border-post')).toBe(true);
    expect(coercive.harmful.map((h) => h.choice)).toEqual(['coercive-questioning', 'press-harder']);
    // Trust lost at the border is still missing at the start of the trial.
    const trustIntoTrial = (r: JourneyResult) => r.carried[3]!.trust as number;
    expect(trustIntoTrial(coercive)).toBeLessThan(trustIntoTrial(traumaInformed));
    expect(trustIntoTrial(coercive)).toBeLessThan(
      scenario('prosecution-trial').variables!.trust!.initial as number,
    );
    // Marisol does not testify: the prosecution goes to trial without her.
    expect(prosecutionPath(coercive)).toContain('witness-hesitant');
    expect(prosecutionPath(coercive)).toContain('hearing-without-witness');
    expect(prosecutionPath(coercive)).not.toContain('hearing');
    expect(outcomeRank[coercive.outcome!]).toBeLessThan(outcomeRank[traumaInformed.outcome!]);
  });

  it('shows the damage at every later stage, not only at the trial', () => {
    for (let step = 1; step < 4; step++)
      expect(outcomeRank[coercive.steps[step]!.ending!.outcome], journey.steps[step]).toBeLessThan(
        outcomeRank[traumaInformed.steps[step]!.ending!.outcome],
      );
  });
});
