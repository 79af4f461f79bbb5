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
  /**
   * Why it is not exhaustive, when it is not: the per-scenario `maxStates`, too many indicators at one step,
   * or the pack's total budget (`PackAnalysis.budget`) ran out here.
   */
  limit?: 'max-states' | 'too-many-noted-indicators' | 'pack-budget';
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

/** A play to an ending with its length in moves (choices and timeouts). */
export interface PathFigure {
  length: number;
  /** The moves, from `start` to the ending (the ending is the last step, with no choice). */
  path: PathStep[];
  /**
   * Only on the longest play, when a trainee can loop (`metrics.loop`): plays can be as long as one likes.
   * `path` is then an example that goes round the loop once, and `length` is its length.
   */
  unbounded?: true;
}

/** A play to an ending with its overall score (mean quality points of its choices, 0 … 1). */
export interface ScoreFigure {
  overall: number;
  path: PathStep[];
  /**
   * Present when `overall` is a loop's mean that plays approach, not reach: going round these moves (from
   * the same play state back to it) more and more times brings the overall score as close to `overall` as
   * one likes. `path` goes round them once.
   */
  loop?: PathStep[];
}

/**
 * A loop of play states that can still reach an ending: a trainee can go round it as often as they like.
 * A play state is the node with the variable values and visited facts that some condition reads.
 */
export interface PlayLoop {
  /** The moves from `start` to the loop (the loop's first move is made at the node after them). */
  via: PathStep[];
  /** The moves that bring play back to the same play state. */
  moves: PathStep[];
}

export interface ScenarioMetrics {
  nodes: number;
  steps: number;
  endings: number;
  /** Endings actual play can reach, with their outcomes (in node order). */
  reachableEndings: { node: string; outcome: Outcome }[];
  /** Endings no play can reach (a graph link to them exists, but conditions never let play through). */
  unreachableEndings: string[];
  /**
   * Over the plays a trainee can make to an ending in which no play state repeats (a step revisited with
   * other values is a new state: asking again, which raised trust, counts); `null` when no ending is
   * reachable. When a trainee can loop, the longest play is `unbounded`.
   */
  shortestPath: PathFigure | null;
  longestPath: PathFigure | null;
  /**
   * Best and worst overall score that plays reach or, going round a loop, approach (a loop's mean counts);
   * `null` when no play to an ending makes a choice.
   */
  bestScore: ScoreFigure | null;
  worstScore: ScoreFigure | null;
  /** Whether a trainee can loop: a loop of play states from which an ending can still be reached. */
  loop: PlayLoop | null;
  /**
   * True when the figures above are exact: the exploration was exhaustive and the work they took (the
   * loops' means, Karp's algorithm) stayed within the pack's budget. When false, a figure may be missing
   * (`null`), never guessed.
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
  /** Set when the pack's total budget (`PackAnalysis.budget`) stopped a step's exploration. */
  limit?: 'pack-budget';
}

/**
 * The pack-wide bound on the analysis: states explored (scenarios and journey steps together) and the work
 * of the figures (moves examined by the loops' means and by the best/worst search), both proportional to
 * the pack's size, so that a small pack cannot keep the analysis busy for minutes.
 */
export interface AnalysisBudget {
  /** The states allowed and the states explored. */
  states: number;
  statesUsed: number;
  /** The figure work allowed and done (moves examined). */
  work: number;
  workUsed: number;
  /**
   * Where the budget first ran out, as a JSON path into the pack (`scenarios[3]`, `journeys[0].steps[1]`);
   * absent when it did not. When the states ran out, everything after that point is reported as not
   * explored; when the work ran out, the figures that did not fit are missing there (`pathsExact: false`).
   */
  stoppedAt?: string;
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
  /** The total budget of this analysis, what it used, and where it stopped. */
  budget: AnalysisBudget;
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
  /**
   * Most states explored in the whole pack (scenarios and journey steps together). Default: 50 per node and
   * choice of the pack, at least 200 000 (`defaultStateBudget(pack)`).
   */
  maxTotalStates?: number;
  /**
   * Most work for the figures in the whole pack (moves examined by Karp's algorithm and the best/worst
   * search). Default: 50 per state of the state budget.
   */
  maxTotalWork?: number;
}
