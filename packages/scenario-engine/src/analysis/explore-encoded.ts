import { applyEffects, evaluateCondition, type Variables } from '../conditions';
import { type Condition, comparisonOperators, type Effect, type VariableValue } from '../schema';
import { type CompiledScenario, choiceNoted, effectTarget } from './compile';
import { type ExploreInput, maxNotedAtoms, type SoftLock, type StateGraph } from './explore';
import { isLive } from './liveness';

/**
 * The fast explorer: every state is a number. Each tracked variable takes its values from a small finite
 * domain (its starts and `set` values, closed under its `add`s with clamping: `valueDomains`), so the values
 * of a state are one mixed-radix code (one digit per tracked variable, then one binary digit per
 * `visited`-named node), and a state is `code · nodes + node`. Conditions are compiled once into
 * functions over the digits (each comparison a lookup table over its variable's domain, filled by the same
 * `evaluateCondition` play uses) and each choice's effects into digit-to-digit tables (filled by the same
 * `applyEffects`), so exploring allocates nothing per move.
 */

/**
 * The values a tracked variable can take in play, grouped into classes of values no condition and no
 * sequence of effects can tell apart (`trust >= 2` and `add 1` cannot tell 2, 3 and 4 apart when 4 is the
 * maximum). The digit of a value is its class; `values` holds one representative value per class.
 */
export interface Domain {
  /** A representative value of each class. */
  readonly values: readonly VariableValue[];
  /** The class of every value play can give the variable. */
  readonly index: ReadonlyMap<VariableValue, number>;
}

const nothingVisited: ReadonlySet<string> = new Set();
const nothingNoted = () => false;

/** At most this many values per variable; beyond it, the keyed explorer is used. */
const maxDomain = 4096;

interface VariableUse {
  readonly sets: VariableValue[];
  readonly steps: Set<number>;
  /** Each distinct sequence of effects a choice applies to the variable (its index is its id). */
  readonly sequences: Effect[][];
  readonly setIds: Map<VariableValue, number>;
  readonly addIds: Map<VariableValue, number>;
  readonly longIds: Map<string, number>;
  /** Each distinct comparison a condition makes on the variable. */
  readonly atoms: Map<string, Condition>;
}

/** The id of a sequence of effects on one variable (one effect, the common case, without building a key). */
function sequenceId(use: VariableUse, list: readonly Effect[]): number {
  const ids = list.length > 1 ? use.longIds : 'set' in list[0]! ? use.setIds : use.addIds;
  const key = list.length > 1 ? sequenceKey(list) : list[0]!.value;
  let id = ids.get(key as never);
  if (id === undefined) {
    id = use.sequences.length;
    use.sequences.push([...list]);
    ids.set(key as never, id);
  }
  return id;
}

function collectComparisons(condition: Condition, uses: ReadonlyMap<string, VariableUse>): void {
  if ('var' in condition) {
    const use = uses.get(condition.var);
    if (use === undefined) return;
    let key = '';
    for (const [field, value] of Object.entries(condition)) key += `${field}=${String(value)};`;
    use.atoms.set(key, condition);
  } else if ('all' in condition) for (const part of condition.all) collectComparisons(part, uses);
  else if ('any' in condition) for (const part of condition.any) collectComparisons(part, uses);
  else if ('not' in condition) collectComparisons(condition.not, uses);
}

/** What the encoded explorer needs: the domains, and each list of effects as (slot, sequence) pairs. */
export interface Encoding {
  readonly domains: readonly Domain[];
  /** The effects of list l (`scenario.effectLists`) on tracked variables: pairs from `opStart[l]` on. */
  readonly opStart: Int32Array;
  readonly opSlot: Int32Array;
  readonly opSequence: Int32Array;
  /** The distinct effect sequences on each tracked variable, by id. */
  readonly sequences: readonly (readonly (readonly Effect[])[])[];
}

/**
 * The domain of each tracked variable: every value actual play can give it (an over-approximation: guards
 * ignored), in classes. Classes are the coarsest partition that every comparison on the variable respects
 * and every effect sequence on it maps into classes (partition refinement): values in one class behave the
 * same now and after any moves, so states that differ only there have the same moves, to the same nodes,
 * forever: merging them changes no check and no figure. Variables in `exact` keep one class per value
 * (a journey's carried values are reported). Undefined when a domain, or the product of all of them with
 * the nodes, is too large to encode.
 */
export function valueDomains(
  scenario: CompiledScenario,
  tracked: readonly string[],
  starts: readonly Variables[],
  exact: readonly string[] = [],
): Encoding | undefined {
  const lists = scenario.effectLists;
  const opStart = new Int32Array(lists.length + 1);
  if (tracked.length === 0)
    return { domains: [], opStart, opSlot: new Int32Array(0), opSequence: new Int32Array(0), sequences: [] };
  const uses = new Map<string, VariableUse>();
  const useOf: VariableUse[] = [];
  for (const name of tracked) {
    const use: VariableUse = {
      sets: [],
      steps: new Set(),
      sequences: [],
      setIds: new Map(),
      addIds: new Map(),
      longIds: new Map(),
      atoms: new Map(),
    };
    uses.set(name, use);
    useOf.push(use);
  }
  for (const condition of scenario.conditions) collectComparisons(condition, uses);
  const slotOfName = new Map<string, number>();
  tracked.forEach((name, k) => {
    slotOfName.set(name, k);
  });
  // Each distinct list of effects once: its effects on each tracked variable, as one sequence per variable.
  const opSlot: number[] = [];
  const opSequence: number[] = [];
  const single: Effect[] = [];
  const slots: number[] = [];
  for (let l = 0; l < lists.length; l++) {
    opStart[l] = opSlot.length;
    const effects = lists[l]!;
    slots.length = 0;
    for (const effect of effects) slots.push(slotOfName.get(effectTarget(effect)) ?? -1);
    for (let e = 0; e < effects.length; e++) {
      const k = slots[e]!;
      if (k < 0) continue;
      const effect = effects[e]!;
      const use = useOf[k]!;
      if ('set' in effect) use.sets.push(effect.value);
      else if (typeof effect.value === 'number') use.steps.add(effect.value);
      if (slots.indexOf(k) < e) continue;
      let list: Effect[] | undefined;
      for (let f = e + 1; f < effects.length; f++)
        if (slots[f] === k) {
          list ??= [effect];
          list.push(effects[f]!);
        }
      if (list === undefined) {
        single[0] = effect;
        list = single;
      }
      opSlot.push(k);
      opSequence.push(sequenceId(use, list));
    }
  }
  opStart[lists.length] = opSlot.length;

  const domains: Domain[] = [];
  const n = Math.max(1, scenario.ids.length);
  let size = n * 2 ** scenario.visitedAtoms.length;
  for (const name of tracked) {
    const declaration = scenario.declarations[name];
    const use = uses.get(name)!;
    const values: VariableValue[] = [];
    const seen = new Map<VariableValue, number>();
    const add = (value: VariableValue | undefined) => {
      if (value === undefined || seen.has(value)) return;
      seen.set(value, values.length);
      values.push(value);
    };
    for (const start of starts) add(start[name]);
    if (declaration === undefined || declaration.type === 'boolean') {
      add(false);
      add(true);
    } else {
      add(declaration.initial);
      for (const value of use.sets)
        if (typeof value === 'number') add(Math.min(Math.max(value, declaration.min), declaration.max));
      for (let i = 0; i < values.length && values.length <= maxDomain; i++)
        for (const step of use.steps)
          add(Math.min(Math.max((values[i] as number) + step, declaration.min), declaration.max));
      if (values.length > maxDomain) return undefined;
    }
    const classOf = exact.includes(name)
      ? Int32Array.from(values, (_, i) => i)
      : valueClasses(name, values, seen, use, scenario);
    const classes = classOf.reduce((most, c) => Math.max(most, c + 1), 0);
    const representatives: VariableValue[] = new Array(classes);
    const index = new Map<VariableValue, number>();
    values.forEach((value, i) => {
      index.set(value, classOf[i]!);
      representatives[classOf[i]!] ??= value;
    });
    size *= classes;
    if (size > 2 ** 52) return undefined;
    domains.push({ values: representatives, index });
  }
  return {
    domains,
    opStart,
    opSlot: Int32Array.from(opSlot),
    opSequence: Int32Array.from(opSequence),
    sequences: useOf.map((use) => use.sequences),
  };
}

/** The key of a sequence of effects on one variable (equal sequences share their tables). */
function sequenceKey(effects: readonly Effect[]): string {
  let key = '';
  for (const effect of effects) key += 'set' in effect ? `=${effect.value}` : `+${effect.value}`;
  return key;
}

/** Partition refinement: the class of each value (classes numbered by first value, so starts come first). */
function valueClasses(
  name: string,
  values: readonly VariableValue[],
  indexOf: ReadonlyMap<VariableValue, number>,
  use: VariableUse,
  scenario: CompiledScenario,
): Int32Array {
  const count = values.length;
  const signatures: string[] = new Array(count).fill('');
  for (const atom of use.atoms.values())
    for (let i = 0; i < count; i++)
      signatures[i] += evaluateCondition(atom, {
        variables: { [name]: values[i]! },
        noted: nothingNoted,
        visited: nothingVisited,
      })
        ? '1'
        : '0';
  const moves: Int32Array[] = [];
  for (const list of use.sequences)
    moves.push(
      Int32Array.from(values, (value) => {
        const after = applyEffects(list, { [name]: value }, scenario.declarations)[name]!;
        return indexOf.get(after) ?? 0;
      }),
    );
  const classOf = new Int32Array(count);
  let classes = number(signatures, classOf);
  for (;;) {
    for (let i = 0; i < count; i++) {
      let signature = `${classOf[i]}`;
      for (const move of moves) signature += `,${classOf[move[i]!]}`;
      signatures[i] = signature;
    }
    const refined = number(signatures, classOf);
    if (refined === classes) return classOf;
    classes = refined;
  }
}

/** Numbers the distinct signatures in order of first appearance; returns how many there are. */
function number(signatures: readonly string[], classOf: Int32Array): number {
  const ids = new Map<string, number>();
  signatures.forEach((signature, i) => {
    let id = ids.get(signature);
    if (id === undefined) {
      id = ids.size;
      ids.set(signature, id);
    }
    classOf[i] = id;
  });
  return ids.size;
}

/**
 * For each tracked variable (slot k) and each distinct sequence of effects on it (`encoding.sequences[k]`),
 * the class each class of its values goes to: filled by the same `applyEffects` play uses.
 */
export function sequenceTables(
  scenario: CompiledScenario,
  tracked: readonly string[],
  encoding: Encoding,
): Int32Array[][] {
  return encoding.sequences.map((lists, k) => {
    const name = tracked[k]!;
    const domain = encoding.domains[k]!;
    return lists.map((list) =>
      Int32Array.from(domain.values, (value) => {
        const after = applyEffects(list, { [name]: value }, scenario.declarations)[name]!;
        return domain.index.get(after) ?? 0;
      }),
    );
  });
}

/** The digits of every code below `span` (mixed radix, `radix[k]` for digit k): `span × slots` of them. */
export function digitsOfCodes(span: number, radix: Int32Array): Int32Array {
  const slots = radix.length;
  const digits = new Int32Array(span * slots);
  for (let code = 0; code < span; code++) {
    let rest = code;
    for (let k = 0; k < slots; k++) {
      const d = rest % radix[k]!;
      digits[code * slots + k] = d;
      rest = (rest - d) / radix[k]!;
    }
  }
  return digits;
}

type Guard = (digits: Int32Array, noted: (indicator: string) => boolean) => boolean;

export function exploreEncoded(input: ExploreInput, encoding: Encoding): StateGraph {
  const { scenario, tracked, starts, live, maxStates } = input;
  const domains = encoding.domains;
  const n = scenario.ids.length;
  const atoms = scenario.visitedAtoms;
  const slots = tracked.length + atoms.length;
  const place = new Float64Array(slots);
  const radix = new Int32Array(slots);
  let span = 1;
  for (let k = 0; k < slots; k++) {
    radix[k] = k < tracked.length ? domains[k]!.values.length : 2;
    place[k] = span;
    span *= radix[k]!;
  }
  const slotOfVariable = new Map<string, number>();
  tracked.forEach((name, k) => {
    slotOfVariable.set(name, k);
  });
  const atomSlotOfNode = new Int32Array(n).fill(-1);
  const slotOfVisited = new Map<string, number>();
  atoms.forEach((nodeIndex, j) => {
    atomSlotOfNode[nodeIndex] = tracked.length + j;
    slotOfVisited.set(scenario.ids[nodeIndex]!, tracked.length + j);
  });

  /** The code of a state entering node `to` with `code`: its own visited bit set, its dead slots reset. */
  function entered(to: number, code: number): number {
    const own = atomSlotOfNode[to]!;
    if (own >= 0 && Math.floor(code / place[own]!) % 2 === 0) code += place[own]!;
    for (let i = deadStart[to]!; i < deadStart[to + 1]!; i++) {
      const k = deadSlots[i]!;
      code -= (Math.floor(code / place[k]!) % radix[k]!) * place[k]!;
    }
    return code;
  }

  // Dead slots of each node (compressed rows), reset to digit 0 on entry.
  const deadStart = new Int32Array(n + 1);
  const deadSlots: number[] = [];
  for (let v = 0; v < n; v++) {
    deadStart[v] = deadSlots.length;
    for (let k = 0; k < slots; k++) if (!isLive(live, v, k)) deadSlots.push(k);
  }
  deadStart[n] = deadSlots.length;

  // When the codes are few, decoding and entering are table lookups (no floating-point division or
  // remainder per move): the digits of every code, and for every distinct way of entering a node (its own
  // visited bit set, its dead slots reset) the code each code becomes.
  const smallSpan = span <= 1 << 16;
  const digitTable = smallSpan ? digitsOfCodes(span, radix) : undefined;
  let entryTable: Int32Array | undefined;
  const entryBase = new Int32Array(n);
  if (digitTable !== undefined) {
    const patterns = new Map<string, number>();
    for (let v = 0; v < n; v++) {
      let key = `${atomSlotOfNode[v]}`;
      for (let i = deadStart[v]!; i < deadStart[v + 1]!; i++) key += `,${deadSlots[i]}`;
      let pattern = patterns.get(key);
      if (pattern === undefined) {
        pattern = patterns.size;
        patterns.set(key, pattern);
      }
      entryBase[v] = pattern;
    }
    if (patterns.size * span <= 1 << 22) {
      entryTable = new Int32Array(patterns.size * span);
      const done = new Uint8Array(patterns.size);
      for (let v = 0; v < n; v++) {
        const pattern = entryBase[v]!;
        entryBase[v] = pattern * span;
        if (done[pattern] === 1) continue;
        done[pattern] = 1;
        for (let code = 0; code < span; code++) entryTable[pattern * span + code] = entered(v, code);
      }
    }
  }

  // Conditions compiled to functions over the digits of a state.
  const comparisonTables = new Map<string, Uint8Array>();
  const compile = (condition: Condition): Guard => {
    if ('var' in condition) {
      const k = slotOfVariable.get(condition.var);
      if (k === undefined) {
        const constant = evaluateCondition(condition, {
          variables: {},
          noted: nothingNoted,
          visited: nothingVisited,
        });
        return () => constant;
      }
      // One table per distinct comparison (packs repeat a few comparisons on many choices).
      let key = '';
      for (const operator of comparisonOperators)
        if (operator in condition) {
          const operand = (condition as Record<string, unknown>)[operator];
          key = `${k} ${operator} ${typeof operand} ${String(operand)}`;
          break;
        }
      let table = comparisonTables.get(key);
      if (table === undefined) {
        table = Uint8Array.from(domains[k]!.values, (value) =>
          evaluateCondition(condition, {
            variables: { [condition.var]: value },
            noted: nothingNoted,
            visited: nothingVisited,
          })
            ? 1
            : 0,
        );
        if (key !== '') comparisonTables.set(key, table);
      }
      const truth = table;
      return (digits) => truth[digits[k]!] === 1;
    }
    if ('noted' in condition) {
      const indicator = condition.noted;
      return (_, noted) => noted(indicator);
    }
    if ('visited' in condition) {
      const k = slotOfVisited.get(condition.visited);
      if (k === undefined) return () => false;
      return (digits) => digits[k] === 1;
    }
    if ('all' in condition) {
      const parts = condition.all.map(compile);
      return (digits, noted) => {
        for (const part of parts) if (!part(digits, noted)) return false;
        return true;
      };
    }
    if ('any' in condition) {
      const parts = condition.any.map(compile);
      return (digits, noted) => {
        for (const part of parts) if (part(digits, noted)) return true;
        return false;
      };
    }
    const part = compile(condition.not);
    return (digits, noted) => !part(digits, noted);
  };
  const guards: (Guard | undefined)[] = new Array(scenario.choiceTo.length);

  // Conditions compiled once per distinct condition; effects as digit-to-digit tables, one per (variable,
  // sequence of effects on it), shared by every choice that applies that sequence.
  const conditionGuards = scenario.conditions.map(compile);
  for (let c = 0; c < guards.length; c++) {
    const condition = scenario.choiceCondition[c]!;
    if (condition >= 0) guards[c] = conditionGuards[condition];
  }
  const tables = sequenceTables(scenario, tracked, encoding);
  const effectStart = encoding.opStart;
  const effectSlot = encoding.opSlot;
  const effectTable = Array.from(effectSlot, (k, i) => tables[k]![encoding.opSequence[i]!]!);

  // States: node and code; looked up by `code · n + node` in a dense table when small, else a map. The
  // arrays grow by doubling (typed arrays: no garbage for the collector to walk).
  let capacity = 1024;
  let node = new Int32Array(capacity);
  let codes = new Float64Array(capacity);
  let parentState = new Int32Array(capacity);
  let parentEdge = new Int32Array(capacity);
  let edgeStart = new Int32Array(capacity + 1);
  let count = 0;
  let edgeCapacity = 4096;
  let edgeTarget = new Int32Array(edgeCapacity);
  let edgeChoice = new Int32Array(edgeCapacity);
  let edges = 0;
  const grown = <T extends Int32Array | Float64Array>(array: T, size: number): T => {
    const bigger = new (array.constructor as new (size: number) => T)(size);
    bigger.set(array);
    return bigger;
  };
  const softLocks: SoftLock[] = [];
  let reason: StateGraph['reason'];
  const keys = n * span;
  const dense = keys <= 1 << 22 ? new Int32Array(keys) : undefined;
  const byKey = dense === undefined ? new Map<number, number>() : undefined;

  const enter = (to: number, code: number, from: number, edge: number): number => {
    code = entryTable !== undefined ? entryTable[entryBase[to]! + code]! : entered(to, code);
    const key = code * n + to;
    const known = dense !== undefined ? dense[key]! - 1 : (byKey!.get(key) ?? -1);
    if (known >= 0) return known;
    if (count >= maxStates) return -1;
    const id = count++;
    if (dense !== undefined) dense[key] = id + 1;
    else byKey!.set(key, id);
    if (id === capacity) {
      capacity *= 2;
      node = grown(node, capacity);
      codes = grown(codes, capacity);
      parentState = grown(parentState, capacity);
      parentEdge = grown(parentEdge, capacity);
      edgeStart = grown(edgeStart, capacity + 1);
    }
    node[id] = to;
    codes[id] = code;
    parentState[id] = from;
    parentEdge[id] = edge;
    return id;
  };
  const addEdge = (choice: number): number => {
    if (edges === edgeCapacity) {
      edgeCapacity *= 2;
      edgeTarget = grown(edgeTarget, edgeCapacity);
      edgeChoice = grown(edgeChoice, edgeCapacity);
    }
    edgeChoice[edges] = choice;
    return edges++;
  };

  const roots: number[] = [];
  if (scenario.start >= 0)
    for (const start of starts) {
      let code = 0;
      for (let k = 0; k < tracked.length; k++)
        code += (domains[k]!.index.get(start[tracked[k]!]!) ?? 0) * place[k]!;
      roots.push(enter(scenario.start, code, -1, -1));
    }

  const digits = new Int32Array(slots);
  const offered = new Uint8Array(Math.max(1, maxChoices(scenario)));
  let expanded = 0;
  // State s needed a state beyond the bound: undo its moves; it stays on the unexplored frontier.
  const overflow = (s: number) => {
    edges = edgeStart[s]!;
    reason = 'max-states';
  };
  expansion: for (; expanded < count; expanded++) {
    const s = expanded;
    edgeStart[s] = edges;
    const v = node[s]!;
    if (scenario.ending[v] !== undefined) continue;
    const code = codes[s]!;
    if (digitTable !== undefined) for (let k = 0; k < slots; k++) digits[k] = digitTable[code * slots + k]!;
    else {
      let rest = code;
      for (let k = 0; k < slots; k++) {
        const r = radix[k]!;
        const d = rest % r;
        digits[k] = d;
        rest = (rest - d) / r;
      }
    }
    const first = scenario.choiceStart[v]!;
    const last = scenario.choiceStart[v + 1]!;
    if (scenario.guarded[v] === 0) offered.fill(1, 0, last - first);
    else {
      // A choice is offered if some notebook makes its condition true: enumerate its own noted atoms.
      for (let c = first; c < last; c++) {
        const guard = guards[c];
        if (guard === undefined) {
          offered[c - first] = 1;
          continue;
        }
        const own = choiceNoted(scenario, c);
        if (own.length === 0) {
          offered[c - first] = guard(digits, nothingNoted) ? 1 : 0;
          continue;
        }
        if (own.length > maxNotedAtoms) reason ??= 'too-many-noted-indicators';
        const enumerated = Math.min(own.length, maxNotedAtoms);
        offered[c - first] = 0;
        for (let mask = 0; mask < 1 << enumerated; mask++)
          if (guard(digits, notebook(own, enumerated, mask))) {
            offered[c - first] = 1;
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
          const noted = notebook(notedAtoms, enumerated, mask);
          let any = false;
          for (let c = first; c < last && !any; c++) any = guards[c]!(digits, noted);
          if (!any) {
            softLocks.push({ state: s, noted: notedAtoms.filter((_, bit) => (mask & (1 << bit)) !== 0) });
            break;
          }
        }
      }
    }
    for (let c = first; c < last; c++) {
      if (offered[c - first] === 0) continue;
      const to = scenario.choiceTo[c]!;
      if (to < 0) continue;
      let next = code;
      const effects = scenario.choiceEffects[c]!;
      for (let i = effectStart[effects]!; i < effectStart[effects + 1]!; i++) {
        const k = effectSlot[i]!;
        next += (effectTable[i]![digits[k]!]! - digits[k]!) * place[k]!;
      }
      const edge = addEdge(c);
      const target = enter(to, next, s, edge);
      if (target < 0) {
        overflow(s);
        break expansion;
      }
      edgeTarget[edge] = target;
    }
    const timeoutTo = scenario.timeout[v]!;
    if (timeoutTo >= 0) {
      const edge = addEdge(-1);
      const target = enter(timeoutTo, code, s, edge);
      if (target < 0) {
        overflow(s);
        break;
      }
      edgeTarget[edge] = target;
    }
  }
  edgeStart[expanded] = edges;

  const valuesAt = (state: number): Variables => {
    const out: Record<string, VariableValue> = {};
    let rest = codes[state]!;
    for (let k = 0; k < tracked.length; k++) {
      const d = rest % radix[k]!;
      out[tracked[k]!] = domains[k]!.values[d]!;
      rest = (rest - d) / radix[k]!;
    }
    return out;
  };
  return {
    scenario,
    tracked,
    roots,
    node: node.subarray(0, count),
    valuesAt,
    edgeStart: edgeStart.subarray(0, expanded + 1),
    edgeTarget: edgeTarget.subarray(0, edges),
    edgeChoice: edgeChoice.subarray(0, edges),
    expanded,
    parentState: parentState.subarray(0, count),
    parentEdge: parentEdge.subarray(0, count),
    softLocks,
    exhaustive: reason === undefined,
    reason,
  };
}

function maxChoices(scenario: CompiledScenario): number {
  let most = 0;
  for (let v = 0; v < scenario.ids.length; v++)
    most = Math.max(most, scenario.choiceStart[v + 1]! - scenario.choiceStart[v]!);
  return most;
}

/** The notebook in which exactly the atoms whose bit is set in `mask` are noted. */
export function notebook(
  atoms: readonly string[],
  enumerated: number,
  mask: number,
): (indicator: string) => boolean {
  return (indicator) => {
    const bit = atoms.indexOf(indicator);
    return bit >= 0 && bit < enumerated && (mask & (1 << bit)) !== 0;
  };
}
