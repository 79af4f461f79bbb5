import type { StateGraph } from './explore';
import type { PathFigure, PathStep, ScoreFigure } from './report';

/**
 * Path figures over an explored state graph: which states can still reach an ending, loops with no way
 * out, and the shortest/longest path and best/worst overall score over paths that visit no node twice.
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

function moveStep(graph: StateGraph, state: number, edge: number): PathStep {
  const node = graph.scenario.ids[graph.node[state]!]!;
  const choice = graph.edgeChoice[edge]!;
  return choice < 0 ? { node, timeout: true } : { node, choice: graph.scenario.choices[choice]!.id };
}

function pathOfStates(graph: StateGraph, states: readonly number[], edges: readonly number[]): PathStep[] {
  const steps: PathStep[] = states.slice(0, -1).map((s, i) => moveStep(graph, s, edges[i]!));
  steps.push({ node: graph.scenario.ids[graph.node[states[states.length - 1]!]!]! });
  return steps;
}

export interface PathFigures {
  shortestPath: PathFigure | null;
  longestPath: PathFigure | null;
  bestScore: ScoreFigure | null;
  worstScore: ScoreFigure | null;
  exact: boolean;
}

const none: PathFigures = {
  shortestPath: null,
  longestPath: null,
  bestScore: null,
  worstScore: null,
  exact: true,
};

function isEndingState(graph: StateGraph, s: number): boolean {
  return graph.scenario.ending[graph.node[s]!] !== undefined;
}

/** A topological order of the nodes used by useful states, or undefined when they form a cycle. */
function nodeOrder(graph: StateGraph, useful: Uint8Array): Int32Array | undefined {
  const n = graph.scenario.ids.length;
  const { edgeStart, edgeTarget, expanded, node } = graph;
  const indegree = new Int32Array(n);
  const outStart = new Int32Array(n + 1);
  for (let s = 0; s < expanded; s++) {
    if (useful[s] === 0) continue;
    for (let e = edgeStart[s]!; e < edgeStart[s + 1]!; e++) {
      const t = edgeTarget[e]!;
      if (useful[t] === 0) continue;
      outStart[node[s]! + 1]!++;
      indegree[node[t]!]!++;
    }
  }
  for (let v = 0; v < n; v++) outStart[v + 1]! += outStart[v]!;
  const out = new Int32Array(outStart[n]!);
  const fill = outStart.slice(0, n);
  for (let s = 0; s < expanded; s++) {
    if (useful[s] === 0) continue;
    for (let e = edgeStart[s]!; e < edgeStart[s + 1]!; e++) {
      const t = edgeTarget[e]!;
      if (useful[t] === 0) continue;
      out[fill[node[s]!]!++] = node[t]!;
    }
  }
  const order = new Int32Array(n);
  let tail = 0;
  for (let v = 0; v < n; v++) if (indegree[v] === 0) order[tail++] = v;
  for (let head = 0; head < tail; head++) {
    const v = order[head]!;
    for (let i = outStart[v]!; i < outStart[v + 1]!; i++) {
      const w = out[i]!;
      if (--indegree[w]! === 0) order[tail++] = w;
    }
  }
  if (tail < n) return undefined;
  const rank = new Int32Array(n);
  for (let i = 0; i < n; i++) rank[order[i]!] = i;
  return rank;
}

/**
 * Shortest/longest path and best/worst overall score, over simple paths from state 0 to an ending state.
 * `useful` marks states that can reach an ending. `budget` bounds the simple-path search on cyclic graphs.
 */
export function pathFigures(graph: StateGraph, useful: Uint8Array, budget: number): PathFigures {
  if (graph.node.length === 0 || useful[0] === 0) return none;
  const rank = nodeOrder(graph, useful);
  if (rank !== undefined) return acyclicFigures(graph, useful, rank);
  return searchFigures(graph, useful, budget);
}

/**
 * Dynamic programming over the state graph in reverse topological order: O(states + moves) per pass. The
 * useful states are renumbered in topological order (0 = start) with their moves in flat arrays, so each
 * pass is a tight loop over typed arrays.
 */
function acyclicFigures(graph: StateGraph, useful: Uint8Array, rank: Int32Array): PathFigures {
  const count = graph.node.length;
  const { edgeStart, edgeTarget, edgeChoice, expanded, node } = graph;
  const tenthsOfChoice = graph.scenario.choiceTenths;
  const endingOf = graph.scenario.ending;
  // Order useful states by their node's topological rank (moves go from lower to higher rank), via buckets.
  const n = graph.scenario.ids.length;
  const bucket = new Int32Array(n + 1);
  for (let s = 0; s < count; s++) if (useful[s] === 1) bucket[rank[node[s]!]! + 1]!++;
  for (let r = 0; r < n; r++) bucket[r + 1]! += bucket[r]!;
  const m = bucket[n]!;
  const order = new Int32Array(m);
  const position = new Int32Array(count).fill(-1);
  const fill = bucket.slice(0, n);
  for (let s = 0; s < count; s++)
    if (useful[s] === 1) {
      const i = fill[rank[node[s]!]!]!++;
      order[i] = s;
      position[s] = i;
    }
  // Flat moves between useful states: targets by position, tenths (-1 for a timeout), original edge.
  // kind: 0 a step, 1 an ending, 2 an unexplored frontier state (no path ends there).
  const kind = new Uint8Array(m);
  const outStart = new Int32Array(m + 1);
  const outTarget = new Int32Array(edgeTarget.length);
  const outTenths = new Int8Array(edgeTarget.length);
  const outEdge = new Int32Array(edgeTarget.length);
  let moves = 0;
  for (let i = 0; i < m; i++) {
    const s = order[i]!;
    outStart[i] = moves;
    if (endingOf[node[s]!] !== undefined) kind[i] = 1;
    else if (s >= expanded) kind[i] = 2;
    else
      for (let e = edgeStart[s]!; e < edgeStart[s + 1]!; e++) {
        const t = position[edgeTarget[e]!]!;
        if (t < 0) continue;
        const c = edgeChoice[e]!;
        outTarget[moves] = t;
        outTenths[moves] = c < 0 ? -1 : tenthsOfChoice[c]!;
        outEdge[moves++] = e;
      }
  }
  outStart[m] = moves;
  const start = position[0]!;
  const follow = (nextMove: Int32Array): PathStep[] => {
    const steps: PathStep[] = [];
    let i = start;
    for (;;) {
      const k = nextMove[i]!;
      const s = order[i]!;
      if (k < 0) {
        steps.push({ node: graph.scenario.ids[node[s]!]! });
        return steps;
      }
      steps.push(moveStep(graph, s, outEdge[k]!));
      i = outTarget[k]!;
    }
  };

  // Shortest and longest, in moves.
  const shortest = new Float64Array(m).fill(Number.POSITIVE_INFINITY);
  const longest = new Float64Array(m).fill(Number.NEGATIVE_INFINITY);
  const shortNext = new Int32Array(m).fill(-1);
  const longNext = new Int32Array(m).fill(-1);
  for (let i = m - 1; i >= 0; i--) {
    if (kind[i] !== 0) {
      if (kind[i] === 1) shortest[i] = longest[i] = 0;
      continue;
    }
    for (let k = outStart[i]!; k < outStart[i + 1]!; k++) {
      const t = outTarget[k]!;
      if (shortest[t]! + 1 < shortest[i]!) {
        shortest[i] = shortest[t]! + 1;
        shortNext[i] = k;
      }
      if (longest[t]! + 1 > longest[i]!) {
        longest[i] = longest[t]! + 1;
        longNext[i] = k;
      }
    }
  }
  const exact = graph.exhaustive;
  if (!Number.isFinite(shortest[start]!)) return { ...none, exact };

  // Best and worst mean score by Dinkelbach's method: the ratio sum/count is optimal at λ = S/C exactly
  // when the best path for weights (tenths·C − S per choice, 0 per timeout) has weight 0. All integers.
  // Ties prefer more choices, so a path with choices wins over one of timeouts only.
  const value = new Float64Array(m);
  const sum = new Float64Array(m);
  const made = new Float64Array(m);
  const next = new Int32Array(m);
  const pass = (S: number, C: number, sign: number): void => {
    for (let i = m - 1; i >= 0; i--) {
      next[i] = -1;
      sum[i] = 0;
      made[i] = 0;
      if (kind[i] !== 0) {
        value[i] = kind[i] === 1 ? 0 : Number.NEGATIVE_INFINITY;
        continue;
      }
      let best = Number.NEGATIVE_INFINITY;
      let bestMade = -1;
      for (let k = outStart[i]!; k < outStart[i + 1]!; k++) {
        const t = outTarget[k]!;
        const after = value[t]!;
        if (after === Number.NEGATIVE_INFINITY) continue;
        const tenths = outTenths[k]!;
        const w = (tenths < 0 ? 0 : sign * (tenths * C - S)) + after;
        const c = made[t]! + (tenths < 0 ? 0 : 1);
        if (w > best || (w === best && c > bestMade)) {
          best = w;
          bestMade = c;
          next[i] = k;
        }
      }
      value[i] = best;
      const k = next[i]!;
      if (k >= 0) {
        const tenths = outTenths[k]!;
        sum[i] = sum[outTarget[k]!]! + Math.max(tenths, 0);
        made[i] = bestMade;
      }
    }
  };
  // A good first λ: the ratio of a greedy path (each state keeps the successor whose path has the best
  // ratio). Any achievable ratio is a valid start; a close one saves most of Dinkelbach's rounds.
  const greedy = (sign: number): { S: number; C: number } | undefined => {
    for (let i = m - 1; i >= 0; i--) {
      sum[i] = 0;
      made[i] = 0;
      if (kind[i] !== 0) {
        value[i] = kind[i] === 1 ? 0 : Number.NEGATIVE_INFINITY;
        continue;
      }
      value[i] = Number.NEGATIVE_INFINITY;
      for (let k = outStart[i]!; k < outStart[i + 1]!; k++) {
        const t = outTarget[k]!;
        if (value[t] === Number.NEGATIVE_INFINITY) continue;
        const tenths = outTenths[k]!;
        const S = sum[t]! + Math.max(tenths, 0);
        const C = made[t]! + (tenths < 0 ? 0 : 1);
        const better =
          value[i] === Number.NEGATIVE_INFINITY ||
          (C > 0 && made[i] === 0) ||
          (C > 0 && sign * (S * made[i]! - sum[i]! * C) > 0);
        if (better) {
          value[i] = 0;
          sum[i] = S;
          made[i] = C;
        }
      }
    }
    return made[start]! > 0 ? { S: sum[start]!, C: made[start]! } : undefined;
  };
  const optimise = (sign: 1 | -1): ScoreFigure | null => {
    const first = greedy(sign);
    let S = first?.S ?? (sign === 1 ? 0 : 10);
    let C = first?.C ?? 1;
    for (;;) {
      pass(S, C, sign);
      // A positive best weight means a path with a strictly better ratio: move λ to it (finitely often).
      if (value[start]! > 0) {
        S = sum[start]!;
        C = made[start]!;
        continue;
      }
      if (made[start]! === 0) return null;
      return { overall: sum[start]! / (10 * made[start]!), path: follow(next) };
    }
  };
  const bestScore = optimise(1);
  const worstScore = bestScore === null ? null : optimise(-1);
  return {
    shortestPath: { length: shortest[start]!, path: follow(shortNext) },
    longestPath: { length: longest[start]!, path: follow(longNext) },
    bestScore,
    worstScore,
    exact,
  };
}

/**
 * Cyclic scenarios: depth-first search over paths that visit no node twice, bounded by `budget` moves.
 * The shortest figure is also exact when the breadth-first shortest way to an ending visits no node twice.
 */
function searchFigures(graph: StateGraph, useful: Uint8Array, budget: number): PathFigures {
  const { edgeStart, edgeTarget, edgeChoice, expanded, node } = graph;
  const tenthsOfChoice = graph.scenario.choiceTenths;
  const onPath = new Uint8Array(graph.scenario.ids.length);
  const states: number[] = [0];
  const edges: number[] = [];
  const cursor: number[] = [0 < expanded ? edgeStart[0]! : 0];
  onPath[node[0]!] = 1;
  let sum = 0;
  let made = 0;
  let shortest: PathFigure | null = null;
  let longest: PathFigure | null = null;
  let best: { sum: number; made: number; path: PathStep[] } | null = null;
  let worst: { sum: number; made: number; path: PathStep[] } | null = null;
  let moves = 0;
  let finished = true;
  const record = () => {
    const length = edges.length;
    if (shortest === null || length < shortest.length)
      shortest = { length, path: pathOfStates(graph, states, edges) };
    if (longest === null || length > longest.length)
      longest = { length, path: pathOfStates(graph, states, edges) };
    if (made > 0) {
      if (best === null || sum * best.made > best.sum * made)
        best = { sum, made, path: pathOfStates(graph, states, edges) };
      if (worst === null || sum * worst.made < worst.sum * made)
        worst = { sum, made, path: pathOfStates(graph, states, edges) };
    }
  };
  if (isEndingState(graph, 0)) record();
  while (states.length > 0) {
    const top = states.length - 1;
    const s = states[top]!;
    const e = cursor[top]!;
    if (s < expanded && e < edgeStart[s + 1]! && !isEndingState(graph, s)) {
      cursor[top] = e + 1;
      const t = edgeTarget[e]!;
      if (useful[t] === 0 || onPath[node[t]!] === 1) continue;
      if (++moves > budget) {
        finished = false;
        break;
      }
      const c = edgeChoice[e]!;
      const tenths = c < 0 ? 0 : tenthsOfChoice[c]!;
      states.push(t);
      edges.push(e);
      cursor.push(t < expanded ? edgeStart[t]! : 0);
      onPath[node[t]!] = 1;
      sum += tenths;
      made += c < 0 ? 0 : 1;
      if (isEndingState(graph, t)) record();
      continue;
    }
    states.pop();
    cursor.pop();
    onPath[node[s]!] = 0;
    if (edges.length > 0) {
      const last = edges.pop()!;
      const c = edgeChoice[last]!;
      if (c >= 0) {
        sum -= tenthsOfChoice[c]!;
        made -= 1;
      }
    }
  }
  let shortestExact = finished;
  // The breadth-first parents give a shortest walk; if it repeats no node, it is the shortest simple path.
  if (!finished) {
    // States are numbered in breadth-first order, so a parent always has a smaller number than its child.
    const depth = new Int32Array(graph.node.length);
    let nearest = -1;
    for (let s = 0; s < graph.node.length; s++) {
      const parent = graph.parentState[s]!;
      depth[s] = parent < 0 ? 0 : depth[parent]! + 1;
      if (isEndingState(graph, s) && (nearest < 0 || depth[s]! < depth[nearest]!)) nearest = s;
    }
    if (nearest >= 0) {
      const way = wayTo(graph, nearest);
      if (new Set(way.map((step) => step.node)).size === way.length) {
        shortest = { length: way.length - 1, path: way };
        shortestExact = true;
      }
    }
  }
  const score = (found: { sum: number; made: number; path: PathStep[] } | null): ScoreFigure | null =>
    found === null ? null : { overall: found.sum / (10 * found.made), path: found.path };
  return {
    shortestPath: shortest,
    longestPath: longest,
    bestScore: score(best),
    worstScore: score(worst),
    exact: graph.exhaustive && finished && shortestExact,
  };
}
