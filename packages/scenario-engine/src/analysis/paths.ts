import { type CompiledScenario, choiceOf } from './compile';
import type { StateGraph } from './explore';
import type { PathStep } from './report';

/**
 * Searches over an explored state graph: which states can still reach an ending (or a `protected` one),
 * loops with no way out, and the way in to a state.
 */

/** For each state: can some sequence of moves reach an ending? Unexplored frontier states count as "yes". */
export function statesReachingAnEnding(graph: StateGraph): Uint8Array {
  const ending = graph.scenario.ending;
  return statesReaching(graph, (node) => ending[node] !== undefined);
}

/**
 * For each state: can some sequence of moves reach a state whose node satisfies `target`? Reverse breadth
 * first search, linear in the explored graph. Unexplored frontier states count as "yes" (not known to fail).
 */
export function statesReaching(graph: StateGraph, target: (node: number) => boolean): Uint8Array {
  const count = graph.node.length;
  const sorted = acyclicNodeComponents(graph.scenario);
  if (sorted !== undefined) return statesReachingForward(graph, target, sorted.component);
  const { edgeStart, edgeTarget, expanded } = graph;
  const reverseCount = new Int32Array(count + 1);
  for (let e = 0; e < edgeTarget.length; e++) reverseCount[edgeTarget[e]! + 1]!++;
  for (let s = 0; s < count; s++) reverseCount[s + 1]! += reverseCount[s]!;
  const reverseSource = new Int32Array(edgeTarget.length);
  const fill = reverseCount.slice(0, count);
  for (let s = 0; s < expanded; s++)
    for (let e = edgeStart[s]!; e < edgeStart[s + 1]!; e++) reverseSource[fill[edgeTarget[e]!]!++] = s;
  const reaches = new Uint8Array(count);
  const queue = new Int32Array(count);
  let tail = 0;
  for (let s = 0; s < count; s++) {
    if (s >= expanded || target(graph.node[s]!)) {
      reaches[s] = 1;
      queue[tail++] = s;
    }
  }
  for (let head = 0; head < tail; head++) {
    const t = queue[head]!;
    for (let i = reverseCount[t]!; i < reverseCount[t + 1]!; i++) {
      const s = reverseSource[i]!;
      if (reaches[s] === 0) {
        reaches[s] = 1;
        queue[tail++] = s;
      }
    }
  }
  return reaches;
}

/**
 * When the scenario's node graph (every `to` and `timeout.to`, conditions ignored) has no cycle, each node is
 * a component of its own and a reverse topological order numbers them sinks first: Kahn's algorithm over the
 * compiled node graph, linear in nodes and choices (much smaller than the graph of moves between states).
 * Undefined when the node graph has a cycle.
 */
export function acyclicNodeComponents(scenario: CompiledScenario): NodeComponents | undefined {
  if (acyclicCache.has(scenario)) return acyclicCache.get(scenario);
  const found = sortNodes(scenario);
  acyclicCache.set(scenario, found);
  return found;
}

/** The component of each node (numbered sinks first) and whether each component has a cycle. Read only. */
export interface NodeComponents {
  readonly component: Int32Array;
  readonly cyclic: Uint8Array;
  /** The nodes in topological order, sources first (every link leads to a node later in it). */
  readonly order: Int32Array;
}

/** Computed once per compiled scenario (the reverse searches and the figures share it). */
const acyclicCache = new WeakMap<CompiledScenario, NodeComponents | undefined>();

function sortNodes(scenario: CompiledScenario): NodeComponents | undefined {
  const n = scenario.ids.length;
  const { choiceStart, choiceTo, timeout } = scenario;
  const incoming = new Int32Array(n);
  for (let c = 0; c < choiceTo.length; c++) if (choiceTo[c]! >= 0) incoming[choiceTo[c]!]!++;
  for (let v = 0; v < n; v++) if (timeout[v]! >= 0) incoming[timeout[v]!]!++;
  const queue = new Int32Array(n);
  let tail = 0;
  for (let v = 0; v < n; v++) if (incoming[v] === 0) queue[tail++] = v;
  const release = (to: number) => {
    if (to >= 0 && --incoming[to]! === 0) queue[tail++] = to;
  };
  for (let head = 0; head < tail; head++) {
    const v = queue[head]!;
    for (let c = choiceStart[v]!; c < choiceStart[v + 1]!; c++) release(choiceTo[c]!);
    release(timeout[v]!);
  }
  if (tail < n) return undefined;
  const component = new Int32Array(n);
  for (let i = 0; i < n; i++) component[queue[i]!] = n - 1 - i;
  return { component, cyclic: new Uint8Array(n), order: queue };
}

/**
 * `statesReaching` when the node graph has no cycle: every move leads to a node later in topological order,
 * so one pass over the states, sinks first, decides each from its moves (one pass over the moves, instead
 * of building the reverse graph).
 */
function statesReachingForward(
  graph: StateGraph,
  target: (node: number) => boolean,
  rank: Int32Array,
): Uint8Array {
  const count = graph.node.length;
  const { edgeStart, edgeTarget, expanded, node } = graph;
  const n = rank.length;
  const bucket = new Int32Array(n + 1);
  for (let s = 0; s < count; s++) bucket[rank[node[s]!]! + 1]!++;
  for (let r = 0; r < n; r++) bucket[r + 1]! += bucket[r]!;
  const order = new Int32Array(count);
  for (let s = 0; s < count; s++) order[bucket[rank[node[s]!]!]!++] = s;
  const reaches = new Uint8Array(count);
  for (let i = 0; i < count; i++) {
    const s = order[i]!;
    if (s >= expanded || target(node[s]!)) {
      reaches[s] = 1;
      continue;
    }
    for (let e = edgeStart[s]!; e < edgeStart[s + 1]!; e++)
      if (reaches[edgeTarget[e]!] === 1) {
        reaches[s] = 1;
        break;
      }
  }
  return reaches;
}

/**
 * Loops with no way out: strongly connected components (with a cycle) of the states that cannot reach an
 * ending. Iterative Tarjan, linear in the explored graph.
 */
export function trappedLoops(graph: StateGraph, reaches: Uint8Array): number[][] {
  const count = graph.node.length;
  const { edgeStart, edgeTarget, expanded } = graph;
  const index = new Int32Array(count).fill(-1);
  const low = new Int32Array(count);
  const onStack = new Uint8Array(count);
  const stack: number[] = [];
  const loops: number[][] = [];
  let next = 0;
  const callState: number[] = [];
  const callEdge: number[] = [];
  for (let root = 0; root < expanded; root++) {
    if (reaches[root] === 1 || index[root] !== -1) continue;
    callState.push(root);
    callEdge.push(edgeStart[root]!);
    index[root] = low[root] = next++;
    stack.push(root);
    onStack[root] = 1;
    while (callState.length > 0) {
      const top = callState.length - 1;
      const s = callState[top]!;
      const e = callEdge[top]!;
      if (s < expanded && e < edgeStart[s + 1]!) {
        callEdge[top] = e + 1;
        const t = edgeTarget[e]!;
        if (reaches[t] === 1) continue;
        if (index[t] === -1) {
          index[t] = low[t] = next++;
          stack.push(t);
          onStack[t] = 1;
          callState.push(t);
          callEdge.push(t < expanded ? edgeStart[t]! : 0);
        } else if (onStack[t] === 1 && index[t]! < low[s]!) {
          low[s] = index[t]!;
        }
        continue;
      }
      callState.pop();
      callEdge.pop();
      if (callState.length > 0) {
        const parent = callState[callState.length - 1]!;
        if (low[s]! < low[parent]!) low[parent] = low[s]!;
      }
      if (low[s] === index[s]) {
        const component: number[] = [];
        let t: number;
        do {
          t = stack.pop()!;
          onStack[t] = 0;
          component.push(t);
        } while (t !== s);
        let cyclic = component.length > 1;
        if (!cyclic && s < expanded)
          for (let i = edgeStart[s]!; i < edgeStart[s + 1]!; i++) if (edgeTarget[i] === s) cyclic = true;
        if (cyclic) loops.push(component.sort((a, b) => a - b));
      }
    }
  }
  return loops;
}

/** The moves from `start` to `state` along the breadth-first parents (a shortest way in). */
export function wayTo(graph: StateGraph, state: number): PathStep[] {
  const states: number[] = [];
  for (let s = state; s >= 0; s = graph.parentState[s]!) states.push(s);
  states.reverse();
  const steps: PathStep[] = [];
  for (let i = 0; i < states.length; i++) {
    const s = states[i]!;
    if (i === states.length - 1) {
      steps.push({ node: graph.scenario.ids[graph.node[s]!]! });
      break;
    }
    const edge = graph.parentEdge[states[i + 1]!]!;
    steps.push(moveStep(graph, s, edge));
  }
  return steps;
}

/** The move of `edge` out of `state`, as a path step. */
export function moveStep(graph: StateGraph, state: number, edge: number): PathStep {
  const node = graph.scenario.ids[graph.node[state]!]!;
  const choice = graph.edgeChoice[edge]!;
  if (choice < 0) return { node, timeout: true };
  return { node, choice: choiceOf(graph.scenario, graph.node[state]!, choice).id };
}
