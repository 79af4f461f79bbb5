import type { StateGraph } from './explore';
import { acyclicNodeComponents, moveStep } from './paths';
import type { PathFigure, PathStep, ScoreFigure } from './report';

/**
 * Shortest/longest path and best/worst overall score over the paths from the start state to an ending
 * state that visit no node twice.
 *
 * The useful states (those that can reach an ending) are grouped by the strongly connected component of
 * their node in the graph of moves. A path that visits no node twice runs through each component in one
 * piece, and components follow each other in topological order, so the figures come from dynamic
 * programming over components, sinks first: a state of an acyclic component (the common case: a scenario
 * without loops has only those) takes its best move, O(moves); a state of a component with a loop tries every
 * way through the component that repeats no node (exponential only in the size of that loop) until it
 * leaves. The search inside loops is bounded by `budget` moves; `exact` says whether it stayed within.
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
  exact: boolean;
}

const none: PathFigures = {
  shortestPath: null,
  longestPath: null,
  bestScore: null,
  worstScore: null,
  exact: true,
};

/** Components of the node graph restricted to useful states: iterative Tarjan, emitted sinks first. */
function nodeComponents(
  graph: StateGraph,
  useful: Uint8Array,
): { component: Int32Array; cyclic: Uint8Array } {
  const n = graph.scenario.ids.length;
  const { edgeStart, edgeTarget, expanded, node } = graph;
  const outStart = new Int32Array(n + 1);
  for (let s = 0; s < expanded; s++) {
    if (useful[s] === 0) continue;
    for (let e = edgeStart[s]!; e < edgeStart[s + 1]!; e++)
      if (useful[edgeTarget[e]!] === 1) outStart[node[s]! + 1]!++;
  }
  for (let v = 0; v < n; v++) outStart[v + 1]! += outStart[v]!;
  const out = new Int32Array(outStart[n]!);
  const fill = outStart.slice(0, n);
  for (let s = 0; s < expanded; s++) {
    if (useful[s] === 0) continue;
    for (let e = edgeStart[s]!; e < edgeStart[s + 1]!; e++) {
      const t = edgeTarget[e]!;
      if (useful[t] === 1) out[fill[node[s]!]!++] = node[t]!;
    }
  }
  const index = new Int32Array(n).fill(-1);
  const low = new Int32Array(n);
  const onStack = new Uint8Array(n);
  const component = new Int32Array(n).fill(-1);
  const cyclicList: number[] = [];
  const stack: number[] = [];
  const callNode: number[] = [];
  const callEdge: number[] = [];
  let next = 0;
  let components = 0;
  for (let root = 0; root < n; root++) {
    if (index[root] !== -1) continue;
    index[root] = low[root] = next++;
    stack.push(root);
    onStack[root] = 1;
    callNode.push(root);
    callEdge.push(outStart[root]!);
    while (callNode.length > 0) {
      const top = callNode.length - 1;
      const v = callNode[top]!;
      const e = callEdge[top]!;
      if (e < outStart[v + 1]!) {
        callEdge[top] = e + 1;
        const w = out[e]!;
        if (index[w] === -1) {
          index[w] = low[w] = next++;
          stack.push(w);
          onStack[w] = 1;
          callNode.push(w);
          callEdge.push(outStart[w]!);
        } else if (onStack[w] === 1 && index[w]! < low[v]!) low[v] = index[w]!;
        continue;
      }
      callNode.pop();
      callEdge.pop();
      if (callNode.length > 0) {
        const parent = callNode[callNode.length - 1]!;
        if (low[v]! < low[parent]!) low[parent] = low[v]!;
      }
      if (low[v] !== index[v]) continue;
      let size = 0;
      let w: number;
      do {
        w = stack.pop()!;
        onStack[w] = 0;
        component[w] = components;
        size++;
      } while (w !== v);
      let cyclic = size > 1;
      for (let i = outStart[v]!; i < outStart[v + 1]! && !cyclic; i++) if (out[i] === v) cyclic = true;
      cyclicList.push(cyclic ? 1 : 0);
      components++;
    }
  }
  return { component, cyclic: Uint8Array.from(cyclicList) };
}

export function pathFigures(graph: StateGraph, useful: Uint8Array, budget: number): PathFigures {
  const count = graph.node.length;
  if (count === 0 || useful[0] === 0) return none;
  const { edgeStart, edgeTarget, edgeChoice, expanded, node } = graph;
  const tenthsOfChoice = graph.scenario.choiceTenths;
  const endingOf = graph.scenario.ending;
  const { component, cyclic } = acyclicNodeComponents(graph.scenario) ?? nodeComponents(graph, useful);

  // Renumber useful states by component, sources first (components are numbered sinks first): positions
  // are solved from the last to the first, each after every position its moves lead to outside its own
  // component.
  const components = cyclic.length;
  const rank = (s: number) => components - 1 - component[node[s]!]!;
  const bucket = new Int32Array(components + 1);
  for (let s = 0; s < count; s++) if (useful[s] === 1) bucket[rank(s) + 1]!++;
  for (let c = 0; c < components; c++) bucket[c + 1]! += bucket[c]!;
  const m = bucket[components]!;
  const order = new Int32Array(m);
  const position = new Int32Array(count).fill(-1);
  const fill = bucket.slice(0, components);
  for (let s = 0; s < count; s++)
    if (useful[s] === 1) {
      const i = fill[rank(s)]!++;
      order[i] = s;
      position[s] = i;
    }
  // kind: 0 a step, 1 an ending, 2 an unexplored frontier state (no path is known to end from there).
  const kind = new Uint8Array(m);
  const comp = new Int32Array(m);
  const nodeAt = new Int32Array(m);
  const outStart = new Int32Array(m + 1);
  const outTarget = new Int32Array(edgeTarget.length);
  const outTenths = new Int8Array(edgeTarget.length);
  const outEdge = new Int32Array(edgeTarget.length);
  let moves = 0;
  let anyCyclic = false;
  for (let i = 0; i < m; i++) {
    const s = order[i]!;
    outStart[i] = moves;
    nodeAt[i] = node[s]!;
    comp[i] = component[node[s]!]!;
    if (cyclic[comp[i]!] === 1) anyCyclic = true;
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

  // The solver: for every position, the best path to an ending for additive move weights (ties: more
  // choices), with the quality sum and choice count along it and how to follow it.
  const value = new Float64Array(m);
  const sum = new Float64Array(m);
  const made = new Float64Array(m);
  const next = new Int32Array(m);
  const segments = new Map<number, Int32Array>();
  const onPath = new Uint8Array(graph.scenario.ids.length);
  let steps = 0;
  let exhausted = false;
  const NEG = Number.NEGATIVE_INFINITY;

  // Move weights: `perMove` for every move plus, for a choice, `sign · (tenths · C − S)`.
  let perMove = 0;
  let sign = 0;
  let lambdaS = 0;
  let lambdaC = 0;
  const weight = (tenths: number): number =>
    tenths < 0 ? perMove : perMove + sign * (tenths * lambdaC - lambdaS);
  const solve = (move: number, direction: number, S: number, C: number): void => {
    perMove = move;
    sign = direction;
    lambdaS = S;
    lambdaC = C;
    segments.clear();
    for (let i = m - 1; i >= 0; i--) {
      next[i] = -1;
      sum[i] = 0;
      made[i] = 0;
      if (kind[i] !== 0) {
        value[i] = kind[i] === 1 ? 0 : NEG;
        continue;
      }
      let best = NEG;
      let bestMade = -1;
      let bestSum = 0;
      // One move to a position already solved: the whole choice for an acyclic component; inside a loop
      // the moves that leave it at once (a valid start, and all there is once the budget has run out).
      for (let k = outStart[i]!; k < outStart[i + 1]!; k++) {
        const t = outTarget[k]!;
        if (value[t] === NEG || comp[t] === comp[i]) continue;
        const tenths = outTenths[k]!;
        const w = weight(tenths) + value[t]!;
        const c = made[t]! + (tenths < 0 ? 0 : 1);
        if (w > best || (w === best && c > bestMade)) {
          best = w;
          bestMade = c;
          bestSum = sum[t]! + Math.max(tenths, 0);
          next[i] = k;
        }
      }
      if (cyclic[comp[i]!] === 1 && !exhausted) {
        // Every way through the loop that repeats no node, until a move leaves the component.
        let bestSegment: number[] = [];
        const at: number[] = [i];
        const cursor: number[] = [outStart[i]!];
        const via: number[] = [];
        const accWeight: number[] = [0];
        const accSum: number[] = [0];
        const accMade: number[] = [0];
        onPath[nodeAt[i]!] = 1;
        while (at.length > 0) {
          const top = at.length - 1;
          const x = at[top]!;
          const k = cursor[top]!;
          if (k < outStart[x + 1]! && !exhausted) {
            cursor[top] = k + 1;
            if (++steps > budget) {
              exhausted = true;
              continue;
            }
            const t = outTarget[k]!;
            const tenths = outTenths[k]!;
            const w = accWeight[top]! + weight(tenths);
            const sm = accSum[top]! + Math.max(tenths, 0);
            const c = accMade[top]! + (tenths < 0 ? 0 : 1);
            if (comp[t] !== comp[i]) {
              if (value[t] === NEG) continue;
              const total = w + value[t]!;
              const totalMade = c + made[t]!;
              if (total > best || (total === best && totalMade > bestMade)) {
                best = total;
                bestMade = totalMade;
                bestSum = sm + sum[t]!;
                bestSegment = [...via, k];
              }
            } else if (kind[t] === 0 && onPath[nodeAt[t]!] === 0) {
              at.push(t);
              cursor.push(outStart[t]!);
              via.push(k);
              accWeight.push(w);
              accSum.push(sm);
              accMade.push(c);
              onPath[nodeAt[t]!] = 1;
            }
            continue;
          }
          onPath[nodeAt[x]!] = 0;
          at.pop();
          cursor.pop();
          accWeight.pop();
          accSum.pop();
          accMade.pop();
          if (via.length > 0 && at.length > 0) via.pop();
        }
        // A way through the loop beat every move that leaves at once: follow it.
        if (bestSegment.length > 0) segments.set(i, Int32Array.from(bestSegment));
      }
      value[i] = best;
      if (best !== NEG) {
        sum[i] = bestSum;
        made[i] = bestMade;
      }
    }
  };

  const follow = (nextOf: Int32Array = next): PathStep[] => {
    const path: PathStep[] = [];
    let i = start;
    for (let guard = 0; guard <= m; guard++) {
      const s = order[i]!;
      const segment = segments.get(i);
      if (segment !== undefined) {
        let x = i;
        for (const k of segment) {
          path.push(moveStep(graph, order[x]!, outEdge[k]!));
          x = outTarget[k]!;
        }
        i = x;
        continue;
      }
      const k = nextOf[i]!;
      if (k < 0) {
        path.push({ node: graph.scenario.ids[node[s]!]! });
        return path;
      }
      path.push(moveStep(graph, s, outEdge[k]!));
      i = outTarget[k]!;
    }
    return path;
  };

  if (!anyCyclic)
    return acyclicFigures(
      {
        m,
        kind,
        outStart,
        outTarget,
        outTenths,
        start,
        moveStep: (i, k) => moveStep(graph, order[i]!, outEdge[k]!),
        endStep: (i) => ({ node: graph.scenario.ids[node[order[i]!]!]! }),
      },
      graph.exhaustive,
    );

  solve(-1, 0, 0, 0);
  if (value[start] === NEG) return { ...none, exact: graph.exhaustive && !exhausted };
  const shortestPath: PathFigure = { length: -value[start]!, path: follow() };
  solve(1, 0, 0, 0);
  const longestPath: PathFigure = { length: value[start]!, path: follow() };

  const optimise = (direction: 1 | -1): ScoreFigure | null => {
    let S = direction === 1 ? 0 : 10;
    let C = 1;
    for (;;) {
      solve(0, direction, S, C);
      // A positive best weight is a path with a strictly better ratio: move λ to it (finitely often).
      if (value[start]! > 0 && made[start]! > 0 && sum[start]! * C !== S * made[start]!) {
        S = sum[start]!;
        C = made[start]!;
        continue;
      }
      if (made[start]! === 0) return null;
      return { overall: sum[start]! / (10 * made[start]!), path: follow() };
    }
  };
  const bestScore = optimise(1);
  const worstScore = bestScore === null ? null : optimise(-1);
  return {
    shortestPath,
    longestPath,
    bestScore,
    worstScore,
    exact: graph.exhaustive && !exhausted,
  };
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
  return { shortestPath, longestPath, bestScore, worstScore, exact };
}
