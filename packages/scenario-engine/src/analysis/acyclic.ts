import { evaluateCondition, type Variables } from '../conditions';
import type { VariableValue } from '../schema';
import { type CompiledScenario, choiceOf } from './compile';
import { maxNotedAtoms } from './explore';
import { digitsOfCodes, type Encoding, notebook, sequenceTables } from './explore-encoded';
import { acyclicFigures, type PathFigures } from './figures';
import { isLive, type Liveness } from './liveness';

/**
 * The analysis of a scenario whose nodes form no cycle (every scenario a country has written so far, and
 * the benchmark's): instead of building the graph of states move by move, it sweeps the nodes once in
 * topological order carrying, for each node, the value codes play can reach it with (one entry per
 * node × code; codes as in `explore-encoded.ts`: the classes of the variables conditions read, dead ones
 * reset, and the `visited` bits). Every node's incoming moves are known before it is swept, so each state
 * is expanded once, with no queue and no lookup table of states. Conditions are evaluated once per distinct
 * condition and code, effects once per distinct list of effects and code, so a move is three table
 * lookups. The states are numbered in the sweep's order (sources first) and their moves written straight
 * into the arrays the figures read (`acyclicFigures`).
 *
 * The states and moves are exactly those the general explorer finds (a test checks the two reports are
 * equal); this one only finds them with less work. It answers `undefined` (and the general explorer runs)
 * when its tables would be large (many codes), when the state bound is exceeded (the general explorer stops
 * there and says so), when a condition names more indicators than are enumerated, and when a step can leave
 * the trainee with no choice (the general explorer reports the soft-lock with the way there).
 */

export interface AcyclicExploration {
  readonly states: number;
  readonly transitions: number;
  /** Node indices of the endings play reaches, ascending. */
  readonly reachedEndings: readonly number[];
  readonly figures: PathFigures;
}

/** Most codes per node, and most node × code entries, the tables are built for. */
const maxCodes = 1 << 12;
const maxEntries = 1 << 23;

export function exploreAcyclic(
  scenario: CompiledScenario,
  order: Int32Array,
  tracked: readonly string[],
  initial: Variables,
  live: Liveness,
  encoding: Encoding,
  maxStates: number,
): AcyclicExploration | undefined {
  const n = scenario.ids.length;
  if (scenario.start < 0) return undefined;
  const atoms = scenario.visitedAtoms;
  const slots = tracked.length + atoms.length;
  if (slots > 30) return undefined;
  const radix = new Int32Array(slots);
  const place = new Int32Array(slots);
  let span = 1;
  for (let k = 0; k < slots; k++) {
    radix[k] = k < tracked.length ? encoding.domains[k]!.values.length : 2;
    place[k] = span;
    span *= radix[k]!;
    if (span > maxCodes) return undefined;
  }
  if (n * span > maxEntries) return undefined;
  for (const noted of scenario.conditionNoted) if (noted.length > maxNotedAtoms) return undefined;

  // The digits of every code, and the values and visited nodes a code stands for.
  const digits = digitsOfCodes(span, radix);
  const valuesOf: Variables[] = [];
  const visitedOf: ReadonlySet<string>[] = [];
  for (let code = 0; code < span; code++) {
    const values: Record<string, VariableValue> = {};
    for (let k = 0; k < tracked.length; k++)
      values[tracked[k]!] = encoding.domains[k]!.values[digits[code * slots + k]!]!;
    valuesOf.push(values);
    const visited = new Set<string>();
    for (let j = 0; j < atoms.length; j++)
      if (digits[code * slots + tracked.length + j] === 1) visited.add(scenario.ids[atoms[j]!]!);
    visitedOf.push(visited);
  }

  // Entering a node sets its own visited bit and resets the slots dead there: one table per distinct way.
  const atomSlotOfNode = new Int32Array(n).fill(-1);
  atoms.forEach((node, j) => {
    atomSlotOfNode[node] = tracked.length + j;
  });
  const entryBase = new Int32Array(n);
  const patterns = new Map<number, number>();
  const entryRows: Int32Array[] = [];
  for (let v = 0; v < n; v++) {
    let dead = 0;
    for (let k = 0; k < slots; k++) if (!isLive(live, v, k)) dead |= 1 << k;
    const own = atomSlotOfNode[v]!;
    const key = dead * 32 + (own + 1);
    let pattern = patterns.get(key);
    if (pattern === undefined) {
      pattern = entryRows.length;
      patterns.set(key, pattern);
      const row = new Int32Array(span);
      for (let code = 0; code < span; code++) {
        let next = code;
        if (own >= 0 && digits[code * slots + own] === 0) next += place[own]!;
        for (let k = 0; k < slots; k++)
          if ((dead & (1 << k)) !== 0) next -= digits[next * slots + k]! * place[k]!;
        row[code] = next;
      }
      entryRows.push(row);
    }
    entryBase[v] = pattern * span;
  }
  const entry = new Int32Array(entryRows.length * span);
  entryRows.forEach((row, pattern) => {
    entry.set(row, pattern * span);
  });

  // Each distinct list of effects as a code-to-code table.
  const sequences = sequenceTables(scenario, tracked, encoding);
  const lists = scenario.effectLists.length;
  const after = new Int32Array(lists * span);
  for (let l = 0; l < lists; l++)
    for (let code = 0; code < span; code++) {
      let next = code;
      for (let i = encoding.opStart[l]!; i < encoding.opStart[l + 1]!; i++) {
        const k = encoding.opSlot[i]!;
        const d = digits[code * slots + k]!;
        next += (sequences[k]![encoding.opSequence[i]!]![d]! - d) * place[k]!;
      }
      after[l * span + code] = next;
    }

  // Each distinct condition at each code: is the choice offered for some notebook?
  const conditions = scenario.conditions;
  const offered = new Uint8Array(conditions.length * span);
  conditions.forEach((condition, id) => {
    const own = scenario.conditionNoted[id]!;
    for (let code = 0; code < span; code++)
      for (let mask = 0; mask < 1 << own.length; mask++)
        if (
          evaluateCondition(condition, {
            variables: valuesOf[code]!,
            noted: notebook(own, own.length, mask),
            visited: visitedOf[code]!,
          })
        ) {
          offered[id * span + code] = 1;
          break;
        }
  });

  /**
   * Whether, at step v with code, some notebook leaves every choice's condition false (a soft-lock), or the
   * step names more indicators than are enumerated: either way the general explorer takes over.
   */
  const stuck = (v: number, code: number): boolean => {
    const first = scenario.choiceStart[v]!;
    const last = scenario.choiceStart[v + 1]!;
    const atomsHere = scenario.notedAtoms[v]!;
    if (atomsHere.length > maxNotedAtoms) return true;
    for (let c = first; c < last; c++) {
      const id = scenario.choiceCondition[c]!;
      if (offered[id * span + code] === 1 && scenario.conditionNoted[id]!.length === 0) return false;
    }
    for (let mask = 0; mask < 1 << atomsHere.length; mask++) {
      const noted = notebook(atomsHere, atomsHere.length, mask);
      let any = false;
      for (let c = first; c < last && !any; c++)
        any = evaluateCondition(scenario.conditions[scenario.choiceCondition[c]!]!, {
          variables: valuesOf[code]!,
          noted,
          visited: visitedOf[code]!,
        });
      if (!any) return true;
    }
    return false;
  };

  let startCode = 0;
  for (let k = 0; k < tracked.length; k++)
    startCode += (encoding.domains[k]!.index.get(initial[tracked[k]!]!) ?? 0) * place[k]!;
  startCode = entry[entryBase[scenario.start]! + startCode]!;
  const lookups: Tables = { span, entry, entryBase, after, offered };
  const swept = sweep(scenario, order, lookups, startCode, maxStates, stuck);
  if (swept === undefined) return undefined;
  const { m, moves, outStart, outTarget, outTenths, nodeAt, codeAt, position, reachedEndings } = swept;
  const { choiceStart, choiceTo, choiceCondition, ending } = scenario;
  const kind = new Uint8Array(m);
  for (let p = 0; p < m; p++) if (ending[nodeAt[p]!] !== undefined) kind[p] = 1;

  const figures = acyclicFigures(
    {
      m,
      kind,
      outStart,
      outTarget,
      outTenths,
      start: position[scenario.start * span + startCode]!,
      moveStep: (p, move) => {
        // The move's choice: the (move − first move)-th choice offered at this code, else the timeout.
        const v = nodeAt[p]!;
        const code = codeAt[p]!;
        let skip = move - outStart[p]!;
        for (let c = choiceStart[v]!; c < choiceStart[v + 1]!; c++) {
          const condition = choiceCondition[c]!;
          if ((condition >= 0 && offered[condition * span + code] === 0) || choiceTo[c]! < 0) continue;
          if (skip-- === 0) return { node: scenario.ids[v]!, choice: choiceOf(scenario, v, c).id };
        }
        return { node: scenario.ids[v]!, timeout: true };
      },
      endStep: (p) => ({ node: scenario.ids[nodeAt[p]!]! }),
    },
    true,
  );
  return { states: m, transitions: moves, reachedEndings, figures };
}

/** What the sweep looks up: codes per node, entering a node, effects and conditions by code. */
interface Tables {
  readonly span: number;
  readonly entry: Int32Array;
  readonly entryBase: Int32Array;
  readonly after: Int32Array;
  readonly offered: Uint8Array;
}

/** The states (positions, sources first) and their moves (targets as positions). */
interface Swept {
  readonly m: number;
  readonly moves: number;
  readonly outStart: Int32Array;
  readonly outTarget: Int32Array;
  readonly outTenths: Int8Array;
  readonly nodeAt: Int32Array;
  readonly codeAt: Int32Array;
  /** Position of node × code, -1 where play never is. */
  readonly position: Int32Array;
  /** Node indices of the endings reached, ascending. */
  readonly reachedEndings: number[];
}

/**
 * The sweep, nodes in topological order: when a node comes, every move into it is known, so the codes it is
 * reached with are final. Each gets its position (sources first) and its moves, in the order play offers
 * them (choices as written, then the timeout); a move's target is written as node × code until every
 * position is known (a move leads to a node later in the order, whose codes have no position yet).
 * Undefined when a step can offer nothing (`stuck`) or past `maxStates`. The arrays start at a few times
 * the pack's size and double when play needs more.
 */
function sweep(
  scenario: CompiledScenario,
  order: Int32Array,
  tables: Tables,
  startCode: number,
  maxStates: number,
  stuck: (v: number, code: number) => boolean,
): Swept | undefined {
  const { span, entry, entryBase, after, offered } = tables;
  const { choiceStart, choiceTo, choiceCondition, choiceEffects, choiceTenths, timeout, ending } = scenario;
  const n = order.length;
  const position = new Int32Array(n * span).fill(-1);
  const reached = -2;
  position[scenario.start * span + startCode] = reached;
  const states = Math.min(n * span, maxStates);
  let stateCapacity = Math.min(states, 4 * n + 16);
  let outStart = new Int32Array(stateCapacity + 1);
  let nodeAt = new Int32Array(stateCapacity);
  let codeAt = new Int32Array(stateCapacity);
  let capacity = 4 * (choiceTo.length + n) + 16;
  let outTarget = new Int32Array(capacity);
  let outTenths = new Int8Array(capacity);
  let m = 0;
  let moves = 0;
  for (let i = 0; i < n; i++) {
    const v = order[i]!;
    const base = v * span;
    const isEnding = ending[v] !== undefined;
    const first = choiceStart[v]!;
    const last = choiceStart[v + 1]!;
    const candidate = !isEnding && scenario.allGuarded[v] === 1 && scenario.hasTimeout[v] === 0;
    const t = timeout[v]!;
    for (let code = 0; code < span; code++) {
      if (position[base + code] !== reached) continue;
      if (m === states) return undefined;
      if (m === stateCapacity) {
        stateCapacity = Math.min(states, 2 * stateCapacity);
        outStart = grown(outStart, stateCapacity + 1);
        nodeAt = grown(nodeAt, stateCapacity);
        codeAt = grown(codeAt, stateCapacity);
      }
      position[base + code] = m;
      nodeAt[m] = v;
      codeAt[m] = code;
      outStart[m++] = moves;
      if (isEnding) continue;
      if (candidate && stuck(v, code)) return undefined;
      if (moves + (last - first) + 1 > capacity) {
        capacity *= 2;
        outTarget = grown(outTarget, capacity);
        outTenths = grown(outTenths, capacity);
      }
      for (let c = first; c < last; c++) {
        const condition = choiceCondition[c]!;
        if (condition >= 0 && offered[condition * span + code] === 0) continue;
        const to = choiceTo[c]!;
        if (to < 0) continue;
        const target = to * span + entry[entryBase[to]! + after[choiceEffects[c]! * span + code]!]!;
        position[target] = reached;
        outTarget[moves] = target;
        outTenths[moves++] = choiceTenths[c]!;
      }
      if (t >= 0) {
        const target = t * span + entry[entryBase[t]! + code]!;
        position[target] = reached;
        outTarget[moves] = target;
        outTenths[moves++] = -1;
      }
    }
  }
  outStart[m] = moves;
  resolveTargets(outTarget, moves, position);
  const reachedEndings = endingsReached(ending, position, span);
  return { m, moves, outStart, outTarget, outTenths, nodeAt, codeAt, position, reachedEndings };
}

/** The endings play reaches (node indices, ascending). */
function endingsReached(
  ending: readonly (string | undefined)[],
  position: Int32Array,
  span: number,
): number[] {
  const reached: number[] = [];
  for (let v = 0; v < ending.length; v++) {
    if (ending[v] === undefined) continue;
    for (let code = 0; code < span; code++)
      if (position[v * span + code]! >= 0) {
        reached.push(v);
        break;
      }
  }
  return reached;
}

/** Every move's target, from node × code to its position. */
function resolveTargets(outTarget: Int32Array, moves: number, position: Int32Array): void {
  for (let k = 0; k < moves; k++) outTarget[k] = position[outTarget[k]!]!;
}

function grown<T extends Int32Array | Int8Array>(array: T, size: number): T {
  const bigger = new (array.constructor as new (size: number) => T)(size);
  bigger.set(array);
  return bigger;
}
