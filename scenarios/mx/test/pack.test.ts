import { readFileSync } from 'node:fs';
import {
  builtinIndicatorIds,
  type Condition,
  isEnding,
  type Outcome,
  type Pack,
  type PlayEvent,
  type PlayResult,
  qualityPoints,
  replay,
  type Scenario,
  type StepNode,
  startScenario,
} from '@ruta/scenario-engine';
import { analyzePack } from '@ruta/scenario-engine/analysis';
import { type AllPathsResult, playAllPaths } from '@ruta/scenario-engine/testing';
import { validatePack, validatePackJson } from '@ruta/scenario-engine/validate';
import { describe, expect, it } from 'vitest';
import { pack } from '../src/index';

const outcomes: readonly Outcome[] = ['protected', 'partial', 'harmed'];
const scenarioIds = pack.scenarios.map((scenario) => scenario.id);
/** Playing thousands of paths through the real engine takes seconds, more on a busy machine. */
const slow = { timeout: 300_000 };

function scenarioOf(id: string): Scenario {
  const scenario = pack.scenarios.find((s) => s.id === id);
  if (!scenario) throw new Error(`no scenario "${id}" in the pack`);
  return scenario;
}

function stepOf(scenario: Scenario, nodeId: string): StepNode {
  const node = scenario.nodes[nodeId];
  if (!node || isEnding(node)) throw new Error(`"${nodeId}" is not a step of ${scenario.id}`);
  return node;
}

/** The nodes a scenario's `visited` conditions name: the only part of the history that changes what play offers. */
function visitedNodesRead(scenario: Scenario): string[] {
  const found = new Set<string>();
  const walk = (condition: Condition): void => {
    if ('visited' in condition) found.add(condition.visited);
    else if ('all' in condition) condition.all.forEach(walk);
    else if ('any' in condition) condition.any.forEach(walk);
    else if ('not' in condition) walk(condition.not);
  };
  for (const node of Object.values(scenario.nodes))
    if (!isEnding(node)) for (const choice of node.choices) if (choice.when) walk(choice.when);
  return [...found].sort();
}

interface Exploration {
  /** One finished play per distinct ending state reached. */
  endings: PlayResult[];
  /** Plays that stopped at a step offering no choice and no timeout. */
  stuck: PlayResult[];
  /** Distinct play states (node × variables × visited nodes that conditions read) walked. */
  states: number;
}

/**
 * Walks every distinct play state reachable from `prefix` with the real engine (an empty notebook: the
 * trainee's notes only add choices). Two plays in the same node with the same variables and the same visited
 * nodes that conditions read are offered exactly the same future, so walking each state once covers every
 * path: if every state leads on and every leaf is an ending, every path plays to an ending.
 */
function exploreFrom(scenarioId: string, prefix: PlayEvent[] = []): Exploration {
  const scenario = scenarioOf(scenarioId);
  const watched = visitedNodesRead(scenario);
  const seen = new Set<string>();
  const result: Exploration = { endings: [], stuck: [], states: 0 };
  const queue: PlayEvent[][] = [prefix];
  while (queue.length > 0) {
    const events = queue.shift()!;
    const play = startScenario(pack, scenarioId, { timers: false });
    for (const event of events) play.send(event);
    const played = play.result();
    const offered = play.done ? [] : play.choices();
    const node = play.node;
    play.stop();
    const visited = new Set(played.path.map((step) => step.node));
    const key = `${play.nodeId}|${JSON.stringify(played.variables)}|${watched.filter((n) => visited.has(n)).join(',')}`;
    if (seen.has(key)) continue;
    seen.add(key);
    result.states++;
    if (isEnding(node)) {
      result.endings.push(played);
      continue;
    }
    if (offered.length === 0 && !node.timeout) result.stuck.push(played);
    for (const choice of offered) queue.push([...events, { type: 'CHOOSE', choiceId: choice.id }]);
    if (node.timeout) queue.push([...events, { type: 'TIMEOUT' }]);
  }
  return result;
}

type Policy = (scenario: Scenario, nodeId: string, offered: string[]) => string;

/** Plays a scenario to its ending, from `prefix`, letting `policy` pick each choice. */
function playWith(scenarioId: string, policy: Policy, prefix: PlayEvent[] = []): PlayResult {
  const scenario = scenarioOf(scenarioId);
  const play = startScenario(pack, scenarioId, { timers: false });
  for (const event of prefix) play.send(event);
  for (let moves = 0; !play.done; moves++) {
    if (moves > 100) throw new Error(`${scenarioId}: no ending after 100 moves`);
    const offered = play.choices().map((choice) => choice.id);
    play.choose(policy(scenario, play.nodeId, offered));
  }
  const result = play.result();
  play.stop();
  return result;
}

const qualityOf = (scenario: Scenario, nodeId: string, choiceId: string) => {
  const choice = stepOf(scenario, nodeId).choices.find((c) => c.id === choiceId);
  if (!choice) throw new Error(`no choice "${choiceId}" at ${scenario.id}.${nodeId}`);
  return choice.assessment.quality;
};

/** Always a `best` choice (the first offered); fails when a step offers none. */
const bestPolicy: Policy = (scenario, nodeId, offered) => {
  const best = offered.find((id) => qualityOf(scenario, nodeId, id) === 'best');
  if (!best) throw new Error(`${scenario.id}.${nodeId} offers no best choice`);
  return best;
};

/** A `harmful` choice where one is offered, otherwise the lowest-quality one offered. */
const harmfulPolicy: Policy = (scenario, nodeId, offered) =>
  offered.find((id) => qualityOf(scenario, nodeId, id) === 'harmful') ??
  [...offered].sort(
    (a, b) => qualityPoints[qualityOf(scenario, nodeId, a)] - qualityPoints[qualityOf(scenario, nodeId, b)],
  )[0]!;

const chose = (result: PlayResult, choiceId: string) => result.path.some((step) => step.choice === choiceId);

describe('the pack validates', () => {
  it('is valid (field rules and static checks) as the exported pack and as the published pack.json', () => {
    const parsed = validatePack(pack);
    expect(parsed.ok ? [] : parsed.issues).toEqual([]);
    const fromText = validatePackJson(readFileSync(new URL('../pack.json', import.meta.url), 'utf8'));
    expect(fromText.ok ? [] : fromText.issues).toEqual([]);
  });

  it('is the Mexican pack, in Spanish first and English, with at least three scenarios', () => {
    expect(pack.country).toBe('MX');
    expect(pack.languages).toEqual(['es', 'en']);
    expect(pack.scenarios.length).toBeGreaterThanOrEqual(3);
  });

  it('carries every declared language in every text', () => {
    const missing: string[] = [];
    let texts = 0;
    const isText = (value: object) =>
      Object.keys(value).length > 0 &&
      Object.entries(value).every(([key, v]) => ['es', 'en', 'fr'].includes(key) && typeof v === 'string');
    const walk = (value: unknown, path: string): void => {
      if (Array.isArray(value)) {
        for (const [i, item] of value.entries()) walk(item, `${path}[${i}]`);
      } else if (value !== null && typeof value === 'object') {
        if (isText(value)) {
          texts++;
          const text = value as Record<string, string>;
          for (const lang of pack.languages) if (!text[lang]?.trim()) missing.push(`${path}: ${lang}`);
        } else for (const [key, v] of Object.entries(value)) walk(v, `${path}.${key}`);
      }
    };
    walk(pack, 'pack');
    expect(missing).toEqual([]);
    // every node has a text and every choice a text and a feedback: the walk must have seen at least those
    const nodes = pack.scenarios.flatMap((scenario) => Object.values(scenario.nodes));
    const choices = nodes.flatMap((node) => (isEnding(node) ? [] : node.choices));
    expect(texts).toBeGreaterThanOrEqual(nodes.length + 2 * choices.length);
  });
});

describe('static analysis (analyzePack)', () => {
  const analysis = analyzePack(pack);

  it('finds no unreachable node, dead end, loop or soft-lock, exploring every state', () => {
    expect(analysis.errors).toEqual([]);
    expect(analysis.ok).toBe(true);
    expect(analysis.exhaustive).toBe(true);
  });

  it.each(scenarioIds)('%s: at least 15 nodes, 3 endings, and every outcome reachable', (id) => {
    const report = analysis.scenarios.find((s) => s.scenario === id)!;
    expect(report.metrics.nodes).toBeGreaterThanOrEqual(15);
    expect(report.metrics.endings).toBeGreaterThanOrEqual(3);
    expect(report.metrics.unreachableEndings).toEqual([]);
    expect(new Set(report.metrics.reachableEndings.map((e) => e.outcome))).toEqual(new Set(outcomes));
    expect(report.metrics.bestScore?.overall).toBe(1);
    expect(report.metrics.worstScore?.overall).toBeLessThanOrEqual(0.2);
  });
});

describe.each(scenarioIds)('%s in play', (id) => {
  it('every path plays to an ending, and every outcome is reached', slow, () => {
    const walked = exploreFrom(id);
    expect(walked.stuck.map((r) => r.path)).toEqual([]);
    expect(walked.endings.every((r) => r.complete && r.ending !== undefined)).toBe(true);
    expect(new Set(walked.endings.map((r) => r.ending!.outcome))).toEqual(new Set(outcomes));
    const endingNodes = Object.entries(scenarioOf(id).nodes).filter(([, n]) => isEnding(n));
    expect(new Set(walked.endings.map((r) => r.ending!.node))).toEqual(new Set(endingNodes.map(([n]) => n)));
  });

  it('the best path scores at least 0.9 and ends protected', () => {
    const result = playWith(id, bestPolicy);
    expect(result.ending?.outcome).toBe('protected');
    expect(result.scores.overall).toBeGreaterThanOrEqual(0.9);
    expect(result.harmful).toEqual([]);
    expect(result.scores.identification.missed.length).toBeGreaterThan(0);
  });

  it('a path of harmful choices scores at most 0.2 and ends harmed', () => {
    const result = playWith(id, harmfulPolicy);
    expect(result.ending?.outcome).toBe('harmed');
    expect(result.scores.overall).toBeLessThanOrEqual(0.2);
    expect(result.harmful.length).toBeGreaterThan(0);
  });

  it('earlier decisions change the outcome: one harmful choice on the best path costs the protected ending', () => {
    const scenario = scenarioOf(id);
    const best = playWith(id, bestPolicy);
    const costly = best.path.some((step, i) => {
      if (!step.choice) return false;
      const harmful = stepOf(scenario, step.node).choices.find((c) => c.assessment.quality === 'harmful');
      if (!harmful) return false;
      const prefix = best.events.slice(0, i);
      const result = playWith(id, bestPolicy, [...prefix, { type: 'CHOOSE', choiceId: harmful.id }]);
      return result.ending?.outcome !== 'protected';
    });
    expect(costly).toBe(true);
  });
});

/** The farm has ~170 000 paths: its every state is walked above, and its paths are played up to this bound. */
const pathBound = (id: string) => (id === 'farm-day-labourers' ? 3_000 : 10_000);
const allPathsCache = new Map<string, AllPathsResult>();
function allPaths(id: string): AllPathsResult {
  let all = allPathsCache.get(id);
  if (!all) {
    all = playAllPaths(pack, id, { maxPaths: pathBound(id) });
    allPathsCache.set(id, all);
  }
  return all;
}

describe.each(scenarioIds)('%s: every path (playAllPaths)', (id) => {
  it('plays to an ending, never stuck or cut off, with scores in range', slow, () => {
    const all = allPaths(id);
    expect(all.stuck.map((r) => r.path)).toEqual([]);
    expect(all.cutOff.map((r) => r.path)).toEqual([]);
    if (id !== 'farm-day-labourers') expect(all.exhaustive).toBe(true);
    expect(all.results.length).toBeGreaterThan(1_000);
    for (const result of all.results) {
      expect(result.complete).toBe(true);
      expect(result.ending).toBeDefined();
      expect(result.scores.overall).toBeGreaterThanOrEqual(0);
      expect(result.scores.overall).toBeLessThanOrEqual(1);
      // a path that made a harmful choice never ends fully protected
      if (result.harmful.length > 0) expect(result.ending!.outcome).not.toBe('protected');
    }
  });
});

describe('adolescent-forced-criminality: non-punishment decides the outcome', () => {
  const id = 'adolescent-forced-criminality';
  const best = playWith(id, bestPolicy);
  const upTo = (choiceId: string) =>
    best.events.slice(
      0,
      best.path.findIndex((s) => s.choice === choiceId),
    );

  it('applying non-punishment (prosecutor and judge) leads to protected', () => {
    expect(chose(best, 'request-non-punishment')).toBe(true);
    expect(chose(best, 'approve-non-punishment')).toBe(true);
    expect(best.ending?.outcome).toBe('protected');
    expect(best.referrals).toContain('procuraduria-proteccion-nna');
  });

  it('prosecuting the boy leads to harmed, whichever way the prosecution goes on', () => {
    const beforeCharge = upTo('request-non-punishment');
    for (const prosecution of [
      ['charge-and-request-internment', 'commit-with-internment'],
      ['charge-and-request-internment', 'commit-at-liberty'],
      ['charge-with-conditional-suspension', 'commit-with-internment'],
      ['charge-with-conditional-suspension', 'commit-at-liberty'],
      ['request-non-punishment', 'order-internment-anyway'],
    ]) {
      const events: PlayEvent[] = [
        ...beforeCharge,
        ...prosecution.map((choiceId): PlayEvent => ({ type: 'CHOOSE', choiceId })),
      ];
      const result = replay(pack, id, events);
      expect(result.ending?.outcome, prosecution.join(' > ')).toBe('harmed');
      expect(result.harmful.length).toBeGreaterThan(0);
    }
    const asAdult = replay(pack, id, [{ type: 'CHOOSE', choiceId: 'process-as-adult' }]);
    expect(asAdult.ending?.outcome).toBe('harmed');
  });

  it('once the prosecutor charges him, no path is protected any more', () => {
    const beforeCharge = upTo('request-non-punishment');
    for (const charge of ['charge-and-request-internment', 'charge-with-conditional-suspension']) {
      const walked = exploreFrom(id, [...beforeCharge, { type: 'CHOOSE', choiceId: charge }]);
      const reached = new Set(walked.endings.map((r) => r.ending!.outcome));
      expect(reached.has('protected'), charge).toBe(false);
      expect(reached.has('harmed'), charge).toBe(true);
    }
  });

  it('over every path: protection needs non-punishment, and prosecuting him always ends harmed', slow, () => {
    const all = allPaths(id);
    expect(all.exhaustive).toBe(true);
    const prosecuted = [
      'process-as-adult',
      'commit-with-internment',
      'commit-at-liberty',
      'order-internment-anyway',
    ];
    let protectedPaths = 0;
    let prosecutedPaths = 0;
    for (const result of all.results) {
      const outcome = result.ending!.outcome;
      if (outcome === 'protected') {
        protectedPaths++;
        expect(chose(result, 'request-non-punishment') && chose(result, 'approve-non-punishment')).toBe(true);
      }
      if (prosecuted.some((choice) => chose(result, choice))) {
        prosecutedPaths++;
        expect(outcome).toBe('harmed');
      }
      if (
        chose(result, 'charge-and-request-internment') ||
        chose(result, 'charge-with-conditional-suspension')
      )
        expect(outcome).not.toBe('protected');
    }
    expect(protectedPaths).toBeGreaterThan(0);
    expect(prosecutedPaths).toBeGreaterThan(0);
  });
});

describe('timeouts', () => {
  it('the pack has a timed step, and letting it run out changes the story', () => {
    const timed = pack.scenarios.flatMap((scenario) =>
      Object.entries(scenario.nodes)
        .filter(([, node]) => !isEnding(node) && node.timeout)
        .map(([nodeId]) => ({ scenario: scenario.id, nodeId })),
    );
    expect(timed.length).toBeGreaterThan(0);
    const { scenario, nodeId } = timed.find((t) => t.scenario === 'bus-terminal-children')!;
    const best = playWith(scenario, bestPolicy);
    const at = best.path.findIndex((step) => step.node === nodeId);
    const late = playWith(scenario, bestPolicy, [...best.events.slice(0, at), { type: 'TIMEOUT' }]);
    expect(late.path.some((step) => step.timeout)).toBe(true);
    expect(late.path.map((s) => s.node)).toContain('bus-boarding');
    expect(late.ending?.outcome).toBe('partial');
  });
});

describe('identification: indicators are the ground truth', () => {
  it('noting exactly the indicators present on the best path scores 1', () => {
    for (const id of scenarioIds) {
      const best = playWith(id, bestPolicy);
      const present = [...best.scores.identification.missed];
      const notes = present.map((indicatorId): PlayEvent => ({ type: 'NOTE', indicatorId }));
      const choices = best.events.filter((event) => event.type === 'CHOOSE');
      const noted = replay(pack, id, [...notes, ...choices]);
      expect(noted.scores.identification.score, id).toBe(1);
      expect(noted.scores.identification.falseNotes).toEqual([]);
    }
  });

  it('every pack indicator is present somewhere, and none shadows a built-in', () => {
    const present = new Set(
      pack.scenarios.flatMap((s) => Object.values(s.nodes).flatMap((node) => node.present ?? [])),
    );
    for (const indicator of pack.indicators ?? []) {
      expect(present.has(indicator.id), indicator.id).toBe(true);
      expect(builtinIndicatorIds.has(indicator.id), indicator.id).toBe(false);
    }
    for (const id of present)
      expect(builtinIndicatorIds.has(id) || pack.indicators?.some((i) => i.id === id)).toBe(true);
  });
});

describe('the pack as a partner consumes it', () => {
  it('the default export is the same pack object', async () => {
    const mod = await import('../src/index');
    expect(mod.default).toBe(mod.pack);
    const typed: Pack = mod.default;
    expect(typed.id).toBe('pack-mx');
  });
});
