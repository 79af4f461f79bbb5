import type { Language } from '@ruta/curriculum';
import type { PathStep } from '../result';
import type { Outcome, VariableValue } from '../schema';

/**
 * The shape of `analyzePack`'s report. Plain data (strings, numbers, booleans, arrays, objects): it survives
 * `JSON.stringify` unchanged, which is what `ruta analyze --json` prints.
 */

/** One move of a path, as in a play result: a node and the choice made there, or the timeout that fired. */
export type { PathStep };

/** Variable values (or carried values) by name. */
export type VariableValues = Record<string, VariableValue>;

/** A static check that failed: the pack is not valid for play. `path` is a JSON path into the pack. */
export type AnalysisError =
  | {
      kind: 'unreachable-node';
      scenario: string;
      path: string;
      node: string;
      message: string;
    }
  | {
      kind: 'soft-lock';
      scenario: string;
      path: string;
      node: string;
      /**
       * Values of the variables the scenario's conditions read when play follows `via` and the trainee is
       * left with no choice (actual values of that play, including variables no later condition reads).
       */
      variables: VariableValues;
      /** The indicators noted in the notebook at that moment (every other one not noted). */
      noted: string[];
      /** A shortest way there from `start`, ending at the soft-locked node. */
      via: PathStep[];
      message: string;
    }
  | {
      kind: 'no-exit-loop';
      scenario: string;
      path: string;
      /** The nodes of the loop; once play is in it, no ending can be reached. */
      nodes: string[];
      /** Values of the read variables when play enters the loop along `via`. */
      variables: VariableValues;
      via: PathStep[];
      message: string;
    }
  | {
      kind: 'no-protected-ending';
      scenario: string;
      path: string;
      message: string;
    };

/** A finding about a journey that does not make the pack invalid. */
export type JourneyWarning = JourneyDoomedStart | JourneyHarmedContinues;

/**
 * At a journey step, the carried values (as the earlier steps can leave them) from which no `protected`
 * ending can be reached any more.
 */
export interface JourneyDoomedStart {
  kind: 'journey-doomed-start';
  journey: string;
  /** Index of the journey step (0-based) and its scenario. */
  step: number;
  scenario: string;
  path: string;
  /** Every such start: the carried values (clamped to this step's ranges) the step begins with. */
  carried: VariableValues[];
  /** How many distinct carried starts the step was analysed from. */
  starts: number;
  message: string;
}

/**
 * A journey step can end `harmed` at endings that do not close the case, while a later step can still end
 * `protected`: is that recovery realistic, or a lost case that the journey forgets (spec, Journey)?
 */
export interface JourneyHarmedContinues {
  kind: 'journey-harmed-continues';
  journey: string;
  /** Index of the journey step (0-based) and its scenario. */
  step: number;
  scenario: string;
  /** The path of the first such ending's `ending` (`scenarios[0].nodes.deported.ending`). */
  path: string;
  /** Every `harmed` ending of the step that play can reach and that does not close the case. */
  endings: string[];
  /** The later step (0-based) that can still end `protected` after them. */
  protectedAt: number;
  message: string;
}

/** How far the state exploration got. */
export interface Exploration {
  /** True when every reachable state was explored: the checks and figures are exact. */
  exhaustive: boolean;
  /** Why it is not exhaustive, when it is not. */
  limit?: 'max-states' | 'too-many-noted-indicators';
  /**
   * States explored: node × the values of the variables conditions read × the nodes `visited` conditions
   * name, counting only what can still change what play offers (a variable no condition reads any more from
   * a node on, and values no condition or effect can tell apart, make one state). The checks and figures are
   * those of actual play; only this count is smaller.
   */
  states: number;
  /** Moves (choices offered and timeouts) between them. */
  transitions: number;
}

/** A path to an ending with its length in moves (choices and timeouts). */
export interface PathFigure {
  length: number;
  /** The moves, from `start` to the ending (the ending is the last step, with no choice). */
  path: PathStep[];
}

/** A path to an ending with its overall score (mean quality points of its choices, 0 … 1). */
export interface ScoreFigure {
  overall: number;
  path: PathStep[];
}

export interface ScenarioMetrics {
  nodes: number;
  steps: number;
  endings: number;
  /** Endings actual play can reach, with their outcomes (in node order). */
  reachableEndings: { node: string; outcome: Outcome }[];
  /** Endings no play can reach (a graph link to them exists, but conditions never let play through). */
  unreachableEndings: string[];
  /** Over paths to an ending that visit no node twice; `null` when no ending is reachable. */
  shortestPath: PathFigure | null;
  longestPath: PathFigure | null;
  /** Best and worst reachable overall score; `null` when no path to an ending makes a choice. */
  bestScore: ScoreFigure | null;
  worstScore: ScoreFigure | null;
  /**
   * True when the four path figures above are exact. They are exact whenever the exploration was
   * exhaustive and the scenario's nodes form no cycle (dynamic programming); on a cyclic scenario they come
   * from a bounded search over simple paths and are exact only if it finished.
   */
  pathsExact: boolean;
}

export interface ScenarioAnalysis {
  scenario: string;
  /** Static-check failures; an empty list means the scenario passes. */
  errors: AnalysisError[];
  metrics: ScenarioMetrics;
  exploration: Exploration;
}

export interface JourneyAnalysis {
  journey: string;
  /**
   * The outcomes the journey can end with: those of the endings that close the case at any step, and of
   * the last step's endings (from the values the earlier steps can carry into it).
   */
  outcomes: Outcome[];
  /**
   * Carried-value starts from which a step can no longer reach a `protected` ending, and steps that can end
   * `harmed` without closing the case while a later step can still end `protected`.
   */
  warnings: JourneyWarning[];
  /** False when a state bound stopped some step's exploration, or too many carried starts to try all. */
  exhaustive: boolean;
}

/** The report of `analyzePack`. */
export interface PackAnalysis {
  packId: string;
  packVersion: string;
  /** True when no scenario has an error (warnings do not count). */
  ok: boolean;
  /** True when every exploration (scenarios and journeys) was exhaustive. */
  exhaustive: boolean;
  scenarios: ScenarioAnalysis[];
  journeys: JourneyAnalysis[];
  /** Every error of every scenario, in scenario order (the same objects as in `scenarios[].errors`). */
  errors: AnalysisError[];
  /** Every journey warning. */
  warnings: JourneyWarning[];
}

export interface AnalyzeOptions {
  /** Most states explored per scenario, and per journey step (from all its carried starts). Default 200 000. */
  maxStates?: number;
  /**
   * The language of the errors' and warnings' `message`: `es`, `en` (the default) or `fr`. The other fields
   * are the same in every language.
   */
  lang?: Language;
  /** Most distinct carried starts tried per journey step. Default 10 000. */
  maxCarriedStarts?: number;
}
