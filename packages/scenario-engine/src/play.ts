import { type Language, localize } from '@ruta/curriculum';
import { type Actor, createActor } from 'xstate';
import { type CompiledNode, type CompiledScenario, compileScenario, type PlayContext } from './compile';
import { evaluateCondition, initialVariables, type Variables } from './conditions';
import { PlayError } from './play-error';
import type { CarriedValues, PlayEvent } from './play-event';
import {
  type Accommodations,
  accommodationNames,
  computeResult,
  type PlayResult,
  type PlayStep,
  usedAccommodations,
} from './result';
import { encodeEvents, saveFormatVersion } from './save-events';
import type { PlaySave } from './save-format';
import type { Node, Pack, Scenario } from './schema';

/** A clock for node timeouts (XState's clock shape; `SimulatedClock` from xstate fits). */
export interface Clock {
  setTimeout(fn: (...args: unknown[]) => void, timeout: number): unknown;
  clearTimeout(id: unknown): void;
}

/** A choice as the trainee sees it now: its id, its text in the reader's language, its referral if any. */
export interface OfferedChoice {
  id: string;
  text: string;
  referral?: string;
}

export interface StartOptions {
  /** Values carried in from an earlier scenario (a journey): they replace the declared initial values. */
  carry?: CarriedValues;
  /**
   * Whether node timeouts fire by themselves on a clock (default true). With `false` a timeout happens only
   * when `timeout()` (a `TIMEOUT` event) is sent — what replays and tests use.
   */
  timers?: boolean;
  /** The clock timeouts run on (default: the real one). XState's `SimulatedClock` fits. */
  clock?: Clock;
  /**
   * Accessibility accommodations in use from the start (e.g. `{ timerPaused: true }`): recorded in the result
   * and the save, never scored. Ones turned on during the play are recorded with `play.accommodate`.
   */
  accommodations?: Accommodations;
}

/** One scenario being played. Every accepted event is logged; a rejected one throws and changes nothing. */
export interface Play {
  readonly pack: Pack;
  readonly scenario: Scenario;
  /** The node the trainee is at. */
  readonly nodeId: string;
  readonly node: Node;
  /** The variable values now. */
  readonly variables: Variables;
  /** The indicators noted, in the order they were noted. */
  readonly notebook: readonly string[];
  /** The events accepted so far (the log a replay needs). */
  readonly events: readonly PlayEvent[];
  /** True once an ending is reached. */
  readonly done: boolean;
  /** The values carried in, if any. */
  readonly carry: CarriedValues | undefined;
  /** The accessibility accommodations used so far (only those used; `{}` when none). */
  readonly accommodations: Readonly<Accommodations>;
  /** The choices offered now (conditions evaluated), texts in `lang` (default: the pack's first language). */
  choices(lang?: Language): OfferedChoice[];
  /** Sends an event; throws a {@link PlayError} (and changes nothing) when the event is not allowed now. */
  send(event: PlayEvent): void;
  choose(choiceId: string): void;
  note(indicatorId: string): void;
  unnote(indicatorId: string): void;
  timeout(): void;
  /**
   * Records accessibility accommodations the trainee turned on (e.g. `{ timerPaused: true }` when the timer
   * pause is switched on mid-play). Not an event: it is not in `events`, changes no score, and a replay of the
   * events gives the same result. Once used, an accommodation stays recorded (`false` does not erase it).
   * Ignored once the play has ended or was stopped; throws a {@link PlayError} (`invalid-accommodations`) for
   * anything but an object of known names with true/false values.
   */
  accommodate(accommodations: Accommodations): void;
  /** The result so far (complete once `done`). */
  result(): PlayResult;
  /** A compact save of this play: resume it later with `resume`. */
  save(): PlaySave;
  /** Calls `listener` after every change (an accepted event or a timeout that fired); returns unsubscribe. */
  subscribe(listener: (play: Play) => void): () => void;
  /** Stops the play's clock; the play can still be read but accepts no more events. */
  stop(): void;
}

/**
 * The default clock: the host's timers, unreferenced where the host allows it (Node), so a pending node
 * timeout never keeps a command-line program alive.
 */
const hostClock: Clock = {
  setTimeout: (fn, timeout) => {
    const id = globalThis.setTimeout(fn, timeout) as unknown as { unref?: () => void };
    if (typeof id === 'object' && id !== null && typeof id.unref === 'function') id.unref();
    return id;
  },
  clearTimeout: (id) => globalThis.clearTimeout(id as Parameters<typeof clearTimeout>[0]),
};

const q = (value: string) => JSON.stringify(value);

function checkedCarry(
  compiled: CompiledScenario,
  carry: CarriedValues | undefined,
): CarriedValues | undefined {
  if (carry === undefined) return undefined;
  if (typeof carry !== 'object' || carry === null || Array.isArray(carry))
    throw new PlayError('invalid-carry', 'carried values must be an object: variable name → value');
  const out: CarriedValues = {};
  for (const name of Object.keys(carry)) {
    const declaration = Object.hasOwn(compiled.declarations, name) ? compiled.declarations[name] : undefined;
    const value = carry[name];
    if (declaration === undefined)
      throw new PlayError(
        'invalid-carry',
        `cannot carry ${q(name)} into scenario ${q(compiled.scenario.id)}: it declares no such variable`,
      );
    if (
      declaration.type === 'number'
        ? typeof value !== 'number' || !Number.isFinite(value)
        : typeof value !== 'boolean'
    )
      throw new PlayError(
        'invalid-carry',
        `cannot carry ${q(name)} = ${JSON.stringify(value)} into scenario ${q(compiled.scenario.id)}: it is a ${declaration.type} variable`,
      );
    out[name] = value as number | boolean;
  }
  return out;
}

/** The accommodations given, checked: an object of known names with true/false values. */
function checkedAccommodations(accommodations: unknown): Accommodations {
  if (typeof accommodations !== 'object' || accommodations === null || Array.isArray(accommodations))
    throw new PlayError(
      'invalid-accommodations',
      'accommodations must be an object such as { "timerPaused": true }',
    );
  const known: readonly string[] = accommodationNames;
  for (const [name, value] of Object.entries(accommodations)) {
    if (!known.includes(name))
      throw new PlayError(
        'invalid-accommodations',
        `unknown accommodation ${q(name)} (known: ${accommodationNames.join(', ')})`,
      );
    if (typeof value !== 'boolean' && value !== undefined)
      throw new PlayError('invalid-accommodations', `accommodation ${q(name)} must be true or false`);
  }
  return accommodations as Accommodations;
}

class ScenarioPlay implements Play {
  readonly #compiled: CompiledScenario;
  readonly #actor: Actor<CompiledScenario['machine']>;
  readonly #carry: CarriedValues | undefined;
  readonly #events: PlayEvent[] = [];
  readonly #steps: PlayStep[] = [];
  #current: CompiledNode;
  #context: PlayContext;
  #done: boolean;
  #stopped = false;
  readonly #clock: Clock | undefined;
  #timer: { id: unknown; node: string } | undefined;
  #listeners: Array<(play: Play) => void> | undefined;
  #eventsView: readonly PlayEvent[] | undefined;
  #notebookView: readonly string[] | undefined;
  #variablesView: [Variables, Variables] | undefined;

  #accommodations: Readonly<Accommodations> = Object.freeze({});

  constructor(compiled: CompiledScenario, options: StartOptions) {
    this.#compiled = compiled;
    this.#carry = checkedCarry(compiled, options.carry);
    if (options.accommodations !== undefined)
      this.#accommodations = Object.freeze(
        usedAccommodations(checkedAccommodations(options.accommodations)) ?? {},
      );
    const start = compiled.scenario.start;
    const input: PlayContext = {
      variables: initialVariables(compiled.declarations, this.#carry),
      noted: new Set(),
      visited: new Set([start]),
    };
    this.#actor = createActor(compiled.playMachine, { input });
    this.#current = compiled.nodes.get(start) as CompiledNode;
    this.#context = input;
    this.#done = this.#current.ending !== undefined;
    this.#clock =
      options.timers === false || !compiled.hasTimeouts ? undefined : (options.clock ?? hostClock);
    this.#actor.start();
    this.#armTimeout();
  }

  get pack(): Pack {
    return this.#compiled.pack;
  }
  get scenario(): Scenario {
    return this.#compiled.scenario;
  }
  get nodeId(): string {
    return this.#current.id;
  }
  get node(): Node {
    return this.#current.node;
  }
  get variables(): Variables {
    const variables = this.#context.variables;
    if (this.#variablesView?.[0] !== variables)
      this.#variablesView = [variables, Object.freeze({ ...variables })];
    return this.#variablesView[1];
  }
  get notebook(): readonly string[] {
    if (this.#notebookView === undefined) this.#notebookView = Object.freeze([...this.#context.noted]);
    return this.#notebookView;
  }
  get events(): readonly PlayEvent[] {
    if (this.#eventsView === undefined) this.#eventsView = Object.freeze(this.#events.slice());
    return this.#eventsView;
  }
  get done(): boolean {
    return this.#done;
  }
  get carry(): CarriedValues | undefined {
    return this.#carry === undefined ? undefined : { ...this.#carry };
  }
  get accommodations(): Readonly<Accommodations> {
    return this.#accommodations;
  }

  accommodate(accommodations: Accommodations): void {
    const used = usedAccommodations(checkedAccommodations(accommodations));
    if (used === undefined || this.#done || this.#stopped) return;
    const merged = { ...this.#accommodations, ...used };
    if (accommodationNames.every((name) => merged[name] === this.#accommodations[name])) return;
    this.#accommodations = Object.freeze(merged);
    const listeners = this.#listeners;
    if (listeners !== undefined) for (const listener of listeners.slice()) listener(this);
  }

  choices(lang?: Language): OfferedChoice[] {
    const fallback = this.#compiled.pack.languages[0] as Language;
    const language = lang ?? fallback;
    const offered: OfferedChoice[] = [];
    if (this.#done) return offered;
    for (const choice of this.#current.choices) {
      if (choice.when !== undefined && !evaluateCondition(choice.when, this.#context)) continue;
      const item: OfferedChoice = {
        id: choice.id,
        text: choice.text[language] ?? localize(choice.text, fallback),
      };
      if (choice.referral !== undefined) item.referral = choice.referral;
      offered.push(item);
    }
    return offered;
  }

  send(event: PlayEvent): void {
    if (typeof event !== 'object' || event === null)
      throw new PlayError(
        'invalid-event',
        'an event must be an object such as { "type": "CHOOSE", "choiceId": "…" }',
      );
    switch (event.type) {
      case 'CHOOSE':
        this.choose(event.choiceId);
        return;
      case 'NOTE':
        this.note(event.indicatorId);
        return;
      case 'UNNOTE':
        this.unnote(event.indicatorId);
        return;
      case 'TIMEOUT':
        this.timeout();
        return;
      default:
        throw new PlayError(
          'invalid-event',
          `unknown event type ${JSON.stringify((event as { type?: unknown }).type)}; expected CHOOSE, NOTE, UNNOTE or TIMEOUT`,
        );
    }
  }

  #assertOpen(type: PlayEvent['type'], id?: unknown) {
    if (!this.#done && !this.#stopped) return;
    const what = id === undefined ? type : `${type} ${q(String(id))}`;
    if (this.#done)
      throw new PlayError(
        'play-over',
        `the play has ended at ${q(this.#current.id)}; no more events are accepted (got ${what})`,
      );
    if (this.#stopped)
      throw new PlayError('play-stopped', `the play was stopped; no more events are accepted (got ${what})`);
  }

  choose(choiceId: string): void {
    this.#assertOpen('CHOOSE', choiceId);
    if (typeof choiceId !== 'string') throw new PlayError('invalid-event', 'CHOOSE needs a "choiceId" text');
    const from = this.#current;
    const choice = from.choiceById.get(choiceId);
    if (choice === undefined)
      throw new PlayError(
        'unknown-choice',
        `node ${q(from.id)} has no choice ${q(choiceId)} (its choices: ${from.choices.map((c) => c.id).join(', ')})`,
      );
    const before = this.#context;
    if (choice.when !== undefined && !evaluateCondition(choice.when, before))
      throw new PlayError(
        'choice-not-offered',
        `choice ${q(choiceId)} is not offered at node ${q(from.id)} now: its condition does not hold`,
      );
    // The step is recorded before the listeners hear of the change, so `result()` inside one includes it.
    this.#steps.push({ node: from.id, choice, before });
    this.#transition({ type: 'CHOOSE', choiceId });
  }

  timeout(): void {
    this.#assertOpen('TIMEOUT');
    const from = this.#current;
    if (from.timeout === undefined) throw new PlayError('no-timeout', `node ${q(from.id)} has no timeout`);
    const before = this.#context;
    this.#steps.push({ node: from.id, timeout: true, before });
    this.#transition({ type: 'TIMEOUT' });
  }

  note(indicatorId: string): void {
    this.#assertOpen('NOTE', indicatorId);
    if (typeof indicatorId !== 'string' || !this.#compiled.isIndicator(indicatorId))
      throw new PlayError(
        'unknown-indicator',
        `unknown indicator ${q(String(indicatorId))}: neither built in nor declared in pack ${q(this.#compiled.pack.id)}`,
      );
    if (this.#context.noted.has(indicatorId)) return;
    this.#transition({ type: 'NOTE', indicatorId });
  }

  unnote(indicatorId: string): void {
    this.#assertOpen('UNNOTE', indicatorId);
    if (typeof indicatorId !== 'string' || !this.#context.noted.has(indicatorId)) return;
    this.#transition({ type: 'UNNOTE', indicatorId });
  }

  #transition(event: PlayEvent) {
    this.#actor.send(event);
    this.#events.push(event);
    this.#sync();
  }

  /** Reads the actor's snapshot after a change and tells the listeners. */
  #sync() {
    const snapshot = this.#actor.getSnapshot();
    const context = snapshot.context.state;
    if (context.noted !== this.#context.noted) this.#notebookView = undefined;
    this.#context = context;
    const value = snapshot.value as string;
    this.#done = snapshot.status === 'done';
    if (value !== this.#current.id) {
      this.#current = this.#compiled.nodes.get(value) as CompiledNode;
      if (this.#clock !== undefined) this.#armTimeout();
    }
    this.#eventsView = undefined;
    const listeners = this.#listeners;
    if (listeners !== undefined) for (const listener of listeners.slice()) listener(this);
  }

  /** Starts the current node's timeout on the clock (and drops the previous node's), when timers are on. */
  #armTimeout() {
    const clock = this.#clock;
    if (clock === undefined) return;
    if (this.#timer !== undefined) {
      clock.clearTimeout(this.#timer.id);
      this.#timer = undefined;
    }
    const timeout = this.#current.timeout;
    if (timeout === undefined || this.#done || this.#stopped) return;
    const node = this.#current.id;
    const id = clock.setTimeout(() => {
      if (this.#timer?.id !== id) return;
      this.#timer = undefined;
      if (!this.#done && !this.#stopped && this.#current.id === node) this.timeout();
    }, timeout.seconds * 1000);
    this.#timer = { id, node };
  }

  result(): PlayResult {
    return computeResult(this.#compiled, {
      steps: this.#steps,
      final: this.#current,
      context: this.#context,
      events: this.#events,
      carry: this.#carry,
      done: this.#done,
      accommodations: this.#accommodations,
    });
  }

  save(): PlaySave {
    const save: PlaySave = {
      v: saveFormatVersion,
      pack: this.#compiled.pack.id,
      version: this.#compiled.pack.version,
      scenario: this.#compiled.scenario.id,
      events: encodeEvents(this.#events),
    };
    if (this.#carry !== undefined) save.carry = { ...this.#carry };
    const accommodations = usedAccommodations(this.#accommodations);
    if (accommodations !== undefined) save.accommodations = accommodations;
    return save;
  }

  subscribe(listener: (play: Play) => void): () => void {
    if (this.#listeners === undefined) this.#listeners = [];
    this.#listeners.push(listener);
    return () => {
      const listeners = this.#listeners;
      if (listeners === undefined) return;
      const index = listeners.indexOf(listener);
      if (index >= 0) listeners.splice(index, 1);
    };
  }

  stop(): void {
    if (this.#stopped) return;
    this.#stopped = true;
    if (this.#timer !== undefined) this.#clock?.clearTimeout(this.#timer.id);
    this.#timer = undefined;
    this.#actor.stop();
  }
}

/** Looks up and compiles a scenario, or throws a PlayError naming what is missing. */
export function compiledOrThrow(pack: Pack, scenarioId: string): CompiledScenario {
  // (A scenario that starts at or leads to a name that is not one of its nodes: a PlayError from the compiler.)
  const compiled = compileScenario(pack, scenarioId);
  if (compiled === undefined)
    throw new PlayError(
      'unknown-scenario',
      `pack ${q(pack.id)} has no scenario ${q(scenarioId)} (its scenarios: ${pack.scenarios.map((s) => s.id).join(', ')})`,
    );
  return compiled;
}

/**
 * Starts playing a scenario of a validated pack (from `parsePack`). Throws a {@link PlayError} when the pack
 * has no such scenario or a carried value does not fit.
 *
 * @example
 * const play = startScenario(pack, 'border-stop');
 * play.note('accompanied-controlled');
 * play.choose(play.choices()[0].id);
 */
export function startScenario(pack: Pack, scenarioId: string, options: StartOptions = {}): Play {
  return new ScenarioPlay(compiledOrThrow(pack, scenarioId), options);
}
