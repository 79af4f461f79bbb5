import type { Choice, Condition, Effect, Outcome, Quality, Scenario, VariableDeclarations } from '../schema';

/**
 * A scenario turned into flat, index-based arrays for the analysis: node ids become numbers, the choices of
 * all steps one list (the choices of node `v` are `choiceStart[v] … choiceStart[v + 1] - 1`), `to` and
 * `timeout.to` node indices, and the condition atoms each step depends on are collected once, reading each
 * node and choice of the pack once. Few objects are allocated; on a 10,000-node pack the time goes into
 * reading the pack's own objects (about 15 ms on a slow shared machine).
 */

/** Quality points in tenths (best 10, good 7, poor 3, harmful 0) so sums and means stay exact integers. */
export const qualityTenths: Record<Quality, number> = { best: 10, good: 7, poor: 3, harmful: 0 };

const noAtoms: readonly string[] = Object.freeze([]);

export interface CompiledScenario {
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
  /** The choices of all steps, as written in the pack. */
  readonly choices: readonly Choice[];
  /** Target node of each choice, -1 when it names no node. */
  readonly choiceTo: Int32Array;
  readonly choiceTenths: Uint8Array;
  /** Indicators named by `noted` atoms in each choice's own condition. */
  readonly choiceNoted: readonly (readonly string[])[];
  readonly declarations: VariableDeclarations;
  /** Declared variable names, in declaration order. */
  readonly variables: readonly string[];
  /** Variables some condition reads, in declaration order. */
  readonly readVariables: readonly string[];
  /** Nodes some `visited` condition names (indices), ascending. */
  readonly visitedAtoms: readonly number[];
}

function collectAtoms(
  condition: Condition,
  variables: Set<string>,
  noted: Set<string>,
  visited: Set<string>,
): void {
  if ('var' in condition) variables.add(condition.var);
  else if ('noted' in condition) noted.add(condition.noted);
  else if ('visited' in condition) visited.add(condition.visited);
  else if ('all' in condition)
    for (const part of condition.all) collectAtoms(part, variables, noted, visited);
  else if ('any' in condition)
    for (const part of condition.any) collectAtoms(part, variables, noted, visited);
  else collectAtoms(condition.not, variables, noted, visited);
}

/** The variable an effect changes. */
export function effectTarget(effect: Effect): string {
  return 'set' in effect ? effect.set : effect.add;
}

/** Compiles one scenario (the `index`-th of its pack). */
export function compileScenario(scenario: Scenario, index: number): CompiledScenario {
  const ids = Object.keys(scenario.nodes);
  const n = ids.length;
  const indexOf = new Map<string, number>();
  for (let i = 0; i < n; i++) indexOf.set(ids[i]!, i);
  const ending: (Outcome | undefined)[] = new Array(n);
  const timeout = new Int32Array(n).fill(-1);
  const hasTimeout = new Uint8Array(n);
  const guarded = new Uint8Array(n);
  const allGuarded = new Uint8Array(n);
  const choiceNoted: (readonly string[])[] = [];
  const notedAtoms: (readonly string[])[] = new Array(n);
  const choiceStart = new Int32Array(n + 1);
  const choices: Choice[] = [];
  const readVariables = new Set<string>();
  const visitedNames = new Set<string>();
  let noted: Set<string> | undefined;
  let own: Set<string> | undefined;
  // One pass over the nodes and their choices (each pack object is read once: on a large pack, reading
  // them is what costs).
  const declarations = scenario.variables ?? {};
  const variables = Object.keys(declarations);
  let choiceTo = new Int32Array(Math.max(16, 3 * n));
  let choiceTenths = new Uint8Array(choiceTo.length);
  for (let i = 0; i < n; i++) {
    const node = scenario.nodes[ids[i]!]!;
    choiceStart[i] = choices.length;
    notedAtoms[i] = noAtoms;
    if ('ending' in node) {
      ending[i] = node.ending.outcome;
      continue;
    }
    ending[i] = undefined;
    if (node.timeout !== undefined) {
      hasTimeout[i] = 1;
      timeout[i] = indexOf.get(node.timeout.to) ?? -1;
    }
    allGuarded[i] = 1;
    for (const choice of node.choices) {
      const c = choices.length;
      if (c === choiceTo.length) {
        const to = new Int32Array(2 * c);
        to.set(choiceTo);
        choiceTo = to;
        const tenths = new Uint8Array(2 * c);
        tenths.set(choiceTenths);
        choiceTenths = tenths;
      }
      choices.push(choice);
      choiceTo[c] = indexOf.get(choice.to) ?? -1;
      choiceTenths[c] = qualityTenths[choice.assessment.quality];
      if (choice.when === undefined) {
        allGuarded[i] = 0;
        choiceNoted.push(noAtoms);
        continue;
      }
      guarded[i] = 1;
      noted ??= new Set();
      own ??= new Set();
      collectAtoms(choice.when, readVariables, own, visitedNames);
      if (own.size === 0) choiceNoted.push(noAtoms);
      else {
        choiceNoted.push([...own]);
        for (const atom of own) noted.add(atom);
        own.clear();
      }
    }
    if (noted !== undefined && noted.size > 0) {
      notedAtoms[i] = [...noted];
      noted.clear();
    }
  }
  choiceStart[n] = choices.length;
  const visitedAtoms = [...visitedNames]
    .map((name) => indexOf.get(name))
    .filter((i): i is number => i !== undefined)
    .sort((a, b) => a - b);
  return {
    id: scenario.id,
    index,
    ids,
    indexOf,
    start: indexOf.get(scenario.start) ?? -1,
    ending,
    timeout,
    hasTimeout,
    guarded,
    allGuarded,
    notedAtoms,
    choiceStart,
    choices,
    choiceTo: choiceTo.subarray(0, choices.length),
    choiceTenths: choiceTenths.subarray(0, choices.length),
    choiceNoted,
    declarations,
    variables,
    readVariables: variables.filter((name) => readVariables.has(name)),
    visitedAtoms,
  };
}

/** The effects of all choices of a scenario, flat (built on first use: only variables being tracked need it). */
export interface FlatEffects {
  /** The effects of choice c are `effects[start[c] … start[c + 1] - 1]`. */
  readonly start: Int32Array;
  readonly effects: readonly Effect[];
  /** The variable each effect changes (an index into `variables`), -1 when it is not declared. */
  readonly variable: Int32Array;
}

const flatEffectsCache = new WeakMap<CompiledScenario, FlatEffects>();

export function flatEffects(scenario: CompiledScenario): FlatEffects {
  const cached = flatEffectsCache.get(scenario);
  if (cached !== undefined) return cached;
  const variableIndex = new Map<string, number>();
  scenario.variables.forEach((name, k) => {
    variableIndex.set(name, k);
  });
  const start = new Int32Array(scenario.choices.length + 1);
  const effects: Effect[] = [];
  const variable: number[] = [];
  scenario.choices.forEach((choice, c) => {
    start[c] = effects.length;
    if (choice.effects === undefined) return;
    for (const effect of choice.effects) {
      effects.push(effect);
      variable.push(variableIndex.get(effectTarget(effect)) ?? -1);
    }
  });
  start[scenario.choices.length] = effects.length;
  const flat: FlatEffects = { start, effects, variable: Int32Array.from(variable) };
  flatEffectsCache.set(scenario, flat);
  return flat;
}
