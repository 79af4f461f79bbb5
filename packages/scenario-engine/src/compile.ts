import { setup } from 'xstate';
import { applyEffects, evaluateCondition, type Variables } from './conditions';
import { builtinIndicatorIds } from './indicators';
import { PlayError } from './play-error';
import type { PlayEvent } from './play-event';
import type {
  Choice,
  Condition,
  Effect,
  EndingNode,
  Node,
  Pack,
  Scenario,
  StepNode,
  VariableDeclarations,
} from './schema';
import { isEnding } from './schema-plain';

/**
 * Compiles a scenario of a pack into an XState v5 machine. The pack is data; the behaviour is registered by
 * name in `setup({ guards, actions, delays })` and the machine refers to it with static params — no code from
 * the pack is ever evaluated. One state per node; a choice is a guarded `CHOOSE` transition; an ending is a
 * `final` state; a node's timeout is both a delayed transition (`after`) and an explicit `TIMEOUT` event, so a
 * logged play replays without a clock (a `Play` fires the `TIMEOUT` event from its own timer: `playMachine`).
 */

/** The state of a play that conditions look at: an immutable value, replaced (never changed) on each change. */
export interface PlayContext {
  readonly variables: Variables;
  readonly noted: ReadonlySet<string>;
  readonly visited: ReadonlySet<string>;
}

/**
 * The machine's context: a holder of the current {@link PlayContext}. The engine's named actions replace
 * `state` with a new immutable value instead of going through `assign`, which clones context and snapshot on
 * every step; this keeps a step's cost close to a bare `actor.send`. Every past `state` stays intact, so a
 * result can still evaluate what was offered at each decision.
 */
export interface MachineContext {
  state: PlayContext;
}

/** A node with what play needs precomputed: its choices by id and whether any is conditional. */
export interface CompiledNode {
  readonly id: string;
  readonly node: Node;
  readonly ending: EndingNode['ending'] | undefined;
  readonly choices: readonly Choice[];
  readonly choiceById: ReadonlyMap<string, Choice>;
  readonly conditional: boolean;
  readonly timeout: StepNode['timeout'];
  readonly present: readonly string[];
}

export interface CompiledScenario {
  readonly pack: Pack;
  readonly scenario: Scenario;
  readonly declarations: VariableDeclarations;
  readonly nodes: ReadonlyMap<string, CompiledNode>;
  /** Whether any condition of the scenario looks at visited nodes (if not, play need not track them). */
  readonly tracksVisited: boolean;
  /** Whether any node has a timeout (if not, play need not watch the clock). */
  readonly hasTimeouts: boolean;
  readonly isIndicator: (id: string) => boolean;
  /** The scenario as an XState machine: node timeouts are delayed transitions (`after`) and `TIMEOUT` events. */
  readonly machine: ReturnType<typeof buildMachine>;
  /**
   * The same machine without the delayed transitions, which a `Play` drives: a play fires a node's timeout
   * itself, with one timer per timed node, by sending the `TIMEOUT` event — the same transition, logged the
   * same way — and so spares every step the cost of XState scheduling and cancelling a delayed event.
   */
  readonly playMachine: ReturnType<typeof buildMachine>;
}

const noChoices: readonly Choice[] = [];
const noIds: readonly string[] = [];

function usesVisited(condition: Condition): boolean {
  if ('visited' in condition) return true;
  if ('all' in condition) return condition.all.some(usesVisited);
  if ('any' in condition) return condition.any.some(usesVisited);
  if ('not' in condition) return usesVisited(condition.not);
  return false;
}

interface ChooseParams {
  readonly choiceId: string;
  readonly when: Condition | undefined;
}
interface ArriveParams {
  readonly to: string;
  readonly effects: readonly Effect[] | undefined;
}

function buildMachine(
  scenario: Scenario,
  declarations: VariableDeclarations,
  tracksVisited: boolean,
  delayed: boolean,
) {
  const arrive = (context: PlayContext, params: ArriveParams): PlayContext => {
    const variables = applyEffects(params.effects, context.variables, declarations);
    const visited =
      tracksVisited && !context.visited.has(params.to)
        ? new Set(context.visited).add(params.to)
        : context.visited;
    return variables === context.variables && visited === context.visited
      ? context
      : { variables, noted: context.noted, visited };
  };
  const delays: Record<string, number> = {};
  const needsArrive = (effects: readonly Effect[] | undefined) =>
    tracksVisited || (effects !== undefined && effects.length > 0);

  const states: Record<string, object> = {};
  for (const [id, node] of Object.entries(scenario.nodes)) {
    if (isEnding(node)) {
      states[id] = { type: 'final' };
      continue;
    }
    const on: Record<string, unknown> = {
      CHOOSE: node.choices.map((choice) => ({
        target: choice.to,
        guard: { type: 'choiceOffered', params: { choiceId: choice.id, when: choice.when } },
        actions: needsArrive(choice.effects)
          ? [{ type: 'arrive', params: { to: choice.to, effects: choice.effects } }]
          : [],
      })),
    };
    const state: Record<string, unknown> = { on };
    if (node.timeout !== undefined) {
      const timeoutTransition = {
        target: node.timeout.to,
        actions: tracksVisited
          ? [{ type: 'arrive', params: { to: node.timeout.to, effects: undefined } }]
          : [],
      };
      on.TIMEOUT = timeoutTransition;
      const delay = `timeout:${id}`;
      delays[delay] = node.timeout.seconds * 1000;
      if (delayed) state.after = { [delay]: timeoutTransition };
    }
    states[id] = state;
  }

  const machineSetup = setup({
    types: {
      context: {} as MachineContext,
      events: {} as PlayEvent,
      input: {} as PlayContext,
    },
    guards: {
      /** The event chooses this choice and its `when` condition holds. */
      choiceOffered: ({ context, event }, params: ChooseParams) =>
        event.type === 'CHOOSE' &&
        event.choiceId === params.choiceId &&
        (params.when === undefined || evaluateCondition(params.when, context.state)),
    },
    actions: {
      /** Applies a choice's effects (or a timeout's arrival) and records the node reached. */
      arrive: ({ context }, params: ArriveParams) => {
        context.state = arrive(context.state, params);
      },
      /** Adds an indicator to the notebook. */
      note: ({ context, event }) => {
        const { state } = context;
        if (event.type !== 'NOTE' || state.noted.has(event.indicatorId)) return;
        context.state = { ...state, noted: new Set(state.noted).add(event.indicatorId) };
      },
      /** Removes an indicator from the notebook. */
      unnote: ({ context, event }) => {
        const { state } = context;
        if (event.type !== 'UNNOTE' || !state.noted.has(event.indicatorId)) return;
        const noted = new Set(state.noted);
        noted.delete(event.indicatorId);
        context.state = { ...state, noted };
      },
    },
    delays,
  });

  return machineSetup.createMachine({
    id: scenario.id,
    initial: scenario.start,
    context: ({ input }) => ({ state: input }),
    on: {
      NOTE: { actions: 'note' },
      UNNOTE: { actions: 'unnote' },
    },
    // The state graph is built from the pack's data, so its shape is only known at run time.
    states: states as never,
  });
}

/**
 * A pack that skipped validation may name a node it does not declare (even one every object inherits, such
 * as "constructor", which XState would otherwise resolve to nothing and stay put): refused before a machine
 * is built, with a PlayError.
 */
function checkNodeNames(pack: Pack, scenario: Scenario): void {
  const q = (value: string) => JSON.stringify(value);
  const refuse = (where: string, name: string) => {
    throw new PlayError(
      'invalid-pack',
      `scenario ${q(scenario.id)} of pack ${q(pack.id)} ${where} ${q(name)}, which is not one of its nodes; validate the pack with validatePack first`,
    );
  };
  const own = (name: string) => typeof name === 'string' && Object.hasOwn(scenario.nodes, name);
  if (!own(scenario.start)) refuse('starts at', scenario.start);
  for (const [id, node] of Object.entries(scenario.nodes)) {
    if (isEnding(node)) continue;
    for (const choice of node.choices) if (!own(choice.to)) refuse(`leads from ${q(id)} to`, choice.to);
    if (node.timeout !== undefined && !own(node.timeout.to))
      refuse(`times out from ${q(id)} to`, node.timeout.to);
  }
}

function compile(pack: Pack, scenario: Scenario): CompiledScenario {
  checkNodeNames(pack, scenario);
  const declarations = scenario.variables ?? {};
  const nodes = new Map<string, CompiledNode>();
  let tracksVisited = false;
  for (const [id, node] of Object.entries(scenario.nodes)) {
    const choices = isEnding(node) ? noChoices : node.choices;
    let conditional = false;
    for (const choice of choices) {
      if (choice.when !== undefined) {
        conditional = true;
        if (usesVisited(choice.when)) tracksVisited = true;
      }
    }
    nodes.set(id, {
      id,
      node,
      ending: isEnding(node) ? node.ending : undefined,
      choices,
      choiceById: new Map(choices.map((choice) => [choice.id, choice])),
      conditional,
      timeout: isEnding(node) ? undefined : node.timeout,
      present: node.present ?? noIds,
    });
  }
  const packIndicators = new Set((pack.indicators ?? []).map((indicator) => indicator.id));
  return {
    pack,
    scenario,
    declarations,
    nodes,
    tracksVisited,
    hasTimeouts: [...nodes.values()].some((node) => node.timeout !== undefined),
    isIndicator: (id) => builtinIndicatorIds.has(id) || packIndicators.has(id),
    machine: buildMachine(scenario, declarations, tracksVisited, true),
    playMachine: buildMachine(scenario, declarations, tracksVisited, false),
  };
}

const cache = new WeakMap<Pack, Map<string, CompiledScenario>>();

/**
 * The compiled form of a scenario, built once per (pack, scenario) and cached for as long as the pack object
 * lives. Returns undefined when the pack has no such scenario; throws a `PlayError` (`invalid-pack`) when the
 * scenario starts at or leads to a name that is not one of its nodes (a pack that skipped validation).
 */
export function compileScenario(pack: Pack, scenarioId: string): CompiledScenario | undefined {
  let byScenario = cache.get(pack);
  if (byScenario === undefined) {
    byScenario = new Map();
    cache.set(pack, byScenario);
  }
  const cached = byScenario.get(scenarioId);
  if (cached !== undefined) return cached;
  const scenario = pack.scenarios.find((s) => s.id === scenarioId);
  if (scenario === undefined) return undefined;
  const compiled = compile(pack, scenario);
  byScenario.set(scenarioId, compiled);
  return compiled;
}
