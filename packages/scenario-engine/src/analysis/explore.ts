import { applyEffects, evaluateCondition, initialVariables, type Variables } from '../conditions';
import type { Effect, Scenario, VariableValue } from '../schema';
import { type CompiledScenario, effectTarget } from './compile';
import type { VariableValues } from './report';

/**
 * Exploration of a scenario's guarded state space, breadth first, up to a bound.
 *
 * A state is (node, values of the tracked variables, which `visited`-named nodes have been visited). The
 * notebook is not part of the state: NOTE and UNNOTE are allowed at every step, so before each choice the
 * trainee can have noted any set of indicators. At a guarded step the choices are therefore evaluated under
 * every assignment of the indicators its conditions name: a choice is an edge when some assignment offers
 * it, and the step is a soft-lock when some assignment offers nothing and there is no timeout.
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
  /** Node index of each state; state 0 is the start. */
  readonly node: number[];
  /** Values of the tracked variables in each state. */
  readonly values: Variables[];
  /** Outgoing edges of state s are `edgeTarget[edgeStart[s] .. edgeStart[s + 1])` for s < expanded. */
  readonly edgeStart: number[];
  readonly edgeTarget: number[];
  /** Choice of each edge (an index into `scenario.choices`), or -1 for a timeout. */
  readonly edgeChoice: number[];
  /** States 0 … expanded-1 had all their edges computed; later ones are the unexplored frontier. */
  readonly expanded: number;
  /** The state and edge a state was first reached by (breadth first, so a shortest way in). */
  readonly parentState: number[];
  readonly parentEdge: number[];
  readonly softLocks: SoftLock[];
  /** False when `maxStates` stopped the exploration or a step named too many indicators to enumerate. */
  readonly exhaustive: boolean;
  readonly reason: 'max-states' | 'too-many-noted-indicators' | undefined;
}

export interface ExploreOptions {
  /** Initial values of the tracked variables. */
  readonly initial: Variables;
  /** Variables to keep in the state (at least those conditions read). */
  readonly tracked: readonly string[];
  readonly maxStates: number;
}

function valueKey(values: Variables, tracked: readonly string[]): string {
  let key = '';
  for (const name of tracked) {
    const value = values[name];
    key += value === true ? 't,' : value === false ? 'f,' : `${value},`;
  }
  return key;
}

export function explore(scenario: CompiledScenario, options: ExploreOptions): StateGraph {
  const { tracked, maxStates } = options;
  const trackedSet = new Set(tracked);
  const readSet = new Set(scenario.readVariables);
  const sameTracking = tracked.length === readSet.size && tracked.every((name) => readSet.has(name));
  const effectsCache = new Map<number, readonly Effect[]>();
  const effectsOf = (c: number): readonly Effect[] => {
    if (sameTracking) return scenario.readEffects[c]!;
    let effects = effectsCache.get(c);
    if (effects === undefined) {
      effects = (scenario.choices[c]!.effects ?? []).filter((effect) => trackedSet.has(effectTarget(effect)));
      effectsCache.set(c, effects);
    }
    return effects;
  };

  const atoms = scenario.visitedAtoms;
  const atomSlot = new Map<number, number>();
  atoms.forEach((nodeIndex, slot) => {
    atomSlot.set(nodeIndex, slot);
  });
  const simple = tracked.length === 0 && atoms.length === 0;
  const byNode = simple ? new Int32Array(scenario.ids.length).fill(-1) : undefined;
  const byKey = simple ? undefined : new Map<string, number>();

  const node: number[] = [];
  const values: Variables[] = [];
  const valueKeys: string[] = [];
  const visitedBits: string[] = [];
  const parentState: number[] = [];
  const parentEdge: number[] = [];
  const edgeStart: number[] = [];
  const edgeTarget: number[] = [];
  const edgeChoice: number[] = [];
  const softLocks: SoftLock[] = [];
  let reason: StateGraph['reason'];

  const initial: Record<string, VariableValue> = {};
  for (const name of tracked) initial[name] = options.initial[name]!;

  const enter = (
    nodeIndex: number,
    vals: Variables,
    valKey: string,
    bits: string,
    from: number,
    edge: number,
  ): number => {
    let nextBits = bits;
    const slot = atomSlot.get(nodeIndex);
    if (slot !== undefined && bits[slot] === '0') nextBits = `${bits.slice(0, slot)}1${bits.slice(slot + 1)}`;
    let id: number | undefined;
    let key = '';
    if (byNode !== undefined) {
      id = byNode[nodeIndex]!;
      if (id < 0) id = undefined;
    } else {
      key = `${nodeIndex}|${valKey}|${nextBits}`;
      id = byKey!.get(key);
    }
    if (id !== undefined) return id;
    id = node.length;
    if (byNode !== undefined) byNode[nodeIndex] = id;
    else byKey!.set(key, id);
    node.push(nodeIndex);
    values.push(vals);
    valueKeys.push(valKey);
    visitedBits.push(nextBits);
    parentState.push(from);
    parentEdge.push(edge);
    return id;
  };

  if (scenario.start >= 0)
    enter(scenario.start, initial, valueKey(initial, tracked), '0'.repeat(atoms.length), -1, -1);

  let expanded = 0;
  const offered: boolean[] = [];
  for (; expanded < node.length; expanded++) {
    if (node.length >= maxStates && expanded < node.length) {
      reason = 'max-states';
      break;
    }
    const s = expanded;
    edgeStart.push(edgeTarget.length);
    const v = node[s]!;
    if (scenario.ending[v] !== undefined) continue;
    const vals = values[s]!;
    const first = scenario.choiceStart[v]!;
    const last = scenario.choiceStart[v + 1]!;
    offered.length = last - first;
    if (scenario.guarded[v] === 0) {
      offered.fill(true);
    } else {
      offered.fill(false);
      const bits = visitedBits[s]!;
      const visited = new Set<string>();
      for (let slot = 0; slot < atoms.length; slot++)
        if (bits[slot] === '1') visited.add(scenario.ids[atoms[slot]!]!);
      const notedAtoms = scenario.notedAtoms[v]!;
      if (notedAtoms.length > maxNotedAtoms) reason ??= 'too-many-noted-indicators';
      const enumerated = Math.min(notedAtoms.length, maxNotedAtoms);
      let softLockRecorded = false;
      for (let mask = 0; mask < 1 << enumerated; mask++) {
        const noted = (indicator: string) => {
          const bit = notedAtoms.indexOf(indicator);
          return bit >= 0 && bit < enumerated && (mask & (1 << bit)) !== 0;
        };
        const state = { variables: vals, noted, visited };
        let any = false;
        for (let c = first; c < last; c++) {
          const when = scenario.choices[c]!.when;
          if (when === undefined || evaluateCondition(when, state)) {
            offered[c - first] = true;
            any = true;
          }
        }
        if (!any && scenario.hasTimeout[v] === 0 && !softLockRecorded) {
          softLockRecorded = true;
          softLocks.push({ state: s, noted: notedAtoms.filter((_, bit) => (mask & (1 << bit)) !== 0) });
        }
      }
    }
    for (let c = first; c < last; c++) {
      if (!offered[c - first]) continue;
      const to = scenario.choiceTo[c]!;
      if (to < 0) continue;
      const effects = effectsOf(c);
      let nextVals = vals;
      let nextKey = valueKeys[s]!;
      if (effects.length > 0) {
        nextVals = applyEffects(effects, vals, scenario.declarations);
        nextKey = valueKey(nextVals, tracked);
      }
      const edge = edgeTarget.length;
      edgeChoice.push(c);
      edgeTarget.push(-1);
      edgeTarget[edge] = enter(to, nextVals, nextKey, visitedBits[s]!, s, edge);
    }
    const timeoutTo = scenario.timeout[v]!;
    if (timeoutTo >= 0) {
      const edge = edgeTarget.length;
      edgeChoice.push(-1);
      edgeTarget.push(-1);
      edgeTarget[edge] = enter(timeoutTo, vals, valueKeys[s]!, visitedBits[s]!, s, edge);
    }
  }
  edgeStart.push(edgeTarget.length);
  return {
    scenario,
    tracked,
    node,
    values,
    edgeStart,
    edgeTarget,
    edgeChoice,
    expanded,
    parentState,
    parentEdge,
    softLocks,
    exhaustive: reason === undefined,
    reason,
  };
}

/** The tracked values of a state as a plain object (a copy, safe to serialise). */
export function valuesOf(graph: StateGraph, state: number): VariableValues {
  const out: VariableValues = {};
  const values = graph.values[state]!;
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
