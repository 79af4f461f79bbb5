import type { Budget } from './budget';
import type { MoveGraph, PathFigures } from './figures';
import type { PathFigure, PathStep, PlayLoop, ScoreFigure } from './report';

/**
 * The figures of a scenario whose play states form a cycle that can still reach an ending: a trainee can
 * go round as often as they like (spec, "Plays, not node paths").
 *
 * - Shortest play: breadth first from the start (ties: more choices).
 * - Longest play: unbounded; the example goes to the nearest loop, round it once, and on to an ending.
 * - Best and worst overall score: the highest and lowest that plays reach or approach. A play is a path
 *   that repeats no state plus loops gone round; its mean lies between theirs, so the answer is the best of
 *   the loops' means and of the paths' means. The loops' means come from Karp's maximum (minimum) mean
 *   cycle, per component, with "mean" counted per choice (timeouts are not choices: Karp's levels count
 *   choices, and the timeouts after each choice are folded into it). Then Dinkelbach's method, started at
 *   that mean, finds whether a path does better: with λ at least every loop's mean, no loop has a positive
 *   weight (tenths·C − S per choice), so the heaviest way to an ending repeats no state, and Bellman-Ford
 *   inside each component (sinks first between components) finds it.
 *
 * Every pass over moves is charged to the pack's work budget; when it runs out, best and worst are `null`
 * and the figures are not exact.
 */

const NEG = Number.NEGATIVE_INFINITY;

/** A ratio of quality points: S tenths over C choices. */
interface Ratio {
  S: number;
  C: number;
}

interface Blocks {
  /** Positions of block r are `start[r] … start[r + 1] - 1`. */
  start: Int32Array;
  cyclic: Uint8Array;
}

function blocksOf(m: number, block: Int32Array, cyclic: Uint8Array): Blocks {
  const count = cyclic.length;
  const start = new Int32Array(count + 1);
  for (let i = 0; i < m; i++) start[block[i]! + 1]!++;
  for (let r = 0; r < count; r++) start[r + 1]! += start[r]!;
  return { start, cyclic };
}

/** Breadth first from `from` over the moves (inside block `within` only, if ≥ 0); parent move per position. */
function breadthFirst(
  graph: MoveGraph,
  from: number,
  within: number,
  block: Int32Array,
  stop: (i: number) => boolean,
): { parentMove: Int32Array; parent: Int32Array; found: number } {
  const { m, outStart, outTarget } = graph;
  const parentMove = new Int32Array(m).fill(-1);
  const parent = new Int32Array(m).fill(-1);
  const seen = new Uint8Array(m);
  const queue = new Int32Array(m);
  let tail = 0;
  queue[tail++] = from;
  seen[from] = 1;
  for (let head = 0; head < tail; head++) {
    const x = queue[head]!;
    for (let k = outStart[x]!; k < outStart[x + 1]!; k++) {
      const t = outTarget[k]!;
      if (within >= 0 && block[t] !== within) continue;
      if (stop(t)) {
        parentMove[t] = k;
        parent[t] = x;
        return { parentMove, parent, found: t };
      }
      if (seen[t] === 1) continue;
      seen[t] = 1;
      parentMove[t] = k;
      parent[t] = x;
      queue[tail++] = t;
    }
  }
  return { parentMove, parent, found: -1 };
}

/** The moves (indices) from `from` to `to` along parent links. */
function movesAlong(parent: Int32Array, parentMove: Int32Array, from: number, to: number): number[] {
  const out: number[] = [];
  let x = to;
  do {
    out.push(parentMove[x]!);
    x = parent[x]!;
  } while (x !== from && x >= 0);
  return out.reverse();
}

/** The path steps of a sequence of moves starting at position `from`; with `end`, the ending step too. */
function stepsOf(graph: MoveGraph, from: number, moves: readonly number[], end: boolean): PathStep[] {
  const steps: PathStep[] = [];
  let x = from;
  for (const k of moves) {
    steps.push(graph.moveStep(x, k));
    x = graph.outTarget[k]!;
  }
  if (end) steps.push(graph.endStep(x));
  return steps;
}

/**
 * Karp's maximum mean cycle in block [a, b), the mean taken per choice: D_k(v) is the heaviest walk that
 * makes exactly k choices and ends at v (starting anywhere, each choice followed by any timeouts inside the
 * block), and the maximum mean is max over v of min over k < n of (D_n(v) − D_k(v)) / (n − k). `sign` −1
 * gives the minimum (the maximum of the negated points). Two passes of n levels (the second recomputes the
 * levels instead of keeping n² numbers). Undefined when the budget does not cover it; null when no cycle
 * in the block makes a choice.
 */
function karp(
  graph: MoveGraph,
  a: number,
  b: number,
  sign: 1 | -1,
  budget: Budget,
): Ratio | null | undefined {
  const { outStart, outTarget, outTenths } = graph;
  const n = b - a;
  let inside = 0;
  for (let i = a; i < b; i++)
    for (let k = outStart[i]!; k < outStart[i + 1]!; k++)
      if (outTarget[k]! >= a && outTarget[k]! < b) inside++;
  if (!budget.spend(2 * n * (inside + n))) return undefined;
  const from: number[] = [];
  const to: number[] = [];
  const weight: number[] = [];
  const timeoutTo = new Int32Array(n).fill(-1);
  for (let i = a; i < b; i++)
    for (let k = outStart[i]!; k < outStart[i + 1]!; k++) {
      const t = outTarget[k]!;
      if (t < a || t >= b) continue;
      if (outTenths[k]! < 0) timeoutTo[i - a] = t - a;
      else {
        from.push(i - a);
        to.push(t - a);
        weight.push(sign * outTenths[k]!);
      }
    }
  // The timeouts inside the block as an order of (from, to) relaxations that carries every value along every
  // chain of timeouts: trees first (Kahn), then each timeout cycle twice round.
  const relax: number[] = [];
  const incoming = new Int32Array(n);
  for (let v = 0; v < n; v++) if (timeoutTo[v]! >= 0) incoming[timeoutTo[v]!]!++;
  const queue: number[] = [];
  for (let v = 0; v < n; v++) if (incoming[v] === 0) queue.push(v);
  const done = new Uint8Array(n);
  for (let head = 0; head < queue.length; head++) {
    const v = queue[head]!;
    done[v] = 1;
    const w = timeoutTo[v]!;
    if (w < 0) continue;
    relax.push(v, w);
    if (--incoming[w]! === 0) queue.push(w);
  }
  for (let v = 0; v < n; v++) {
    if (done[v] === 1) continue;
    const cycle: number[] = [];
    for (let x = v; done[x] === 0; x = timeoutTo[x]!) {
      done[x] = 1;
      cycle.push(x);
    }
    for (let round = 0; round < 2; round++)
      for (let j = 0; j < cycle.length; j++) relax.push(cycle[j]!, cycle[(j + 1) % cycle.length]!);
  }
  const level = (previous: Float64Array, current: Float64Array) => {
    current.fill(NEG);
    for (let e = 0; e < from.length; e++) {
      const p = previous[from[e]!]!;
      if (p === NEG) continue;
      const value = p + weight[e]!;
      if (value > current[to[e]!]!) current[to[e]!] = value;
    }
    for (let r = 0; r < relax.length; r += 2)
      if (current[relax[r]!]! > current[relax[r + 1]!]!) current[relax[r + 1]!] = current[relax[r]!]!;
  };
  let previous = new Float64Array(n);
  let current = new Float64Array(n);
  for (let k = 1; k <= n; k++) {
    level(previous, current);
    [previous, current] = [current, previous];
  }
  const last = Float64Array.from(previous);
  // Per v, the least (D_n − D_k) / (n − k) as a fraction.
  const minNum = new Float64Array(n).fill(Number.POSITIVE_INFINITY);
  const minDen = new Float64Array(n).fill(1);
  previous = new Float64Array(n);
  for (let k = 0; k < n; k++) {
    if (k > 0) {
      level(previous, current);
      [previous, current] = [current, previous];
    }
    for (let v = 0; v < n; v++) {
      if (last[v] === NEG || previous[v] === NEG) continue;
      const num = last[v]! - previous[v]!;
      const den = n - k;
      if (num * minDen[v]! < minNum[v]! * den) {
        minNum[v] = num;
        minDen[v] = den;
      }
    }
  }
  let best: Ratio | null = null;
  for (let v = 0; v < n; v++) {
    if (last[v] === NEG) continue;
    if (best === null || minNum[v]! * best.C > best.S * minDen[v]!) best = { S: minNum[v]!, C: minDen[v]! };
  }
  return best === null ? null : { S: sign * best.S, C: best.C };
}

export function cyclicFigures(
  graph: MoveGraph,
  block: Int32Array,
  cyclic: Uint8Array,
  exhaustive: boolean,
  budget: Budget,
): PathFigures {
  const { m, kind, outStart, outTarget, outTenths, start } = graph;
  const blocks = blocksOf(m, block, cyclic);
  let exact = exhaustive;

  // Shortest: breadth first from the start; among the nearest endings, the way with the most choices.
  const dist = new Int32Array(m).fill(-1);
  const made = new Int32Array(m);
  const parentMove = new Int32Array(m).fill(-1);
  const parent = new Int32Array(m).fill(-1);
  const queue = new Int32Array(m);
  let tail = 0;
  queue[tail++] = start;
  dist[start] = 0;
  let nearest = -1;
  for (let head = 0; head < tail; head++) {
    const x = queue[head]!;
    if (kind[x] === 1 && (nearest < 0 || (dist[x] === dist[nearest] && made[x]! > made[nearest]!)))
      nearest = x;
    for (let k = outStart[x]!; k < outStart[x + 1]!; k++) {
      const t = outTarget[k]!;
      const c = made[x]! + (outTenths[k]! < 0 ? 0 : 1);
      if (dist[t] === -1) {
        dist[t] = dist[x]! + 1;
        made[t] = c;
        parentMove[t] = k;
        parent[t] = x;
        queue[tail++] = t;
      } else if (dist[t] === dist[x]! + 1 && c > made[t]!) {
        made[t] = c;
        parentMove[t] = k;
        parent[t] = x;
      }
    }
  }
  if (nearest < 0) return { ...noneFigures, exact };
  const wayIn = (to: number): number[] => (to === start ? [] : movesAlong(parent, parentMove, start, to));
  const shortestPath: PathFigure = {
    length: dist[nearest]!,
    path: stepsOf(graph, start, wayIn(nearest), true),
  };
  /** A shortest way from `from` to an ending (undefined: only unexplored states lie ahead). */
  const wayOut = (from: number): number[] | undefined => {
    if (kind[from] === 1) return [];
    const found = breadthFirst(graph, from, -1, block, (i) => kind[i] === 1);
    return found.found < 0 ? undefined : movesAlong(found.parent, found.parentMove, from, found.found);
  };
  /** A shortest way round from position `entry` back to it, inside its block. */
  const roundFrom = (entry: number): number[] => {
    const found = breadthFirst(graph, entry, block[entry]!, block, (i) => i === entry);
    return movesAlong(found.parent, found.parentMove, entry, found.found);
  };
  /** Through a loop: the way in to `entry`, the loop's moves, the way out, as one example play. */
  const through = (entry: number, loop: number[]) => {
    const inMoves = wayIn(entry);
    const outMoves = wayOut(entry);
    if (outMoves === undefined) return undefined;
    return {
      via: stepsOf(graph, start, inMoves, false),
      loop: stepsOf(graph, entry, loop, false),
      path: stepsOf(graph, start, [...inMoves, ...loop, ...outMoves], true),
      length: inMoves.length + loop.length + outMoves.length,
    };
  };

  // The loop nearest the start: the first position in breadth-first order inside a cyclic block.
  let entry = -1;
  for (let h = 0; h < tail && entry < 0; h++) if (cyclic[block[queue[h]!]!] === 1) entry = queue[h]!;
  const example = through(entry, roundFrom(entry));
  // A loop whose way out is known only to lead into unexplored states is not claimed (the bound stopped it).
  if (example === undefined) exact = false;
  const loop: PlayLoop | null = example === undefined ? null : { via: example.via, moves: example.loop };
  const longestPath: PathFigure | null =
    example === undefined ? null : { length: example.length, path: example.path, unbounded: true };

  // Best (sign 1) and worst (sign −1): the loops' best mean first (Karp, per cyclic block), then
  // Dinkelbach's rounds from there for both at once (or from beyond every mean when no loop makes a choice).
  interface Side {
    sign: 1 | -1;
    mean: Ratio | null;
    meanBlock: number;
    ratio: Ratio;
    reached: number[] | undefined;
    done: boolean;
  }
  const sideOf = (sign: 1 | -1): Side | undefined => {
    let mean: Ratio | null = null;
    let meanBlock = -1;
    for (let r = 0; r < cyclic.length; r++) {
      if (cyclic[r] === 0) continue;
      const found = karp(graph, blocks.start[r]!, blocks.start[r + 1]!, sign, budget);
      if (found === undefined) return undefined;
      if (found !== null && (mean === null || sign * (found.S * mean.C - mean.S * found.C) > 0)) {
        mean = found;
        meanBlock = r;
      }
    }
    const ratio = mean ?? { S: sign === 1 ? -1 : 11, C: 1 };
    return { sign, mean, meanBlock, ratio, reached: undefined, done: false };
  };
  const high = sideOf(1);
  const low = high === undefined ? undefined : sideOf(-1);
  /** Follows the heaviest way from the start; moves λ when it is heavier than 0. */
  const step = (side: Side, value: Float64Array, next: Int32Array) => {
    if (side.done) return;
    side.done = true;
    if (value[start] === NEG) return;
    const moves: number[] = [];
    let S = 0;
    let C = 0;
    for (let x = start, guard = 0; next[x]! >= 0 && guard <= m; guard++) {
      const k = next[x]!;
      moves.push(k);
      if (outTenths[k]! >= 0) {
        S += outTenths[k]!;
        C++;
      }
      x = outTarget[k]!;
    }
    if (C > 0 && value[start]! > 0) {
      side.ratio = { S, C };
      side.reached = moves;
      side.done = false;
    } else if (C > 0 && value[start] === 0 && S * side.ratio.C === side.ratio.S * C) side.reached = moves;
  };
  let failed = high === undefined || low === undefined;
  while (!failed && !(high!.done && low!.done)) {
    const heaviest = heaviestWays(graph, blocks, high!.ratio, low!.ratio, budget);
    if (heaviest === undefined) failed = true;
    else {
      step(high!, heaviest.valueHigh, heaviest.nextHigh);
      step(low!, heaviest.valueLow, heaviest.nextLow);
    }
  }
  const figure = (side: Side): ScoreFigure | null | undefined => {
    if (side.reached !== undefined)
      return { overall: side.ratio.S / (10 * side.ratio.C), path: stepsOf(graph, start, side.reached, true) };
    if (side.mean === null) return null;
    const cycle = loopWithMean(graph, blocks, side.meanBlock, side.sign, side.mean, budget);
    if (cycle === undefined) return undefined;
    // Shown from the loop's state nearest the start.
    let entry = cycle.entry;
    let turn = 0;
    for (let j = 0, x = cycle.entry; j < cycle.moves.length; j++) {
      if (dist[x]! < dist[entry]!) {
        entry = x;
        turn = j;
      }
      x = outTarget[cycle.moves[j]!]!;
    }
    const shown = through(entry, [...cycle.moves.slice(turn), ...cycle.moves.slice(0, turn)]);
    if (shown === undefined) return undefined;
    return { overall: side.mean.S / (10 * side.mean.C), path: shown.path, loop: shown.loop };
  };
  const best = failed ? undefined : figure(high!);
  const worst = failed ? undefined : best === null ? null : figure(low!);
  if (best === undefined || worst === undefined) exact = false;
  return {
    shortestPath,
    longestPath,
    bestScore: best ?? null,
    worstScore: worst ?? null,
    loop,
    exact,
  };
}

const noneFigures: PathFigures = {
  shortestPath: null,
  longestPath: null,
  bestScore: null,
  worstScore: null,
  loop: null,
  exact: true,
};

/**
 * The heaviest way from every position to an ending, for best and worst at once: per choice the weights
 * tenths·C − S of `high`'s ratio and S − tenths·C of `low`'s, 0 per timeout, when no loop weighs more than 0
 * under either. Blocks sinks first; inside a cyclic block, Bellman-Ford (strict improvements only, so the
 * chosen moves never close a loop). Undefined when the budget runs out.
 */
function heaviestWays(
  graph: MoveGraph,
  blocks: Blocks,
  high: Ratio,
  low: Ratio,
  budget: Budget,
):
  | { valueHigh: Float64Array; nextHigh: Int32Array; valueLow: Float64Array; nextLow: Int32Array }
  | undefined {
  const { m, kind, outStart, outTarget, outTenths } = graph;
  const valueHigh = new Float64Array(m);
  const nextHigh = new Int32Array(m).fill(-1);
  const valueLow = new Float64Array(m);
  const nextLow = new Int32Array(m).fill(-1);
  const weightHigh = new Float64Array(12);
  const weightLow = new Float64Array(12);
  for (let tenths = 0; tenths <= 10; tenths++) {
    weightHigh[tenths + 1] = tenths * high.C - high.S;
    weightLow[tenths + 1] = low.S - tenths * low.C;
  }
  if (!budget.spend(outStart[m]! + m)) return undefined;
  for (let r = blocks.cyclic.length - 1; r >= 0; r--) {
    const a = blocks.start[r]!;
    const b = blocks.start[r + 1]!;
    for (let i = b - 1; i >= a; i--) {
      if (kind[i] !== 0) {
        valueHigh[i] = valueLow[i] = kind[i] === 1 ? 0 : NEG;
        continue;
      }
      let bestHigh = NEG;
      let bestLow = NEG;
      for (let k = outStart[i]!; k < outStart[i + 1]!; k++) {
        const t = outTarget[k]!;
        if (t < b || valueHigh[t] === NEG) continue;
        const move = outTenths[k]! + 1;
        const h = weightHigh[move]! + valueHigh[t]!;
        if (h > bestHigh) {
          bestHigh = h;
          nextHigh[i] = k;
        }
        const l = weightLow[move]! + valueLow[t]!;
        if (l > bestLow) {
          bestLow = l;
          nextLow[i] = k;
        }
      }
      valueHigh[i] = bestHigh;
      valueLow[i] = bestLow;
    }
    if (blocks.cyclic[r] === 0) continue;
    const inside = outStart[b]! - outStart[a]!;
    for (let round = 0; ; round++) {
      if (round > b - a + 1 || !budget.spend(inside)) return undefined;
      let changed = false;
      for (let i = a; i < b; i++) {
        if (kind[i] !== 0) continue;
        for (let k = outStart[i]!; k < outStart[i + 1]!; k++) {
          const t = outTarget[k]!;
          if (t < a || t >= b || valueHigh[t] === NEG) continue;
          const move = outTenths[k]! + 1;
          const h = weightHigh[move]! + valueHigh[t]!;
          if (h > valueHigh[i]!) {
            valueHigh[i] = h;
            nextHigh[i] = k;
            changed = true;
          }
          const l = weightLow[move]! + valueLow[t]!;
          if (l > valueLow[i]!) {
            valueLow[i] = l;
            nextLow[i] = k;
            changed = true;
          }
        }
      }
      if (!changed) break;
    }
  }
  return { valueHigh, nextHigh, valueLow, nextLow };
}

/**
 * A loop in block r whose mean (per choice) is `lambda`, the block's best: with the weights of `lambda` no
 * loop weighs more than 0, so the heaviest walk ending at each position (from anywhere in the block) is a
 * potential, and a loop weighs exactly 0 when every move on it is tight. A choice inside a strongly
 * connected part of the tight moves lies on such a loop.
 */
function loopWithMean(
  graph: MoveGraph,
  blocks: Blocks,
  r: number,
  sign: 1 | -1,
  lambda: Ratio,
  budget: Budget,
): { entry: number; moves: number[] } | undefined {
  const { outStart, outTarget, outTenths } = graph;
  const a = blocks.start[r]!;
  const b = blocks.start[r + 1]!;
  const n = b - a;
  const w = (k: number) => (outTenths[k]! < 0 ? 0 : sign * (outTenths[k]! * lambda.C - lambda.S));
  const potential = new Float64Array(n);
  const inside = outStart[b]! - outStart[a]!;
  for (let round = 0; ; round++) {
    if (round > n + 1 || !budget.spend(inside)) return undefined;
    let changed = false;
    for (let i = a; i < b; i++)
      for (let k = outStart[i]!; k < outStart[i + 1]!; k++) {
        const t = outTarget[k]!;
        if (t < a || t >= b) continue;
        const p = potential[i - a]! + w(k);
        if (p > potential[t - a]!) {
          potential[t - a] = p;
          changed = true;
        }
      }
    if (!changed) break;
  }
  const tight = (i: number, k: number) => {
    const t = outTarget[k]!;
    return t >= a && t < b && potential[i - a]! + w(k) === potential[t - a]!;
  };
  // Reachability along tight moves: for each tight choice u → t, a tight way back from t to u closes it.
  for (let u = a; u < b; u++)
    for (let k = outStart[u]!; k < outStart[u + 1]!; k++) {
      if (outTenths[k]! < 0 || !tight(u, k)) continue;
      if (!budget.spend(inside)) return undefined;
      const t = outTarget[k]!;
      if (t === u) return { entry: u, moves: [k] };
      const parentMove = new Map<number, number>();
      const queue = [t];
      parentMove.set(t, -1);
      for (let head = 0; head < queue.length; head++) {
        const x = queue[head]!;
        for (let j = outStart[x]!; j < outStart[x + 1]!; j++) {
          const y = outTarget[j]!;
          if (!tight(x, j) || parentMove.has(y)) continue;
          parentMove.set(y, j);
          if (y === u) {
            const back: number[] = [];
            for (let z = u; z !== t; ) {
              const move = parentMove.get(z)!;
              back.push(move);
              z = sourceOf(graph, move, a, b);
            }
            return { entry: u, moves: [k, ...back.reverse()] };
          }
          queue.push(y);
        }
      }
    }
  return undefined;
}

/** The position a move leaves from (moves of position i are `outStart[i] … outStart[i + 1] - 1`). */
function sourceOf(graph: MoveGraph, move: number, a: number, b: number): number {
  let lo = a;
  let hi = b - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (graph.outStart[mid]! <= move) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
