import type { Text } from '@ruta/curriculum';
import type { CompiledNode, CompiledScenario, PlayContext } from './compile';
import { evaluateCondition } from './conditions';
import type { CarriedValues, PlayEvent } from './play-event';
import type { Choice, Outcome, Quality, Stage } from './schema';
import { stages } from './schema-plain';

/**
 * What a play produces (spec "What a play produces"): the path, the ending, final variables, referrals,
 * harmful choices, scores, a per-principle summary and the debrief of every decision.
 */

/** Quality points of a choice: best 1, good 0.7, poor 0.3, harmful 0. */
export const qualityPoints: Readonly<Record<Quality, number>> = { best: 1, good: 0.7, poor: 0.3, harmful: 0 };

const qualityRank: Readonly<Record<Quality, number>> = { best: 3, good: 2, poor: 1, harmful: 0 };

/** One step of the path: the node, and the choice made there or the timeout that fired. */
export interface PathStep {
  node: string;
  choice?: string;
  timeout?: true;
}

export interface IdentificationScore {
  /** Indicators present on a visited node and noted. */
  truePositives: string[];
  /** Indicators present on a visited node but not noted. */
  missed: string[];
  /** Indicators noted but present on no visited node. */
  falseNotes: string[];
  /** tp / (tp + missed + false notes); null when nothing was present and nothing noted. */
  score: number | null;
}

export interface Scores {
  /** Unweighted mean of the quality points of the choices made; null when no choice was made. */
  overall: number | null;
  /** Per competency assessed: the mean of the quality points, weighted by each choice's weight for it. */
  competencies: Record<string, number>;
  identification: IdentificationScore;
}

/** How often the choices made upheld or broke a principle. */
export interface PrincipleTally {
  upheld: number;
  broken: number;
}

/** The assessment of one choice, for a debrief. */
export interface DebriefChoice {
  choice: string;
  text: Text;
  quality: Quality;
  points: number;
  feedback: Text;
  principles: string[];
  references: string[];
  referral?: string;
}

/** One decision of the play, for a debrief: what was chosen and the best choice offered there. */
export interface Decision {
  node: string;
  made: DebriefChoice;
  /** The best choice that was offered at that moment (the first of the highest quality). */
  best: DebriefChoice;
}

/**
 * The accessibility accommodations a trainee used during a play. They are recorded beside the result and never
 * change it: not an event, not scored, and a replay of the same events gives the same scores with or without
 * them. Each is recorded once used (turning it off later does not erase that it was used).
 */
export interface Accommodations {
  /**
   * The countdown of a timed decision was paused at some moment of the play (the trainee needed more time),
   * so where a timeout did not fire it may have had more than the node's `timeout.seconds`.
   */
  timerPaused?: boolean;
}

/** The accommodation names, in the order they are recorded. */
export const accommodationNames = ['timerPaused'] as const satisfies readonly (keyof Accommodations)[];

/** Only the accommodations used (`true`), or undefined when none was. */
export function usedAccommodations(accommodations: Accommodations | undefined): Accommodations | undefined {
  if (accommodations === undefined) return undefined;
  const used: Accommodations = {};
  for (const name of accommodationNames) if (accommodations[name] === true) used[name] = true;
  return Object.keys(used).length === 0 ? undefined : used;
}

export interface PlayResult {
  packId: string;
  packVersion: string;
  scenarioId: string;
  stage: Stage;
  /** True when an ending was reached. */
  complete: boolean;
  events: PlayEvent[];
  carry?: CarriedValues;
  /**
   * The accessibility accommodations used during the play (absent when none was): recorded, never scored.
   */
  accommodations?: Accommodations;
  path: PathStep[];
  ending?: { node: string; outcome: Outcome };
  variables: Record<string, number | boolean>;
  /** Referral ids of the choices made, in order (each once). */
  referrals: string[];
  harmful: { node: string; choice: string }[];
  notebook: string[];
  scores: Scores;
  principles: Record<string, PrincipleTally>;
  decisions: Decision[];
}

/** A step of the internal log: the state before it, and the choice made or the timeout. */
export interface PlayStep {
  readonly node: string;
  readonly choice?: Choice;
  readonly timeout?: true;
  readonly before: PlayContext;
}

export interface PlayLog {
  readonly steps: readonly PlayStep[];
  readonly final: CompiledNode;
  readonly context: PlayContext;
  readonly events: readonly PlayEvent[];
  readonly carry: CarriedValues | undefined;
  readonly done: boolean;
  readonly accommodations?: Accommodations;
}

function debriefChoice(choice: Choice): DebriefChoice {
  const out: DebriefChoice = {
    choice: choice.id,
    text: choice.text,
    quality: choice.assessment.quality,
    points: qualityPoints[choice.assessment.quality],
    feedback: choice.assessment.feedback,
    principles: [...(choice.assessment.principles ?? [])],
    references: [...(choice.assessment.references ?? [])],
  };
  if (choice.referral !== undefined) out.referral = choice.referral;
  return out;
}

function bestOffered(node: CompiledNode, before: PlayContext, made: Choice): Choice {
  let best = made;
  for (const choice of node.choices) {
    if (choice.when !== undefined && !evaluateCondition(choice.when, before)) continue;
    if (qualityRank[choice.assessment.quality] > qualityRank[best.assessment.quality]) best = choice;
    else if (
      qualityRank[choice.assessment.quality] === qualityRank[best.assessment.quality] &&
      node.choices.indexOf(choice) < node.choices.indexOf(best)
    )
      best = choice;
  }
  return best;
}

/** Scores the identification: indicators present on the visited nodes against the notebook. */
export function identificationScore(
  present: Iterable<string>,
  notebook: readonly string[],
): IdentificationScore {
  const presentSet = new Set(present);
  const noted = new Set(notebook);
  const truePositives = [...presentSet].filter((id) => noted.has(id));
  const missed = [...presentSet].filter((id) => !noted.has(id));
  const falseNotes = notebook.filter((id) => !presentSet.has(id));
  const total = truePositives.length + missed.length + falseNotes.length;
  return { truePositives, missed, falseNotes, score: total === 0 ? null : truePositives.length / total };
}

/** Builds the result of a play from its log. */
export function computeResult(compiled: CompiledScenario, log: PlayLog): PlayResult {
  const { scenario, pack } = compiled;
  const path: PathStep[] = [];
  const present = new Set<string>();
  const referrals: string[] = [];
  const harmful: { node: string; choice: string }[] = [];
  const principles: Record<string, PrincipleTally> = {};
  const decisions: Decision[] = [];
  const weighted: Record<string, { points: number; weight: number }> = {};
  let pointsSum = 0;
  let choicesMade = 0;

  for (const step of log.steps) {
    const node = compiled.nodes.get(step.node) as CompiledNode;
    for (const id of node.present) present.add(id);
    if (step.timeout) {
      path.push({ node: step.node, timeout: true });
      continue;
    }
    const choice = step.choice as Choice;
    path.push({ node: step.node, choice: choice.id });
    const { quality } = choice.assessment;
    const points = qualityPoints[quality];
    pointsSum += points;
    choicesMade++;
    if (choice.referral !== undefined && !referrals.includes(choice.referral))
      referrals.push(choice.referral);
    if (quality === 'harmful') harmful.push({ node: step.node, choice: choice.id });
    const upheld = quality === 'best' || quality === 'good';
    for (const principle of choice.assessment.principles ?? []) {
      const tally = principles[principle] ?? { upheld: 0, broken: 0 };
      if (upheld) tally.upheld++;
      else tally.broken++;
      principles[principle] = tally;
    }
    for (const [competency, weight] of Object.entries(choice.assessment.competencies ?? {})) {
      const sum = weighted[competency] ?? { points: 0, weight: 0 };
      sum.points += points * weight;
      sum.weight += weight;
      weighted[competency] = sum;
    }
    decisions.push({
      node: step.node,
      made: debriefChoice(choice),
      best: debriefChoice(bestOffered(node, step.before, choice)),
    });
  }
  // The node the play is at now is visited too (the ending, when the play is complete).
  path.push({ node: log.final.id });
  for (const id of log.final.present) present.add(id);

  const competencies: Record<string, number> = {};
  for (const [competency, sum] of Object.entries(weighted))
    competencies[competency] = sum.points / sum.weight;

  const notebook = [...log.context.noted];
  const result: PlayResult = {
    packId: pack.id,
    packVersion: pack.version,
    scenarioId: scenario.id,
    stage: scenario.stage,
    complete: log.done,
    events: log.events.map((event) => ({ ...event })),
    path,
    variables: { ...log.context.variables },
    referrals,
    harmful,
    notebook,
    scores: {
      overall: choicesMade === 0 ? null : pointsSum / choicesMade,
      competencies,
      identification: identificationScore(present, notebook),
    },
    principles,
    decisions,
  };
  if (log.final.ending !== undefined)
    result.ending = { node: log.final.id, outcome: log.final.ending.outcome };
  if (log.carry !== undefined) result.carry = { ...log.carry };
  const accommodations = usedAccommodations(log.accommodations);
  if (accommodations !== undefined) result.accommodations = accommodations;
  return result;
}

/** What the results of one stage add up to. */
export interface StageSummary {
  stage: Stage;
  plays: number;
  complete: number;
  outcomes: Record<Outcome, number>;
  /** Mean overall score of the plays that have one; null when none has. */
  overall: number | null;
  /** Mean identification score of the plays that have one; null when none has. */
  identification: number | null;
  /** Per competency: the mean of the plays' scores for it. */
  competencies: Record<string, number>;
  /** Harmful choices made, over all plays. */
  harmful: number;
}

const mean = (values: number[]) =>
  values.length === 0 ? null : values.reduce((sum, value) => sum + value, 0) / values.length;

/** Summarises several results per stage (identification, referral, shelter, prosecution), in that order. */
export function summarizeResults(results: readonly PlayResult[]): StageSummary[] {
  const summaries: StageSummary[] = [];
  for (const stage of stages) {
    const mine = results.filter((result) => result.stage === stage);
    if (mine.length === 0) continue;
    const outcomes: Record<Outcome, number> = { protected: 0, partial: 0, harmed: 0 };
    const perCompetency: Record<string, number[]> = {};
    for (const result of mine) {
      if (result.ending !== undefined) outcomes[result.ending.outcome]++;
      for (const [competency, score] of Object.entries(result.scores.competencies)) {
        const scores = perCompetency[competency] ?? [];
        scores.push(score);
        perCompetency[competency] = scores;
      }
    }
    const competencies: Record<string, number> = {};
    for (const [competency, scores] of Object.entries(perCompetency))
      competencies[competency] = mean(scores) as number;
    summaries.push({
      stage,
      plays: mine.length,
      complete: mine.filter((result) => result.complete).length,
      outcomes,
      overall: mean(mine.flatMap((r) => (r.scores.overall === null ? [] : [r.scores.overall]))),
      identification: mean(
        mine.flatMap((r) => (r.scores.identification.score === null ? [] : [r.scores.identification.score])),
      ),
      competencies,
      harmful: mine.reduce((sum, result) => sum + result.harmful.length, 0),
    });
  }
  return summaries;
}
