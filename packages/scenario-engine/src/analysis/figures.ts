import type { Budget } from './budget';
import type { StateGraph } from './explore';
import { cyclicFigures } from './loops';
import { acyclicNodeComponents, moveStep } from './paths';
import type { PathFigure, PathStep, PlayLoop, ScoreFigure } from './report';

/**
 * Shortest/longest play and best/worst overall score over the plays from the start state to an ending
 * state in which no play state repeats (spec: "Plays, not node paths, are what these figures measure").
 *
 * The useful states (reachable from the start, able to reach an ending) are grouped into strongly connected
 * components of the graph of moves between states, numbered sources first. Without a cycle of states (every
 * scenario whose nodes form no cycle, and many that do: asking again with other values is a new state) the
 * figures come from passes over the states sinks first (`acyclicFigures`). With one, a trainee can loop:
 * the longest play is unbounded and the loops' means count towards best and worst (`loops.ts`).
 *
 * Lengths are additive; the mean score is not, so best and worst mean come from Dinkelbach's method: the
 * ratio S/C is optimal exactly when the best path for the weights (tenths·C − S per choice, 0 per timeout)
 * weighs 0. All sums are of integers (quality points in tenths), so the results are exact.
 */

export interface PathFigures {
  shortestPath: PathFigure | null;
  longestPath: PathFigure | null;
  bestScore: ScoreFigure | null;
  worstScore: ScoreFigure | null;
  loop: PlayLoop | null;
  exact: boolean;
}

export const noFigures: PathFigures = {
  shortestPath: null,
  longestPath: null,
  bestScore: null,
  worstScore: null,
  loop: null,
  exact: true,
};
const none = noFigures;

/**
 * Strongly connected components of the useful states reachable from state 0 (moves to useful states only):
 * iterative Tarjan, linear, emitted sinks first. -1 for a state outside.
 */
function stateComponents(
  graph: StateGraph,
  useful: Uint8Array,
): { component: Int32Array; cyclic: Uint8Array } {
  const count = graph.node.length;
  const { edgeStart, edgeTarget, expanded } = graph;
  const index = new Int32Array(count).fill(-1);
  const low = new Int32Array(count);
  const onStack = new Uint8Array(count);
  const component = new Int32Array(count).fill(-1);
  const cyclicList: number[] = [];
  const stack = new Int32Array(count);
  const callState = new Int32Array(count);
  const callEdge = new Int32Array(count);
  let stackTop = 0;
  let depth = 0;
  let next = 0;
  const enter = (s: number) => {
    index[s] = low[s] = next++;
    stack[stackTop++] = s;
    onStack[s] = 1;
    callState[depth] = s;
    callEdge[depth++] = s < expanded ? edgeStart[s]! : 0;
  };
  enter(0);
  while (depth > 0) {
    const top = depth - 1;
    const s = callState[top]!;
    const e = callEdge[top]!;
    if (s < expanded && e < edgeStart[s + 1]!) {
      callEdge[top] = e + 1;
      const t = edgeTarget[e]!;
      if (useful[t] === 0) continue;
      if (index[t] === -1) enter(t);
      else if (onStack[t] === 1 && index[t]! < low[s]!) low[s] = index[t]!;
      continue;
    }
    depth--;
    if (depth > 0) {
      const parent = callState[depth - 1]!;
      if (low[s]! < low[parent]!) low[parent] = low[s]!;
    }
    if (low[s] !== index[s]) continue;
    let size = 0;
    let t: number;
    do {
      t = stack[--stackTop]!;
      onStack[t] = 0;
      component[t] = cyclicList.length;
      size++;
    } while (t !== s);
    let cyclic = size > 1;
    if (!cyclic && s < expanded)
      for (let i = edgeStart[s]!; i < edgeStart[s + 1]! && !cyclic; i++)
        if (edgeTarget[i] === s) cyclic = true;
    cyclicList.push(cyclic ? 1 : 0);
  }
  return { component, cyclic: Uint8Array.from(cyclicList) };
}

/**
 * The figures of an explored state graph. `budget` bounds the work on loops (Karp's algorithm and the
 * best/worst search through them); when it runs out, the figures it would have given are `null` and
 * `exact` is false.
 */
export function pathFigures(graph: StateGraph, useful: Uint8Array, budget: Budget): PathFigures {
  const count = graph.node.length;
  if (count === 0 || useful[0] === 0) return { ...none, exact: graph.exhaustive };
  const { edgeStart, edgeTarget, edgeChoice, expanded, node } = graph;
  const tenthsOfChoice = graph.scenario.choiceTenths;
  const endingOf = graph.scenario.ending;
  // Without a cycle in the node graph there is none between states: the nodes' topological order serves.
  const sorted = acyclicNodeComponents(graph.scenario);
  let componentOfState: Int32Array;
  let cyclic: Uint8Array;
  if (sorted !== undefined) {
    const nodeComponent = sorted.component;
    componentOfState = new Int32Array(count);
    for (let s = 0; s < count; s++) componentOfState[s] = useful[s] === 1 ? nodeComponent[node[s]!]! : -1;
    cyclic = sorted.cyclic;
  } else {
    const found = stateComponents(graph, useful);
    componentOfState = found.component;
    cyclic = found.cyclic;
  }
  const componentOf = (s: number) => componentOfState[s]!;

  // Number the useful states by component, sources first (components are numbered sinks first): every
  // move leads to a position in the same component or a later one.
  const components = cyclic.length;
  const bucket = new Int32Array(components + 1);
  for (let s = 0; s < count; s++) {
    const c = componentOf(s);
    if (c >= 0) bucket[components - c]!++;
  }
  for (let c = 0; c < components; c++) bucket[c + 1]! += bucket[c]!;
  const m = bucket[components]!;
  const order = new Int32Array(m);
  const position = new Int32Array(count).fill(-1);
  const fill = bucket.slice(0, components);
  for (let s = 0; s < count; s++) {
    const c = componentOf(s);
    if (c < 0) continue;
    const i = fill[components - 1 - c]!++;
    order[i] = s;
    position[s] = i;
  }
  // kind: 0 a step, 1 an ending, 2 an unexplored frontier state (no path is known to end from there).
  const kind = new Uint8Array(m);
  const block = new Int32Array(m);
  const outStart = new Int32Array(m + 1);
  const outTarget = new Int32Array(edgeTarget.length);
  const outTenths = new Int8Array(edgeTarget.length);
  const outEdge = new Int32Array(edgeTarget.length);
  let moves = 0;
  let anyCyclic = false;
  for (let i = 0; i < m; i++) {
    const s = order[i]!;
    outStart[i] = moves;
    block[i] = components - 1 - componentOf(s);
    if (cyclic[componentOf(s)] === 1) anyCyclic = true;
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
  const moveGraph: MoveGraph = {
    m,
    kind,
    outStart,
    outTarget,
    outTenths,
    start: position[0]!,
    moveStep: (i, k) => moveStep(graph, order[i]!, outEdge[k]!),
    endStep: (i) => ({ node: graph.scenario.ids[node[order[i]!]!]! }),
  };
  if (!anyCyclic) return acyclicFigures(moveGraph, graph.exhaustive);
  const blockCyclic = new Uint8Array(components);
  for (let c = 0; c < components; c++) blockCyclic[components - 1 - c] = cyclic[c]!;
  return cyclicFigures(moveGraph, block, blockCyclic, graph.exhaustive, budget);
}

/**
 * The moves between the useful states, numbered sources first: every move leads to a higher position, so
 * sweeping positions from the last to the first solves each after all it leads to. What the figures of a
 * scenario without loops are computed from.
 */
export interface MoveGraph {
  /** Positions 0 … m-1. */
  readonly m: number;
  /** 0 a step, 1 an ending, 2 an unexplored frontier state (no path is known to end from there). */
  readonly kind: Uint8Array;
  /** The moves out of position i are `outStart[i] … outStart[i + 1] - 1`. */
  readonly outStart: Int32Array;
  readonly outTarget: Int32Array;
  /** Quality points of each move's choice in tenths, -1 for a timeout. */
  readonly outTenths: Int8Array;
  /** The position play starts at. */
  readonly start: number;
  /** Move k out of position i, as a step of a path. */
  moveStep(i: number, k: number): PathStep;
  /** Position i as the last step of a path (an ending). */
  endStep(i: number): PathStep;
}

/** "No path" in the first pass's 32-bit integer records. */
const intNone = -(2 ** 31);

/**
 * Pass 1, sinks first. Record of a state (8 integers): shortest (−length, choices made), longest (length,
 * choices made), the greedy high ratio (quality sum, choices made), the greedy low ratio (sum, made).
 * Lengths and quality sums of simple paths always fit 32-bit integers.
 */
function firstPass(
  graph: MoveGraph,
  first: Int32Array,
  shortestNext: Int32Array,
  longestNext: Int32Array,
): void {
  const { m, kind, outStart, outTarget, outTenths } = graph;
  for (let i = m - 1; i >= 0; i--) {
    const r = i * 8;
    if (kind[i] !== 0) {
      const end = kind[i] === 1 ? 0 : intNone;
      first[r] = end;
      first[r + 2] = end;
      shortestNext[i] = longestNext[i] = -1;
      continue;
    }
    let sBest = intNone;
    let sBestMade = -1;
    let sNext = -1;
    let lBest = intNone;
    let lBestMade = -1;
    let lNext = -1;
    let high = false;
    let hS = 0;
    let hC = 0;
    let lS = 0;
    let lC = 0;
    for (let k = outStart[i]!; k < outStart[i + 1]!; k++) {
      const t = outTarget[k]! * 8;
      const sv = first[t]!;
      if (sv === intNone) continue;
      const tenths = outTenths[k]!;
      const chosen = tenths < 0 ? 0 : 1;
      const points = Math.max(tenths, 0);
      const sw = sv - 1;
      const sc = first[t + 1]! + chosen;
      if (sw > sBest || (sw === sBest && sc > sBestMade)) {
        sBest = sw;
        sBestMade = sc;
        sNext = k;
      }
      const lw = first[t + 2]! + 1;
      const lc = first[t + 3]! + chosen;
      if (lw > lBest || (lw === lBest && lc > lBestMade)) {
        lBest = lw;
        lBestMade = lc;
        lNext = k;
      }
      let S = first[t + 4]! + points;
      let C = first[t + 5]! + chosen;
      if (!high || (C > 0 && hC === 0) || (C > 0 && S * hC - hS * C > 0)) {
        hS = S;
        hC = C;
      }
      S = first[t + 6]! + points;
      C = first[t + 7]! + chosen;
      if (!high || (C > 0 && lC === 0) || (C > 0 && -(S * lC - lS * C) > 0)) {
        lS = S;
        lC = C;
      }
      high = true;
    }
    first[r] = sBest;
    first[r + 1] = sBest === intNone ? 0 : sBestMade;
    first[r + 2] = lBest;
    first[r + 3] = lBest === intNone ? 0 : lBestMade;
    first[r + 4] = hS;
    first[r + 5] = hC;
    first[r + 6] = lS;
    first[r + 7] = lC;
    shortestNext[i] = sNext;
    longestNext[i] = lNext;
  }
}

/**
 * One Dinkelbach round for best and worst together, sinks first. Record of a state (6 numbers): best
 * (weight, choices made, quality sum), worst (the same). A move's weight, choices made and points come from
 * tables indexed by its tenths + 1 (a timeout is -1): `tenths · C − S` for best, its negation for worst, 0
 * for a timeout.
 */
function round(
  graph: MoveGraph,
  record: Int32Array | Float64Array,
  bestNext: Int32Array,
  worstNext: Int32Array,
  weightA: Float64Array,
  weightB: Float64Array,
): void {
  const { m, kind, outStart, outTarget, outTenths } = graph;
  const NEG = record instanceof Int32Array ? intNone : Number.NEGATIVE_INFINITY;
  for (let i = m - 1; i >= 0; i--) {
    const r = i * 6;
    if (kind[i] !== 0) {
      const end = kind[i] === 1 ? 0 : NEG;
      record[r] = end;
      record[r + 1] = record[r + 2] = 0;
      record[r + 3] = end;
      record[r + 4] = record[r + 5] = 0;
      bestNext[i] = worstNext[i] = -1;
      continue;
    }
    let aBest = NEG;
    let aBestMade = -1;
    let aBestSum = 0;
    let aNext = -1;
    let bBest = NEG;
    let bBestMade = -1;
    let bBestSum = 0;
    let bNext = -1;
    for (let k = outStart[i]!; k < outStart[i + 1]!; k++) {
      const t = outTarget[k]! * 6;
      const av = record[t]!;
      if (av === NEG) continue;
      const move = outTenths[k]! + 1;
      const chosen = move === 0 ? 0 : 1;
      const points = move === 0 ? 0 : move - 1;
      const aw = weightA[move]! + av;
      const ac = record[t + 1]! + chosen;
      if (aw > aBest || (aw === aBest && ac > aBestMade)) {
        aBest = aw;
        aBestMade = ac;
        aBestSum = record[t + 2]! + points;
        aNext = k;
      }
      const bw = weightB[move]! + record[t + 3]!;
      const bc = record[t + 4]! + chosen;
      if (bw > bBest || (bw === bBest && bc > bBestMade)) {
        bBest = bw;
        bBestMade = bc;
        bBestSum = record[t + 5]! + points;
        bNext = k;
      }
    }
    record[r] = aBest;
    record[r + 1] = aBest === NEG ? 0 : aBestMade;
    record[r + 2] = aBest === NEG ? 0 : aBestSum;
    record[r + 3] = bBest;
    record[r + 4] = bBest === NEG ? 0 : bBestMade;
    record[r + 5] = bBest === NEG ? 0 : bBestSum;
    bestNext[i] = aNext;
    worstNext[i] = bNext;
  }
}

/**
 * Shortest/longest path and best/worst overall score from `start` when every move leads to a higher
 * position (no loops); `exact` is carried into the result.
 *
 * Few passes over the moves, each for several figures at once: shortest and longest, with the greedy
 * starting ratios of best and worst (each state keeps the successor whose path has the better ratio); then
 * Dinkelbach's rounds for best and worst together, until neither ratio improves (usually two). Ties go to
 * the path with more choices, then to the move offered first. What a pass reads of a state sits side by
 * side in one array (a record per state), so a move reads one record, not one value from each of six or
 * eight arrays; each pass is a function of its own, so the engine optimises each loop on its own.
 */
export function acyclicFigures(graph: MoveGraph, exact: boolean): PathFigures {
  const { m, outTarget, start } = graph;
  const follow = (nextOf: Int32Array): PathStep[] => {
    const path: PathStep[] = [];
    let i = start;
    for (let guard = 0; guard <= m; guard++) {
      const k = nextOf[i]!;
      if (k < 0) {
        path.push(graph.endStep(i));
        return path;
      }
      path.push(graph.moveStep(i, k));
      i = outTarget[k]!;
    }
    return path;
  };

  const first = new Int32Array(m * 8);
  const shortestNext = new Int32Array(m);
  const longestNext = new Int32Array(m);
  firstPass(graph, first, shortestNext, longestNext);
  const s0 = start * 8;
  if (first[s0] === intNone) return { ...none, exact };
  const shortestPath: PathFigure = { length: -first[s0]!, path: follow(shortestNext) };
  const longestPath: PathFigure = { length: first[s0 + 2]!, path: follow(longestNext) };
  // Any achievable ratio is a valid first λ (it changes the number of rounds, not the result); the greedy
  // paths' ratios are close.
  let bestS = first[s0 + 5]! > 0 ? first[s0 + 4]! : 0;
  let bestC = first[s0 + 5]! > 0 ? first[s0 + 5]! : 1;
  let worstS = first[s0 + 7]! > 0 ? first[s0 + 6]! : 10;
  let worstC = first[s0 + 7]! > 0 ? first[s0 + 7]! : 1;

  // The shortest and longest moves are followed: their arrays now hold the rounds' moves. The rounds'
  // records reuse the first pass's memory when their weights fit 32-bit integers (|weight| ≤ 10 · L · (L + 1)
  // for a longest path of L moves), and are doubles otherwise.
  const longest = first[s0 + 2]!;
  const record =
    10 * longest * (longest + 1) < 2 ** 31 - 1 ? first.subarray(0, m * 6) : new Float64Array(m * 6);
  const bestNext = shortestNext;
  const worstNext = longestNext;
  const weightA = new Float64Array(12);
  const weightB = new Float64Array(12);
  const r = start * 6;
  for (;;) {
    for (let tenths = 0; tenths <= 10; tenths++) {
      weightA[tenths + 1] = tenths * bestC - bestS;
      weightB[tenths + 1] = -(tenths * worstC - worstS);
    }
    round(graph, record, bestNext, worstNext, weightA, weightB);
    // A positive weight is a path with a strictly better ratio: move λ to it (finitely often).
    const moveBest =
      record[r]! > 0 && record[r + 1]! > 0 && record[r + 2]! * bestC !== bestS * record[r + 1]!;
    const moveWorst =
      record[r + 3]! > 0 && record[r + 4]! > 0 && record[r + 5]! * worstC !== worstS * record[r + 4]!;
    if (!moveBest && !moveWorst) break;
    if (moveBest) {
      bestS = record[r + 2]!;
      bestC = record[r + 1]!;
    }
    if (moveWorst) {
      worstS = record[r + 5]!;
      worstC = record[r + 4]!;
    }
  }
  const bestScore: ScoreFigure | null =
    record[r + 1] === 0 ? null : { overall: record[r + 2]! / (10 * record[r + 1]!), path: follow(bestNext) };
  const worstScore: ScoreFigure | null =
    bestScore === null || record[r + 4] === 0
      ? null
      : { overall: record[r + 5]! / (10 * record[r + 4]!), path: follow(worstNext) };
  return { shortestPath, longestPath, bestScore, worstScore, loop: null, exact };
}
