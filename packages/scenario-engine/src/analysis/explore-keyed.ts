import { applyEffects, evaluateCondition, type Variables } from '../conditions';
import type { Effect, VariableValue } from '../schema';
import { choiceNoted, effectTarget } from './compile';
import { type ExploreInput, maxNotedAtoms, type SoftLock, type StateGraph } from './explore';
import { isLive } from './liveness';

/**
 * The general explorer: states keyed by strings (node, values, visited bits), variables as objects. It
 * handles any pack; `explore-encoded.ts` does the same faster when every tracked variable takes few values.
 * Dead parts of a state (see `liveness.ts`) are reset to the first start's values and to "not visited".
 */

const noVisits: ReadonlySet<string> = new Set();

/** The notebook in which exactly the atoms whose bit is set in `mask` are noted. */
function notebook(
  atoms: readonly string[],
  enumerated: number,
  mask: number,
): (indicator: string) => boolean {
  return (indicator) => {
    const bit = atoms.indexOf(indicator);
    return bit >= 0 && bit < enumerated && (mask & (1 << bit)) !== 0;
  };
}

function valueKey(values: Variables, tracked: readonly string[]): string {
  let key = '';
  for (const name of tracked) {
    const value = values[name];
    key += value === true ? 't,' : value === false ? 'f,' : `${value},`;
  }
  return key;
}

export function exploreKeyed(input: ExploreInput): StateGraph {
  const { scenario, tracked, maxStates, starts, live } = input;
  const trackedSet = new Set(tracked);
  const effectsCache = new Map<number, readonly Effect[]>();
  const effectsOf = (c: number): readonly Effect[] => {
    let effects = effectsCache.get(c);
    if (effects === undefined) {
      effects = scenario.effectLists[scenario.choiceEffects[c]!]!.filter((effect) =>
        trackedSet.has(effectTarget(effect)),
      );
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

  // Dead tracked variables and visited bits of each node (slots as in `liveness.ts`), for the projection.
  const standIn = starts[0] ?? {};
  const deadVariables: (readonly string[] | undefined)[] = new Array(scenario.ids.length);
  const deadBits: (readonly number[] | undefined)[] = new Array(scenario.ids.length);
  for (let v = 0; v < scenario.ids.length; v++) {
    const variables = tracked.filter((_, k) => !isLive(live, v, k));
    if (variables.length > 0) deadVariables[v] = variables;
    const bits: number[] = [];
    for (let slot = 0; slot < atoms.length; slot++)
      if (!isLive(live, v, tracked.length + slot)) bits.push(slot);
    if (bits.length > 0) deadBits[v] = bits;
  }
  const project = (nodeIndex: number, vals: Variables, valKey: string): [Variables, string] => {
    const dead = deadVariables[nodeIndex];
    if (dead === undefined) return [vals, valKey];
    let projected: Record<string, VariableValue> | undefined;
    for (const name of dead)
      if (vals[name] !== standIn[name]) {
        projected ??= { ...vals };
        projected[name] = standIn[name]!;
      }
    return projected === undefined ? [vals, valKey] : [projected, valueKey(projected, tracked)];
  };

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
    const deadSlots = deadBits[nodeIndex];
    if (deadSlots !== undefined)
      for (const dead of deadSlots)
        if (nextBits[dead] === '1') nextBits = `${nextBits.slice(0, dead)}0${nextBits.slice(dead + 1)}`;
    [vals, valKey] = project(nodeIndex, vals, valKey);
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
    // The bound: no state beyond `maxStates` (the caller stops and leaves the current state unexpanded).
    if (node.length >= maxStates) return -1;
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

  const roots: number[] = [];
  if (scenario.start >= 0)
    for (const start of starts) {
      const initial: Record<string, VariableValue> = {};
      for (const name of tracked) initial[name] = start[name]!;
      roots.push(
        enter(scenario.start, initial, valueKey(initial, tracked), '0'.repeat(atoms.length), -1, -1),
      );
    }

  let expanded = 0;
  const offered: boolean[] = [];
  // State s needed a state beyond the bound: undo its moves; it stays on the unexplored frontier.
  const overflow = (s: number) => {
    edgeTarget.length = edgeStart[s]!;
    edgeChoice.length = edgeStart[s]!;
    edgeStart.length = s;
    reason = 'max-states';
  };
  expansion: for (; expanded < node.length; expanded++) {
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
      let visited: ReadonlySet<string> = noVisits;
      if (atoms.length > 0) {
        const set = new Set<string>();
        for (let slot = 0; slot < atoms.length; slot++)
          if (bits[slot] === '1') set.add(scenario.ids[atoms[slot]!]!);
        visited = set;
      }
      // A choice is offered if some notebook makes its condition true: enumerate its own noted atoms.
      for (let c = first; c < last; c++) {
        const id = scenario.choiceCondition[c]!;
        const when = id < 0 ? undefined : scenario.conditions[id];
        if (when === undefined) {
          offered[c - first] = true;
          continue;
        }
        const own = choiceNoted(scenario, c);
        if (own.length > maxNotedAtoms) reason ??= 'too-many-noted-indicators';
        const enumerated = Math.min(own.length, maxNotedAtoms);
        for (let mask = 0; mask < 1 << enumerated; mask++)
          if (evaluateCondition(when, { variables: vals, noted: notebook(own, enumerated, mask), visited })) {
            offered[c - first] = true;
            break;
          }
      }
      // The step can offer nothing only when every choice is guarded and there is no timeout: look for a
      // notebook under which every condition is false.
      if (scenario.allGuarded[v] === 1 && scenario.hasTimeout[v] === 0) {
        const notedAtoms = scenario.notedAtoms[v]!;
        if (notedAtoms.length > maxNotedAtoms) reason ??= 'too-many-noted-indicators';
        const enumerated = Math.min(notedAtoms.length, maxNotedAtoms);
        for (let mask = 0; mask < 1 << enumerated; mask++) {
          const state = { variables: vals, noted: notebook(notedAtoms, enumerated, mask), visited };
          let any = false;
          for (let c = first; c < last && !any; c++)
            any = evaluateCondition(scenario.conditions[scenario.choiceCondition[c]!]!, state);
          if (!any) {
            softLocks.push({ state: s, noted: notedAtoms.filter((_, bit) => (mask & (1 << bit)) !== 0) });
            break;
          }
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
      const target = enter(to, nextVals, nextKey, visitedBits[s]!, s, edge);
      if (target < 0) {
        overflow(s);
        break expansion;
      }
      edgeTarget[edge] = target;
    }
    const timeoutTo = scenario.timeout[v]!;
    if (timeoutTo >= 0) {
      const edge = edgeTarget.length;
      edgeChoice.push(-1);
      edgeTarget.push(-1);
      const target = enter(timeoutTo, vals, valueKeys[s]!, visitedBits[s]!, s, edge);
      if (target < 0) {
        overflow(s);
        break;
      }
      edgeTarget[edge] = target;
    }
  }
  edgeStart.push(edgeTarget.length);
  return {
    scenario,
    tracked,
    roots,
    node,
    valuesAt: (state) => values[state]!,
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
