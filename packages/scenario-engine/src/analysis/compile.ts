import {
  type Choice,
  type Condition,
  comparisonOperators,
  type Effect,
  type Node,
  type Outcome,
  type Quality,
  type Scenario,
  type VariableDeclarations,
} from '../schema';

/**
 * A scenario turned into flat, index-based arrays for the analysis: node ids become numbers, the choices of
 * all steps one list (the choices of node `v` are `choiceStart[v] … choiceStart[v + 1] - 1`), `to` and
 * `timeout.to` node indices, and the condition atoms each step depends on are collected once, reading each
 * node and choice of the pack once. Conditions written alike on several choices are one, and so are
 * lists of effects, so later passes interpret each once. Few objects are allocated; on a 10,000-node pack
 * the time goes into reading the pack's own objects.
 */

/** Quality points in tenths (best 10, good 7, poor 3, harmful 0) so sums and means stay exact integers. */
export const qualityTenths: Record<Quality, number> = { best: 10, good: 7, poor: 3, harmful: 0 };

const noAtoms: readonly string[] = Object.freeze([]);

export interface CompiledScenario {
  /** The scenario compiled. */
  readonly source: Scenario;
  readonly id: string;
  readonly index: number;
  /** Node ids, by index. */
  readonly ids: readonly string[];
  readonly indexOf: ReadonlyMap<string, number>;
  readonly start: number;
  /** The outcome of each ending node; undefined for steps. */
  readonly ending: readonly (Outcome | undefined)[];
  /** Timeout target of each step, -1 when none (or naming no node). */
  readonly timeout: Int32Array;
  /** 1 when the step has a timeout (even one naming no node). */
  readonly hasTimeout: Uint8Array;
  /** 1 when at least one choice of the step has a condition. */
  readonly guarded: Uint8Array;
  /** 1 when every choice of the step has a condition (only then can the step offer nothing). */
  readonly allGuarded: Uint8Array;
  /** Indicators named by `noted` atoms in each step's conditions (the trainee decides them). */
  readonly notedAtoms: readonly (readonly string[])[];
  readonly choiceStart: Int32Array;
  /** Target node of each choice, -1 when it names no node. */
  readonly choiceTo: Int32Array;
  readonly choiceTenths: Uint8Array;
  /** The distinct conditions of the scenario's choices (conditions written alike are one). */
  readonly conditions: readonly Condition[];
  /** Indicators named by `noted` atoms in each distinct condition. */
  readonly conditionNoted: readonly (readonly string[])[];
  /** The condition of each choice (an index into `conditions`), -1 for a choice without one. */
  readonly choiceCondition: Int32Array;
  /** The distinct lists of effects of the scenario's choices (lists written alike are one); 0 is empty. */
  readonly effectLists: readonly (readonly Effect[])[];
  /** The effects of each choice (an index into `effectLists`). */
  readonly choiceEffects: Int32Array;
  readonly declarations: VariableDeclarations;
  /** Declared variable names, in declaration order. */
  readonly variables: readonly string[];
  /** Variables some condition reads, in declaration order. */
  readonly readVariables: readonly string[];
  /** Nodes some `visited` condition names (indices), ascending. */
  readonly visitedAtoms: readonly number[];
}

const noEffects: readonly Effect[] = Object.freeze([]);

/** Mixes a number into a 30-bit hash (FNV-style multiply; 30 bits stay small integers, never boxed). */
const mix = (hash: number, value: number): number => Math.imul(hash ^ value, 16777619) & 0x3fffffff;

function hashText(hash: number, text: string): number {
  for (let i = 0; i < text.length; i++) hash = mix(hash, text.charCodeAt(i));
  return mix(hash, 0);
}

/**
 * A hash of a condition, equal for equal conditions (a few small integer steps, no strings built: on a
 * large pack this runs for every guarded choice); collects the atoms the condition reads on the way.
 */
function conditionHash(
  condition: Condition,
  variables: Set<string>,
  noted: Set<string>,
  visited: Set<string>,
): number {
  if ('var' in condition) {
    variables.add(condition.var);
    let hash = hashText(1, condition.var);
    for (let o = 0; o < comparisonOperators.length; o++) {
      const operator = comparisonOperators[o]!;
      if (!(operator in condition)) continue;
      const operand = (condition as Record<string, unknown>)[operator] as number | boolean;
      hash = mix(hash, o);
      if (typeof operand === 'boolean') return mix(hash, operand ? -1 : -2);
      // A whole number mixes in as itself; any other number by its digits (equal numbers, equal text).
      return (operand | 0) === operand ? mix(hash, operand) : hashText(hash, String(operand));
    }
    return hash;
  }
  if ('noted' in condition) {
    noted.add(condition.noted);
    return hashText(2, condition.noted);
  }
  if ('visited' in condition) {
    visited.add(condition.visited);
    return hashText(3, condition.visited);
  }
  if ('not' in condition) return mix(4, conditionHash(condition.not, variables, noted, visited));
  const all = 'all' in condition;
  let hash = all ? 5 : 6;
  for (const part of all ? condition.all : condition.any)
    hash = mix(hash, conditionHash(part, variables, noted, visited));
  return hash;
}

/** Whether two conditions are written alike. */
function sameCondition(a: Condition, b: Condition): boolean {
  if ('var' in a) {
    if (!('var' in b) || a.var !== b.var) return false;
    for (const operator of comparisonOperators)
      if (operator in a)
        return (
          operator in b &&
          (a as Record<string, unknown>)[operator] === (b as Record<string, unknown>)[operator]
        );
    return false;
  }
  if ('noted' in a) return 'noted' in b && a.noted === b.noted;
  if ('visited' in a) return 'visited' in b && a.visited === b.visited;
  if ('not' in a) return 'not' in b && sameCondition(a.not, b.not);
  const partsA = 'all' in a ? a.all : a.any;
  const partsB = 'all' in a ? ('all' in b ? b.all : undefined) : 'any' in b ? b.any : undefined;
  if (partsB === undefined || partsA.length !== partsB.length) return false;
  for (let i = 0; i < partsA.length; i++) if (!sameCondition(partsA[i]!, partsB[i]!)) return false;
  return true;
}

/**
 * Interns lists of effects without building strings for the common ones: an effect on one of the first 64
 * declared variables with a whole value under 2^20 in size is a small integer, and a list is the chain of
 * (list so far, effect) pairs, each a small integer key; anything else falls back to a string key.
 */
class EffectListInterner {
  readonly lists: (readonly Effect[])[] = [noEffects];
  private readonly atoms = new Map<number, number>();
  private readonly chains = new Map<number, number>();
  private readonly byString = new Map<string, number>();
  constructor(private readonly variables: readonly string[]) {}

  /** The small-integer id of one effect, or -1 when it has none. */
  private atom(effect: Effect): number {
    const set = 'set' in effect;
    const k = this.variables.indexOf(set ? effect.set : effect.add);
    const value = effect.value;
    if (k < 0 || k >= 64) return -1;
    let code: number;
    if (typeof value === 'boolean') code = value ? 1 : 0;
    else if (Number.isInteger(value) && value > -(2 ** 20) && value < 2 ** 20) code = value + 2 ** 20 + 2;
    else return -1;
    const key = (code * 64 + k) * 2 + (set ? 1 : 0);
    let id = this.atoms.get(key);
    if (id === undefined) {
      id = this.atoms.size;
      this.atoms.set(key, id);
    }
    return id;
  }

  id(effects: readonly Effect[]): number {
    let list = 0;
    for (let i = 0; i < effects.length; i++) {
      const atom = this.atom(effects[i]!);
      if (atom < 0 || atom >= 4096 || list >= 2 ** 17) return this.byKey(effects);
      const key = list * 4096 + atom;
      let next = this.chains.get(key);
      if (next === undefined) {
        next = this.lists.length;
        // A prefix of a longer list is registered as a list of its own (never mistaken: ids are per prefix).
        this.lists.push(effects.slice(0, i + 1));
        this.chains.set(key, next);
      }
      list = next;
    }
    return list;
  }

  private byKey(effects: readonly Effect[]): number {
    let key = '';
    for (const effect of effects) {
      const value = effect.value;
      key += 'set' in effect ? `${effect.set}=${typeof value}${value};` : `${effect.add}+${value};`;
    }
    let id = this.byString.get(key);
    if (id === undefined) {
      id = this.lists.length;
      this.lists.push(effects);
      this.byString.set(key, id);
    }
    return id;
  }
}

/** The variable an effect changes. */
export function effectTarget(effect: Effect): string {
  return 'set' in effect ? effect.set : effect.add;
}

function grown<T extends Int32Array | Uint8Array>(array: T, size: number): T {
  const bigger = new (array.constructor as new (size: number) => T)(size);
  bigger.set(array);
  return bigger;
}

/**
 * Builds a scenario's compiled form node by node, in the order of `Object.keys(scenario.nodes)`: the
 * pack rules (`checkPackRules`) feed it each node right after checking it, while the node's objects are
 * fresh in the processor's cache, so a pack from `parsePack` carries its compiled form and the analysis
 * does not read the pack's objects a second time (see `attachCompiled`).
 */
export class ScenarioCompiler {
  readonly ids: readonly string[];
  readonly indexOf = new Map<string, number>();
  private next = 0;
  private readonly ending: (Outcome | undefined)[];
  private readonly timeout: Int32Array;
  private readonly hasTimeout: Uint8Array;
  private readonly guarded: Uint8Array;
  private readonly allGuarded: Uint8Array;
  private readonly notedAtoms: (readonly string[])[];
  private readonly choiceStart: Int32Array;
  private count = 0;
  private readonly readVariables = new Set<string>();
  private readonly visitedNames = new Set<string>();
  private readonly conditions: Condition[] = [];
  private readonly conditionNoted: (readonly string[])[] = [];
  private readonly conditionIds = new Map<number, number>();
  private readonly collisions = new Map<string, number>();
  private readonly effectIds: EffectListInterner;
  private readonly noted = new Set<string>();
  private readonly own = new Set<string>();
  private capacity: number;
  private choiceTo: Int32Array;
  private choiceTenths: Uint8Array;
  private choiceCondition: Int32Array;
  private choiceEffects: Int32Array;

  /** `ids`: the scenario's node ids, `Object.keys(scenario.nodes)` (a caller that has them passes them). */
  constructor(
    private readonly scenario: Scenario,
    private readonly index: number,
    ids: readonly string[] = Object.keys(scenario.nodes),
  ) {
    this.ids = ids;
    const n = ids.length;
    for (let i = 0; i < n; i++) this.indexOf.set(ids[i]!, i);
    this.ending = new Array(n);
    this.timeout = new Int32Array(n).fill(-1);
    this.hasTimeout = new Uint8Array(n);
    this.guarded = new Uint8Array(n);
    this.allGuarded = new Uint8Array(n);
    this.notedAtoms = new Array(n);
    this.choiceStart = new Int32Array(n + 1);
    this.effectIds = new EffectListInterner(Object.keys(scenario.variables ?? {}));
    this.capacity = Math.max(16, 3 * n);
    this.choiceTo = new Int32Array(this.capacity);
    this.choiceTenths = new Uint8Array(this.capacity);
    this.choiceCondition = new Int32Array(this.capacity);
    this.choiceEffects = new Int32Array(this.capacity);
  }

  /** The next node, in the order of the scenario's node ids. */
  add(node: Node): void {
    const i = this.next++;
    this.choiceStart[i] = this.count;
    this.notedAtoms[i] = noAtoms;
    if ('ending' in node) {
      this.ending[i] = node.ending.outcome;
      return;
    }
    this.ending[i] = undefined;
    if (node.timeout !== undefined) {
      this.hasTimeout[i] = 1;
      this.timeout[i] = this.indexOf.get(node.timeout.to) ?? -1;
    }
    this.allGuarded[i] = 1;
    const list = node.choices;
    const noted = this.noted;
    for (let k = 0; k < list.length; k++) {
      const choice = list[k]!;
      const c = this.count++;
      if (c === this.capacity) this.grow();
      this.choiceTo[c] = this.indexOf.get(choice.to) ?? -1;
      this.choiceTenths[c] = qualityTenths[choice.assessment.quality];
      const effects = choice.effects;
      if (effects !== undefined && effects.length > 0) this.choiceEffects[c] = this.effectIds.id(effects);
      const when = choice.when;
      if (when === undefined) {
        this.allGuarded[i] = 0;
        this.choiceCondition[c] = -1;
        continue;
      }
      this.guarded[i] = 1;
      const id = this.conditionId(when);
      this.choiceCondition[c] = id;
      const atoms = this.conditionNoted[id]!;
      for (let a = 0; a < atoms.length; a++) noted.add(atoms[a]!);
    }
    if (noted.size > 0) {
      this.notedAtoms[i] = [...noted];
      noted.clear();
    }
  }

  private conditionId(when: Condition): number {
    const own = this.own;
    const hash = conditionHash(when, this.readVariables, own, this.visitedNames);
    let id = this.conditionIds.get(hash);
    if (id === undefined || !sameCondition(this.conditions[id]!, when)) {
      // A new condition, or another with the same hash: those are told apart by a written key.
      const key = id === undefined ? undefined : JSON.stringify(when);
      const alike = key === undefined ? undefined : this.collisions.get(key);
      if (alike !== undefined) id = alike;
      else {
        const fresh = this.conditions.length;
        this.conditions.push(when);
        this.conditionNoted.push(own.size === 0 ? noAtoms : [...own]);
        if (key === undefined) this.conditionIds.set(hash, fresh);
        else this.collisions.set(key, fresh);
        id = fresh;
      }
    }
    own.clear();
    return id;
  }

  private grow(): void {
    this.capacity *= 2;
    this.choiceTo = grown(this.choiceTo, this.capacity);
    this.choiceTenths = grown(this.choiceTenths, this.capacity);
    this.choiceCondition = grown(this.choiceCondition, this.capacity);
    this.choiceEffects = grown(this.choiceEffects, this.capacity);
  }

  /** The compiled scenario, once every node has been added. */
  finish(): CompiledScenario {
    const { scenario, ids, indexOf } = this;
    if (this.next !== ids.length) throw new Error('ScenarioCompiler: not every node was added');
    const count = this.count;
    this.choiceStart[ids.length] = count;
    const declarations = scenario.variables ?? {};
    const variables = Object.keys(declarations);
    const visitedAtoms = [...this.visitedNames]
      .map((name) => indexOf.get(name))
      .filter((i): i is number => i !== undefined)
      .sort((a, b) => a - b);
    // A plain literal: every compiled scenario has the same shape (the analysis reads its fields in hot
    // loops), and the shape lives as long as this code.
    return {
      source: scenario,
      id: scenario.id,
      index: this.index,
      ids,
      indexOf,
      start: indexOf.get(scenario.start) ?? -1,
      ending: this.ending,
      timeout: this.timeout,
      hasTimeout: this.hasTimeout,
      guarded: this.guarded,
      allGuarded: this.allGuarded,
      notedAtoms: this.notedAtoms,
      choiceStart: this.choiceStart,
      choiceTo: this.choiceTo.subarray(0, count),
      choiceTenths: this.choiceTenths.subarray(0, count),
      conditions: this.conditions,
      conditionNoted: this.conditionNoted,
      choiceCondition: this.choiceCondition.subarray(0, count),
      effectLists: this.effectIds.lists,
      choiceEffects: this.choiceEffects.subarray(0, count),
      declarations,
      variables,
      readVariables: variables.filter((name) => this.readVariables.has(name)),
      visitedAtoms,
    };
  }
}

/** Indicators named by `noted` atoms in choice c's own condition. */
export function choiceNoted(scenario: CompiledScenario, c: number): readonly string[] {
  const id = scenario.choiceCondition[c]!;
  return id < 0 ? noAtoms : scenario.conditionNoted[id]!;
}

/** Choice `c` of the scenario (of step `v`), read from the pack: for the few a report names. */
export function choiceOf(scenario: CompiledScenario, v: number, c: number): Choice {
  const node = scenario.source.nodes[scenario.ids[v]!] as { choices: readonly Choice[] };
  return node.choices[c - scenario.choiceStart[v]!]!;
}

/**
 * Where a parsed scenario keeps its compiled form: a registered symbol, so that every build of this
 * package (the main entry and `/analysis` are bundled apart) finds it; a non-enumerable property, so the
 * pack's JSON, keys and equality are unchanged.
 */
const compiledKey = Symbol.for('@ruta/scenario-engine/compiled-scenario/1');

/**
 * Lets the analysis reuse what validation compiled. A parsed pack is read-only: to change it, change its
 * JSON and parse again.
 */
export function attachCompiled(scenario: Scenario, compiled: CompiledScenario): void {
  Object.defineProperty(scenario, compiledKey, { value: compiled, configurable: true });
}

/** Compiles one scenario (the `index`-th of its pack), or returns what validation compiled for it. */
export function compileScenario(scenario: Scenario, index: number): CompiledScenario {
  const attached = (scenario as { [compiledKey]?: CompiledScenario })[compiledKey];
  if (attached !== undefined && attached.index === index) return attached;
  const compiler = new ScenarioCompiler(scenario, index);
  for (const node of Object.values(scenario.nodes)) compiler.add(node);
  return compiler.finish();
}
