import type { Condition } from '../schema';
import type { CompiledScenario } from './compile';
import { acyclicNodeComponents } from './paths';

/**
 * Live-variable analysis over a scenario's node graph: at each node, which parts of the explored state can
 * still make a difference. A state is (node, tracked variable values, visited bits of the nodes `visited`
 * conditions name); a part of it is *live* at node v when some condition that play can still evaluate from
 * v (at v or after it) reads it before an effect overwrites it. Two states at the same node that differ only
 * in dead parts offer the same choices now and forever after, and lead through the same moves to the same
 * nodes: they are merged (the dead parts are reset to a fixed value). The moves, and so every check and
 * figure, stay exactly those of actual play.
 *
 * Backward dataflow, to a fixed point (a worklist, so loops are handled):
 *   live(v) = reads(v) ∪ ⋃ over the moves v → t of (live(t) \ killed(move))
 * where reads(v) are the variables and visited-named nodes of v's conditions (and, at an ending, what the
 * caller keeps there: a journey's carried variables), a choice kills the variables it `set`s (an `add`
 * reads its variable, so it kills nothing), and entering t kills t's own visited bit (it is set on entry).
 *
 * Slots: tracked variable k is slot k; visited-named node `visitedAtoms[j]` is slot `tracked.length + j`.
 */
export interface Liveness {
  /** Words per node of the `live` bitset. */
  readonly words: number;
  /** Bit `slot` of node v's set is `live[v * words + (slot >>> 5)] & (1 << (slot & 31))`. */
  readonly live: Uint32Array;
}

function readsOf(
  condition: Condition,
  slotOfVariable: ReadonlyMap<string, number>,
  slotOfVisited: ReadonlyMap<string, number>,
  out: (slot: number) => void,
): void {
  if ('var' in condition) {
    const slot = slotOfVariable.get(condition.var);
    if (slot !== undefined) out(slot);
  } else if ('visited' in condition) {
    const slot = slotOfVisited.get(condition.visited);
    if (slot !== undefined) out(slot);
  } else if ('all' in condition) {
    for (const part of condition.all) readsOf(part, slotOfVariable, slotOfVisited, out);
  } else if ('any' in condition) {
    for (const part of condition.any) readsOf(part, slotOfVariable, slotOfVisited, out);
  } else if ('not' in condition) readsOf(condition.not, slotOfVariable, slotOfVisited, out);
}

export function liveness(
  scenario: CompiledScenario,
  tracked: readonly string[],
  keptAtEndings: readonly string[],
): Liveness {
  const n = scenario.ids.length;
  const atoms = scenario.visitedAtoms;
  const slots = tracked.length + atoms.length;
  const words = Math.max(1, Math.ceil(slots / 32));
  const live = new Uint32Array(n * words);
  if (slots === 0) return { words, live };
  const slotOfVariable = new Map<string, number>();
  tracked.forEach((name, k) => {
    slotOfVariable.set(name, k);
  });
  const slotOfVisited = new Map<string, number>();
  const atomSlotOfNode = new Int32Array(n).fill(-1);
  atoms.forEach((nodeIndex, j) => {
    slotOfVisited.set(scenario.ids[nodeIndex]!, tracked.length + j);
    atomSlotOfNode[nodeIndex] = tracked.length + j;
  });

  // What each distinct condition reads and what each distinct list of effects sets; then reads(v).
  const conditionReads = new Uint32Array(scenario.conditions.length * words);
  let base = 0;
  const mark = (slot: number) => {
    conditionReads[base + (slot >>> 5)]! |= 1 << (slot & 31);
  };
  scenario.conditions.forEach((condition, i) => {
    base = i * words;
    readsOf(condition, slotOfVariable, slotOfVisited, mark);
  });
  const kills = new Uint32Array(scenario.effectLists.length * words);
  scenario.effectLists.forEach((effects, i) => {
    for (const effect of effects) {
      if (!('set' in effect)) continue;
      const slot = slotOfVariable.get(effect.set);
      if (slot !== undefined) kills[i * words + (slot >>> 5)]! |= 1 << (slot & 31);
    }
  });
  const endingWords = new Uint32Array(words);
  for (const name of keptAtEndings) {
    const slot = slotOfVariable.get(name);
    if (slot !== undefined) endingWords[slot >>> 5]! |= 1 << (slot & 31);
  }
  const reads = new Uint32Array(n * words);
  for (let v = 0; v < n; v++) {
    const at = v * words;
    if (scenario.ending[v] !== undefined) {
      for (let w = 0; w < words; w++) reads[at + w] = endingWords[w]!;
      continue;
    }
    if (scenario.guarded[v] === 0) continue;
    for (let c = scenario.choiceStart[v]!; c < scenario.choiceStart[v + 1]!; c++) {
      const condition = scenario.choiceCondition[c]!;
      if (condition >= 0)
        for (let w = 0; w < words; w++) reads[at + w]! |= conditionReads[condition * words + w]!;
    }
  }

  // Without cycles, one pass sinks first settles every node (all it leads to is settled before it).
  const order = acyclicNodeComponents(scenario)?.order;
  if (order !== undefined) {
    settleSinksFirst(scenario, order, words, reads, kills, atomSlotOfNode, live);
    return { words, live };
  }

  // Predecessors (for the worklist), as compressed rows.
  const predStart = new Int32Array(n + 1);
  const countEdge = (to: number) => {
    if (to >= 0) predStart[to + 1]!++;
  };
  for (let v = 0; v < n; v++) {
    for (let c = scenario.choiceStart[v]!; c < scenario.choiceStart[v + 1]!; c++)
      countEdge(scenario.choiceTo[c]!);
    countEdge(scenario.timeout[v]!);
  }
  for (let v = 0; v < n; v++) predStart[v + 1]! += predStart[v]!;
  const pred = new Int32Array(predStart[n]!);
  const fill = predStart.slice(0, n);
  for (let v = 0; v < n; v++) {
    for (let c = scenario.choiceStart[v]!; c < scenario.choiceStart[v + 1]!; c++) {
      const to = scenario.choiceTo[c]!;
      if (to >= 0) pred[fill[to]!++] = v;
    }
    const to = scenario.timeout[v]!;
    if (to >= 0) pred[fill[to]!++] = v;
  }

  // Worklist, seeded in reverse node order (most scenarios list their nodes roughly forward).
  const queue = new Int32Array(n);
  const queued = new Uint8Array(n);
  let head = 0;
  let size = n;
  for (let i = 0; i < n; i++) {
    queue[i] = n - 1 - i;
    queued[i] = 1;
  }
  const next = new Uint32Array(words);
  const gather = (to: number, c: number) => {
    if (to < 0) return;
    const own = atomSlotOfNode[to]!;
    for (let w = 0; w < words; w++) {
      let bits = live[to * words + w]!;
      if (c >= 0) bits &= ~kills[scenario.choiceEffects[c]! * words + w]!;
      if (own >= 0 && own >>> 5 === w) bits &= ~(1 << (own & 31));
      next[w]! |= bits;
    }
  };
  while (size > 0) {
    const v = queue[head]!;
    head = head + 1 === n ? 0 : head + 1;
    size--;
    queued[v] = 0;
    for (let w = 0; w < words; w++) next[w] = reads[v * words + w]!;
    if (scenario.ending[v] === undefined) {
      for (let c = scenario.choiceStart[v]!; c < scenario.choiceStart[v + 1]!; c++)
        gather(scenario.choiceTo[c]!, c);
      gather(scenario.timeout[v]!, -1);
    }
    let changed = false;
    for (let w = 0; w < words; w++)
      if (next[w] !== live[v * words + w]) {
        live[v * words + w] = next[w]!;
        changed = true;
      }
    if (!changed) continue;
    for (let i = predStart[v]!; i < predStart[v + 1]!; i++) {
      const p = pred[i]!;
      if (queued[p] === 1) continue;
      queued[p] = 1;
      let tail = head + size;
      if (tail >= n) tail -= n;
      queue[tail] = p;
      size++;
    }
  }
  return { words, live };
}

/** Whether `slot` is live at node `v`. */
export function isLive(liveness: Liveness, v: number, slot: number): boolean {
  return (liveness.live[v * liveness.words + (slot >>> 5)]! & (1 << (slot & 31))) !== 0;
}

/** Liveness without cycles: `live` of every node, sinks first, from what it leads to. */
function settleSinksFirst(
  scenario: CompiledScenario,
  order: Int32Array,
  words: number,
  reads: Uint32Array,
  kills: Uint32Array,
  atomSlotOfNode: Int32Array,
  live: Uint32Array,
): void {
  /** Entering `to` sets its own visited bit: the bit in word w that is not carried back from it. */
  const own = (to: number, w: number): number => {
    const slot = atomSlotOfNode[to]!;
    return slot >= 0 && slot >>> 5 === w ? 1 << (slot & 31) : 0;
  };
  for (let i = order.length - 1; i >= 0; i--) {
    const v = order[i]!;
    const at = v * words;
    if (scenario.ending[v] !== undefined) {
      for (let w = 0; w < words; w++) live[at + w] = reads[at + w]!;
      continue;
    }
    for (let w = 0; w < words; w++) {
      let bits = reads[at + w]!;
      for (let c = scenario.choiceStart[v]!; c < scenario.choiceStart[v + 1]!; c++) {
        const to = scenario.choiceTo[c]!;
        if (to >= 0)
          bits |= live[to * words + w]! & ~kills[scenario.choiceEffects[c]! * words + w]! & ~own(to, w);
      }
      const to = scenario.timeout[v]!;
      if (to >= 0) bits |= live[to * words + w]! & ~own(to, w);
      live[at + w] = bits;
    }
  }
}
