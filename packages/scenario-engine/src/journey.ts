import { clamp } from './conditions';
import { compiledOrThrow, type Play, type StartOptions, startScenario } from './play';
import { type CarriedValues, PlayError } from './play-event';
import type { PlayResult } from './result';
import type { Journey, Outcome, Pack } from './schema';

/**
 * A journey: one case played across stages. Each step is a scenario; the journey's `carry` variables end
 * one step with values that become the next step's initial values (a carried number clamped to the next
 * step's range) — a coercive interview at identification comes back as a witness who will not testify.
 * An ending marked `closesCase` stops the journey there: the person is lost to protection, so the later
 * stages are not played.
 */

/** Where a finished journey stopped, and why. */
export interface JourneyStop {
  /** Index of the step (0-based) and its scenario. */
  step: number;
  scenario: string;
  /** The ending node reached. */
  node: string;
  /**
   * `case-closed`: the ending is marked `closesCase` (the person is lost to protection), so the journey
   * stopped there, before any later step; `last-step`: the last step reached an ending.
   */
  reason: 'case-closed' | 'last-step';
}

export interface JourneyResult {
  packId: string;
  packVersion: string;
  journeyId: string;
  /** True when the journey is over: every step reached an ending, or a step ended at an ending that closes the case. */
  complete: boolean;
  /** The results of the steps played so far, in order. */
  steps: PlayResult[];
  /** The values carried into each step played (the first step's are empty). */
  carried: CarriedValues[];
  /** The ending outcome of the last step played, once the journey is complete (a closing ending's, or the final step's). */
  outcome?: Outcome;
  /** Where and why the journey stopped, once it is complete. */
  stopped?: JourneyStop;
  /** Mean of the steps' overall scores (steps without one are left out); null when none has one. */
  overall: number | null;
  /** Every harmful choice of the journey, with its step's scenario. */
  harmful: { scenario: string; node: string; choice: string }[];
}

export interface JourneyPlay {
  readonly journey: Journey;
  /** Index of the current step in `journey.steps`. */
  readonly stepIndex: number;
  readonly scenarioId: string;
  /** The play of the current step. */
  readonly play: Play;
  /** The results of the steps finished so far (the current one included once it is done). */
  readonly results: readonly PlayResult[];
  /** True when the last step has reached its ending, or the current step an ending that closes the case. */
  readonly done: boolean;
  /**
   * Starts the next step with the carried values; throws a PlayError if the current step is not done, or
   * if the journey is over (last step, or an ending that closes the case: code `journey-over`).
   */
  next(): Play;
  result(): JourneyResult;
  stop(): void;
}

const q = (value: string) => JSON.stringify(value);

function journeyOrThrow(pack: Pack, journeyId: string): Journey {
  const journey = pack.journeys?.find((j) => j.id === journeyId);
  if (journey === undefined)
    throw new PlayError(
      'unknown-journey',
      `pack ${q(pack.id)} has no journey ${q(journeyId)}${pack.journeys?.length ? ` (its journeys: ${pack.journeys.map((j) => j.id).join(', ')})` : ''}`,
    );
  return journey;
}

/** True when the play result ended at an ending marked `closesCase`. */
function closedCase(pack: Pack, result: PlayResult): boolean {
  if (result.ending === undefined) return false;
  const node = pack.scenarios.find((scenario) => scenario.id === result.scenarioId)?.nodes[
    result.ending.node
  ];
  return node !== undefined && 'ending' in node && node.ending.closesCase === true;
}

/**
 * The values a finished step carries into the next one: each `carry` variable's final value, a number
 * clamped to the next scenario's `[min, max]`.
 */
export function carriedValues(
  pack: Pack,
  journey: Journey,
  previous: PlayResult,
  nextScenarioId: string,
): CarriedValues {
  const next = compiledOrThrow(pack, nextScenarioId);
  const carried: CarriedValues = {};
  for (const name of journey.carry ?? []) {
    const value = Object.hasOwn(previous.variables, name) ? previous.variables[name] : undefined;
    const declaration = Object.hasOwn(next.declarations, name) ? next.declarations[name] : undefined;
    if (value === undefined || declaration === undefined) continue;
    if (declaration.type === 'number') {
      if (typeof value === 'number') carried[name] = clamp(value, declaration.min, declaration.max);
    } else if (typeof value === 'boolean') carried[name] = value;
  }
  return carried;
}

/** Puts the results of a journey's steps together. */
export function journeyResult(pack: Pack, journeyId: string, steps: readonly PlayResult[]): JourneyResult {
  const journey = journeyOrThrow(pack, journeyId);
  const carried: CarriedValues[] = steps.map((step) => ({ ...(step.carry ?? {}) }));
  const overalls = steps.flatMap((step) => (step.scores.overall === null ? [] : [step.scores.overall]));
  // The first step that closed the case ends the journey: nothing may follow it.
  const closedAt = steps.findIndex((step) => step.complete && closedCase(pack, step));
  const played = closedAt === -1 ? journey.steps.length : closedAt + 1;
  const complete =
    steps.length === played &&
    steps.every((step, i) => step.complete && step.scenarioId === journey.steps[i]);
  const result: JourneyResult = {
    packId: pack.id,
    packVersion: pack.version,
    journeyId: journey.id,
    complete,
    steps: [...steps],
    carried,
    overall: overalls.length === 0 ? null : overalls.reduce((a, b) => a + b, 0) / overalls.length,
    harmful: steps.flatMap((step) => step.harmful.map((h) => ({ scenario: step.scenarioId, ...h }))),
  };
  const last = steps[steps.length - 1];
  if (complete && last?.ending !== undefined) {
    result.outcome = last.ending.outcome;
    result.stopped = {
      step: steps.length - 1,
      scenario: last.scenarioId,
      node: last.ending.node,
      reason: closedAt === -1 ? 'last-step' : 'case-closed',
    };
  }
  return result;
}

class JourneyRun implements JourneyPlay {
  readonly #pack: Pack;
  readonly journey: Journey;
  readonly #options: Pick<StartOptions, 'timers' | 'clock'>;
  readonly #finished: PlayResult[] = [];
  #index = 0;
  #play: Play;

  constructor(pack: Pack, journey: Journey, options: Pick<StartOptions, 'timers' | 'clock'>) {
    this.#pack = pack;
    this.journey = journey;
    this.#options = options;
    this.#play = startScenario(pack, journey.steps[0] as string, options);
  }

  get stepIndex() {
    return this.#index;
  }
  get scenarioId() {
    return this.journey.steps[this.#index] as string;
  }
  get play() {
    return this.#play;
  }
  get results(): readonly PlayResult[] {
    return this.#play.done ? [...this.#finished, this.#play.result()] : [...this.#finished];
  }
  get done() {
    return this.#play.done && (this.#index === this.journey.steps.length - 1 || this.#closed());
  }

  #closed(): boolean {
    return this.#play.done && closedCase(this.#pack, this.#play.result());
  }

  next(): Play {
    if (!this.#play.done)
      throw new PlayError(
        'journey-step-not-done',
        `step ${this.#index + 1} (${q(this.scenarioId)}) of journey ${q(this.journey.id)} has not reached an ending yet`,
      );
    if (this.#index + 1 >= this.journey.steps.length)
      throw new PlayError('journey-over', `journey ${q(this.journey.id)} is over; it has no further step`);
    if (this.#closed())
      throw new PlayError(
        'journey-over',
        `journey ${q(this.journey.id)} is over: step ${this.#index + 1} (${q(this.scenarioId)}) ended at ${q(this.#play.nodeId)}, which closes the case`,
      );
    const previous = this.#play.result();
    this.#finished.push(previous);
    this.#play.stop();
    this.#index++;
    const nextId = this.journey.steps[this.#index] as string;
    this.#play = startScenario(this.#pack, nextId, {
      ...this.#options,
      carry: carriedValues(this.#pack, this.journey, previous, nextId),
    });
    return this.#play;
  }

  result(): JourneyResult {
    return journeyResult(this.#pack, this.journey.id, this.#play.done ? this.results : this.#withCurrent());
  }

  #withCurrent(): PlayResult[] {
    return [...this.#finished, this.#play.result()];
  }

  stop(): void {
    this.#play.stop();
  }
}

/**
 * Starts a journey of a validated pack at its first step. Play each step through `journey.play`, then
 * `journey.next()` to carry the values into the next step.
 *
 * @example
 * const journey = startJourney(pack, 'ana-case');
 * journey.play.choose('separate'); // … until journey.play.done
 * journey.next();                  // the shelter step starts with the trust built at the border
 */
export function startJourney(
  pack: Pack,
  journeyId: string,
  options: Pick<StartOptions, 'timers' | 'clock'> = {},
): JourneyPlay {
  return new JourneyRun(pack, journeyOrThrow(pack, journeyId), options);
}
