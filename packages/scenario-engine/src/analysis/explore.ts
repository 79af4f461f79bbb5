import { applyEffects, initialVariables, type Variables } from '../conditions';
import type { Scenario } from '../schema';
import type { CompiledScenario } from './compile';
import { type Encoding, exploreEncoded, valueDomains } from './explore-encoded';
import { exploreKeyed } from './explore-keyed';
import { type Liveness, liveness } from './liveness';
import type { VariableValues } from './report';

/**
 * Exploration of a scenario's guarded state space, breadth first, up to a bound.
 *
 * A state is (node, values of the tracked variables, which `visited`-named nodes have been visited), with
 * the parts that are dead at the node (no condition play can still evaluate reads them: see `liveness.ts`)
 * reset to a fixed value, so that states differing only there are one. The notebook is not part of the
 * state: NOTE and UNNOTE are allowed at every step, so before each choice the trainee can have noted any set
 * of indicators. At a guarded step the choices are therefore evaluated under every assignment of the
 * indicators its conditions name: a choice is an edge when some assignment offers it, and the step is a
 * soft-lock when some assignment offers nothing and there is no timeout.
 *
 * Two explorers: `explore-encoded.ts` numbers each state (node and a mixed-radix code of the values, when
 * every tracked variable takes few enough values; it also merges values no condition or effect can tell
 * apart), `explore-keyed.ts` keys states by strings (any pack). Both give the same moves between the same
 * nodes, so the same checks and figures.
 */

/** More `noted` atoms than this at one step are not enumerated exhaustively (2^12 notebooks). */
export const maxNotedAtoms = 12;

export interface SoftLock {
  readonly state: number;
  /** The indicators assumed noted when no choice is offered (the others are assumed not noted). */
  readonly noted: readonly string[];
}

export interface StateGraph {
  readonly scenario: CompiledScenario;
  readonly tracked: readonly string[];
  /** The start state of each initial valuation (in order; equal valuations share a state). State 0 is the first. */
  readonly roots: readonly number[];
  /** Node index of each state. */
  readonly node: ArrayLike<number>;
  /**
   * Values of the tracked variables in a state. Only the variables live at the state's node are play's
   * values; a dead one holds a fixed stand-in (see `liveness.ts`). Use `valuesAlong` for a path's values.
   */
  readonly valuesAt: (state: number) => Variables;
  /** Outgoing edges of state s are `edgeTarget[edgeStart[s] .. edgeStart[s + 1])` for s < expanded. */
  readonly edgeStart: ArrayLike<number>;
  readonly edgeTarget: ArrayLike<number>;
  /** Choice of each edge (an index into the scenario's choices, in order), or -1 for a timeout. */
  readonly edgeChoice: ArrayLike<number>;
  /** States 0 … expanded-1 had all their edges computed; later ones are the unexplored frontier. */
  readonly expanded: number;
  /** The state and edge a state was first reached by (breadth first, so a shortest way in). */
  readonly parentState: ArrayLike<number>;
  readonly parentEdge: ArrayLike<number>;
  readonly softLocks: SoftLock[];
  /** False when `maxStates` stopped the exploration or a step named too many indicators to enumerate. */
  readonly exhaustive: boolean;
  readonly reason: 'max-states' | 'too-many-noted-indicators' | undefined;
}

export interface ExploreOptions {
  /** Initial values of the tracked variables; several for several starts (a journey step's carried values). */
  readonly initial: Variables | readonly Variables[];
  /** Variables to keep in the state (at least those conditions read). */
  readonly tracked: readonly string[];
  /** Tracked variables whose values matter at the endings (a journey's carried ones): live there. */
  readonly keptAtEndings?: readonly string[];
  readonly maxStates: number;
}

/** What both explorers are given. */
export interface ExploreInput {
  readonly scenario: CompiledScenario;
  readonly tracked: readonly string[];
  readonly starts: readonly Variables[];
  readonly live: Liveness;
  readonly maxStates: number;
}

/**
 * Explores the state space. `prepared` passes the liveness and value domains when the caller has already
 * computed them for the same options.
 */
export function explore(
  scenario: CompiledScenario,
  options: ExploreOptions,
  prepared?: { live: Liveness; encoding: Encoding | undefined },
): StateGraph {
  const starts: readonly Variables[] = Array.isArray(options.initial)
    ? options.initial
    : [options.initial as Variables];
  const input: ExploreInput = {
    scenario,
    tracked: options.tracked,
    starts,
    live: prepared?.live ?? liveness(scenario, options.tracked, options.keptAtEndings ?? []),
    maxStates: options.maxStates,
  };
  const domains =
    prepared !== undefined
      ? prepared.encoding
      : valueDomains(scenario, options.tracked, starts, options.keptAtEndings);
  return domains === undefined ? exploreKeyed(input) : exploreEncoded(input, domains);
}

/**
 * The values of the tracked variables when play follows the breadth-first way in to `state` (from its
 * root's initial values, applying every choice's effects): actual values of a real play reaching that state.
 */
export function valuesAlong(graph: StateGraph, state: number, initial: Variables): VariableValues {
  const chain: number[] = [];
  for (let s = state; graph.parentState[s]! >= 0; s = graph.parentState[s]!) chain.push(graph.parentEdge[s]!);
  let values: Variables = initial;
  for (let i = chain.length - 1; i >= 0; i--) {
    const choice = graph.edgeChoice[chain[i]!]!;
    if (choice >= 0)
      values = applyEffects(
        graph.scenario.effectLists[graph.scenario.choiceEffects[choice]!],
        values,
        graph.scenario.declarations,
      );
  }
  const out: VariableValues = {};
  for (const name of graph.tracked) out[name] = values[name]!;
  return out;
}

/** The initial values of the tracked variables, optionally with carried values laid over them. */
export function trackedInitial(
  scenario: Scenario,
  tracked: readonly string[],
  carry?: VariableValues,
): Variables {
  const all = initialVariables(scenario.variables, carry);
  const out: VariableValues = {};
  for (const name of tracked) out[name] = all[name]!;
  return out;
}

export function protectedReachable(graph: StateGraph): boolean {
  for (let s = 0; s < graph.node.length; s++)
    if (graph.scenario.ending[graph.node[s]!] === 'protected') return true;
  return false;
}
