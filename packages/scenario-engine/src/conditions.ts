import type { Condition, Effect, VariableDeclarations, VariableValue } from './schema';

/**
 * The interpreter of a pack's conditions and effects: pure functions over plain data, so the play (as XState
 * guards and actions), the replay and the analysis (state-space exploration) all share exactly one meaning.
 */

/** Variable values of a play, by variable name. */
export type Variables = Readonly<Record<string, VariableValue>>;

/** What a condition can look at: variable values, the trainee's notebook and the nodes visited so far. */
export interface ConditionState {
  readonly variables: Variables;
  /** The indicators the trainee has noted: a set, or a predicate (the analysis treats notes as free). */
  readonly noted: ReadonlySet<string> | ((indicatorId: string) => boolean);
  /** The nodes visited so far, the current node included (`visited` counts the current node). */
  readonly visited: ReadonlySet<string>;
}

/** Evaluates a condition against a state. Unknown variables compare as absent (never true except `ne`). */
export function evaluateCondition(condition: Condition, state: ConditionState): boolean {
  if ('var' in condition) {
    const value = Object.hasOwn(state.variables, condition.var) ? state.variables[condition.var] : undefined;
    if ('eq' in condition) return value === condition.eq;
    if ('ne' in condition) return value !== condition.ne;
    if (typeof value !== 'number') return false;
    if ('lt' in condition) return value < condition.lt;
    if ('lte' in condition) return value <= condition.lte;
    if ('gt' in condition) return value > condition.gt;
    return value >= condition.gte;
  }
  if ('noted' in condition) {
    const noted = state.noted;
    return typeof noted === 'function' ? noted(condition.noted) : noted.has(condition.noted);
  }
  if ('visited' in condition) return state.visited.has(condition.visited);
  if ('all' in condition) {
    for (const part of condition.all) if (!evaluateCondition(part, state)) return false;
    return true;
  }
  if ('any' in condition) {
    for (const part of condition.any) if (evaluateCondition(part, state)) return true;
    return false;
  }
  return !evaluateCondition(condition.not, state);
}

/** Clamps a number to a variable's `[min, max]`. */
export function clamp(value: number, min: number, max: number): number {
  return Math.min(Math.max(value, min), max);
}

/**
 * Applies effects in order and returns the new variable values. Never mutates `variables`; returns the same
 * object when there is nothing to apply. `add` results and `set` numbers are clamped to the variable's
 * `[min, max]`; an effect on an undeclared variable, or of the wrong type, is ignored (a valid pack has none).
 */
export function applyEffects(
  effects: readonly Effect[] | undefined,
  variables: Variables,
  declarations: VariableDeclarations | undefined,
): Variables {
  if (effects === undefined || effects.length === 0) return variables;
  const next: Record<string, VariableValue> = { ...variables };
  for (const effect of effects) {
    const name = 'set' in effect ? effect.set : effect.add;
    const declaration =
      declarations !== undefined && Object.hasOwn(declarations, name) ? declarations[name] : undefined;
    if (declaration === undefined) continue;
    if (declaration.type === 'boolean') {
      if ('set' in effect && typeof effect.value === 'boolean') next[name] = effect.value;
      continue;
    }
    if (typeof effect.value !== 'number') continue;
    const current = Object.hasOwn(next, name) ? next[name] : undefined;
    const base = typeof current === 'number' ? current : declaration.initial;
    const raw = 'set' in effect ? effect.value : base + effect.value;
    next[name] = clamp(raw, declaration.min, declaration.max);
  }
  return next;
}

/** The initial variable values of a scenario, with carried values (clamped, type-checked) laid over them. */
export function initialVariables(
  declarations: VariableDeclarations | undefined,
  carry?: Readonly<Record<string, VariableValue>>,
): Record<string, VariableValue> {
  const values: Record<string, VariableValue> = {};
  if (declarations === undefined) return values;
  for (const name of Object.keys(declarations)) {
    const declaration = declarations[name] as VariableDeclarations[string];
    const carried = carry !== undefined && Object.hasOwn(carry, name) ? carry[name] : undefined;
    if (declaration.type === 'boolean') {
      values[name] = typeof carried === 'boolean' ? carried : declaration.initial;
    } else {
      values[name] =
        typeof carried === 'number' && Number.isFinite(carried)
          ? clamp(carried, declaration.min, declaration.max)
          : declaration.initial;
    }
  }
  return values;
}
