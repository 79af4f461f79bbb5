import type { z } from 'zod';
import { forbiddenKeys, maxDepth, maxStringLength, maxValues } from './guard';

/**
 * A fast path for the pack schema, derived from the zod schemas themselves (they stay the single source of
 * truth). `compileSchema(schema)` reads the zod definition once and builds plain functions that check a value
 * and build zod's output (strings trimmed, objects rebuilt in schema order) without zod's per-value issue
 * plumbing. It only answers for valid, safe input: on anything else it gives up and the caller runs
 * `guardInput` and zod, which find the issues with their exact paths and messages. Contract:
 *
 * - the compiled check returns a value ⇒ zod's `safeParse` succeeds with an equal value, and `guardInput`
 *   finds nothing (the guard's limits are checked on the way: depth, number of values, long strings,
 *   forbidden keys, plain objects);
 * - anything the compiler does not know (a refinement, a transform, a check kind it has not learnt) makes it
 *   give up at run time, never guess.
 */

/** The compiled check gave up: the caller must run the full validation. */
class GiveUp extends Error {}

/** A value that does not match (within a union, the next branch is tried). */
const NO_MATCH: unique symbol = Symbol('no match');
type Result = unknown;

interface Walk {
  /** Values walked (the guard's count). */
  count: number;
  /** Keys of the objects walked. */
  keys: number;
  /** The input came from `JSON.parse`: plain objects without symbol keys, so neither is checked. */
  json: boolean;
}

type Check = (value: unknown, depth: number, walk: Walk) => Result;

const giveUp = (): never => {
  throw new GiveUp();
};

/**
 * Objects made by a literal, `JSON.parse` or `Object.create(null)`. (The guard also accepts other objects
 * whose prototype has no prototype; what they inherit could be read by zod, so those are left to it.)
 */
function isPlainRecord(value: object): boolean {
  const proto = Object.getPrototypeOf(value) as object | null;
  return proto === Object.prototype || proto === null;
}

interface CheckDef {
  check?: string;
  minimum?: number;
  maximum?: number;
  format?: string;
  pattern?: RegExp;
  tx?: (value: unknown) => unknown;
  value?: number;
  inclusive?: boolean;
  when?: unknown;
}

/** The checks of a string or number schema as one function, or undefined if one of them is unknown. */
function compileChecks(
  checks: readonly z.core.$ZodCheck[] | undefined,
): ((value: never) => Result) | undefined {
  const steps: ((value: unknown) => Result)[] = [];
  for (const check of checks ?? []) {
    const def = check._zod.def as CheckDef;
    // A `when` only skips a check for a value without a length; every value checked here has one.
    if (def.when !== undefined && def.check !== 'min_length' && def.check !== 'max_length') return undefined;
    switch (def.check) {
      case 'overwrite': {
        const tx = def.tx as (value: unknown) => unknown;
        steps.push((value) => tx(value));
        break;
      }
      case 'min_length': {
        const min = def.minimum as number;
        steps.push((value) => ((value as string | unknown[]).length >= min ? value : NO_MATCH));
        break;
      }
      case 'max_length': {
        const max = def.maximum as number;
        steps.push((value) => ((value as string | unknown[]).length <= max ? value : NO_MATCH));
        break;
      }
      case 'string_format': {
        if (def.format !== 'regex' || !(def.pattern instanceof RegExp)) return undefined;
        const pattern = def.pattern;
        steps.push((value) => {
          pattern.lastIndex = 0;
          return pattern.test(value as string) ? value : NO_MATCH;
        });
        break;
      }
      case 'greater_than': {
        const limit = def.value as number;
        steps.push(
          def.inclusive
            ? (value) => ((value as number) >= limit ? value : NO_MATCH)
            : (value) => ((value as number) > limit ? value : NO_MATCH),
        );
        break;
      }
      case 'less_than': {
        const limit = def.value as number;
        steps.push(
          def.inclusive
            ? (value) => ((value as number) <= limit ? value : NO_MATCH)
            : (value) => ((value as number) < limit ? value : NO_MATCH),
        );
        break;
      }
      case 'number_format': {
        if (def.format !== 'safeint') return undefined;
        steps.push((value) => (Number.isSafeInteger(value) ? value : NO_MATCH));
        break;
      }
      default:
        return undefined;
    }
  }
  if (steps.length === 0) return (value) => value;
  if (steps.length === 1) return steps[0] as (value: never) => Result;
  return (value: unknown) => {
    let current = value;
    for (const step of steps) {
      current = step(current);
      if (current === NO_MATCH) return NO_MATCH;
    }
    return current;
  };
}

interface SchemaDef {
  type: string;
  checks?: z.core.$ZodCheck[];
  coerce?: boolean;
  shape?: Record<string, z.core.$ZodType>;
  catchall?: z.core.$ZodType;
  element?: z.core.$ZodType;
  keyType?: z.core.$ZodType;
  valueType?: z.core.$ZodType;
  mode?: string;
  innerType?: z.core.$ZodType;
  options?: z.core.$ZodType[];
  inclusive?: boolean;
  values?: unknown[];
  entries?: Record<string, unknown>;
}

/** Compiles a zod schema into a fast check; recursive schemas (conditions) are compiled once. */
export function compileSchema(
  schema: z.core.$ZodType,
): (input: unknown, options?: { json?: boolean }) => { value: unknown; keys: number } | undefined {
  const compiled = new Map<z.core.$ZodType, Check>();
  const root = compileNode(schema, compiled);
  return (input, options) => {
    try {
      const walk: Walk = { count: 0, keys: 0, json: options?.json === true };
      const value = root(input, 0, walk);
      return value === NO_MATCH || walk.count > maxValues ? undefined : { value, keys: walk.keys };
    } catch {
      // GiveUp, or a property that threw when read: the full validation reports it.
      return undefined;
    }
  };
}

function compileNode(schema: z.core.$ZodType, compiled: Map<z.core.$ZodType, Check>): Check {
  const known = compiled.get(schema);
  if (known !== undefined) return known;
  // A placeholder first, so that a recursive schema refers to its own compiled check.
  let target: Check = giveUp;
  const forward: Check = (value, depth, walk) => target(value, depth, walk);
  compiled.set(schema, forward);
  target = build(schema, compiled);
  compiled.set(schema, target);
  return target;
}

function build(schema: z.core.$ZodType, compiled: Map<z.core.$ZodType, Check>): Check {
  const def = schema._zod.def as unknown as SchemaDef;
  const sub = (inner: z.core.$ZodType): Check => compileNode(inner, compiled);
  switch (def.type) {
    case 'string': {
      const checks = compileChecks(def.checks);
      if (checks === undefined || def.coerce) return giveUp;
      return (value, _depth, walk) => {
        walk.count++;
        if (typeof value !== 'string') return NO_MATCH;
        if (value.length > maxStringLength) giveUp();
        return checks(value as never);
      };
    }
    case 'number': {
      const checks = compileChecks(def.checks);
      if (checks === undefined || def.coerce) return giveUp;
      return (value, _depth, walk) => {
        walk.count++;
        if (typeof value !== 'number' || !Number.isFinite(value)) return NO_MATCH;
        return checks(value as never);
      };
    }
    case 'boolean': {
      if (def.coerce || (def.checks?.length ?? 0) > 0) return giveUp;
      return (value, _depth, walk) => {
        walk.count++;
        return typeof value === 'boolean' ? value : NO_MATCH;
      };
    }
    case 'literal':
    case 'enum': {
      if ((def.checks?.length ?? 0) > 0) return giveUp;
      const values = new Set(def.type === 'literal' ? def.values : Object.values(def.entries ?? {}));
      return (value, _depth, walk) => {
        walk.count++;
        if (typeof value === 'string' && value.length > maxStringLength) giveUp();
        return values.has(value) ? value : NO_MATCH;
      };
    }
    case 'optional': {
      const inner = sub(def.innerType as z.core.$ZodType);
      // An optional key that is present holds undefined only when written by code; zod keeps such a key,
      // which is rare enough to leave to it.
      return (value, depth, walk) => (value === undefined ? giveUp() : inner(value, depth, walk));
    }
    case 'array': {
      if ((def.checks ?? []).some((check) => (check._zod.def as CheckDef).check !== 'min_length'))
        return giveUp;
      const lengthChecks = compileChecks(def.checks);
      if (lengthChecks === undefined) return giveUp;
      const element = sub(def.element as z.core.$ZodType);
      return (value, depth, walk) => {
        walk.count++;
        if (!Array.isArray(value)) return NO_MATCH;
        if (depth >= maxDepth) giveUp();
        const out: unknown[] = new Array(value.length);
        for (let i = 0; i < value.length; i++) {
          const item = element(value[i], depth + 1, walk);
          if (item === NO_MATCH) return NO_MATCH;
          out[i] = item;
        }
        return lengthChecks(out as never);
      };
    }
    case 'object': {
      // Strict objects only (`z.strictObject`: the catch-all is `never`).
      if ((def.checks?.length ?? 0) > 0) return giveUp;
      if (def.catchall === undefined || (def.catchall._zod.def as SchemaDef).type !== 'never') return giveUp;
      let fields: { key: string; check: Check; optional: boolean }[] | undefined;
      let keys: ReadonlySet<string> | undefined;
      const prepare = () => {
        const shape = def.shape as Record<string, z.core.$ZodType>;
        fields = Object.keys(shape).map((key) => {
          const field = shape[key] as z.core.$ZodType;
          return { key, check: sub(field), optional: field._zod.optin !== undefined };
        });
        keys = new Set(Object.keys(shape));
        return fields;
      };
      return (value, depth, walk) => {
        walk.count++;
        if (typeof value !== 'object' || value === null || Array.isArray(value)) return NO_MATCH;
        if (depth >= maxDepth || (!walk.json && !isPlainRecord(value))) giveUp();
        const list = fields ?? prepare();
        const allowed = keys as ReadonlySet<string>;
        const input = value as Record<string, unknown>;
        let keyCount = 0;
        for (const key in input) {
          if (!allowed.has(key)) return NO_MATCH;
          keyCount++;
        }
        walk.keys += keyCount;
        const out: Record<string, unknown> = {};
        for (const field of list) {
          // `in`, as zod tests a key (the object's prototype is Object.prototype or null).
          if (!(field.key in input)) {
            if (field.optional) continue;
            return NO_MATCH;
          }
          const result = field.check(input[field.key], depth + 1, walk);
          if (result === NO_MATCH) return NO_MATCH;
          out[field.key] = result;
        }
        return out;
      };
    }
    case 'record': {
      if ((def.checks?.length ?? 0) > 0 || (def.mode !== undefined && def.mode !== 'strict')) return giveUp;
      const keyType = def.keyType as z.core.$ZodType;
      const keyDef = keyType._zod.def as unknown as SchemaDef;
      const partial = (def as { partial?: boolean }).partial === true;
      // Keys are plain strings checked by a string or enum schema; a full (non-partial) enum record is left
      // to zod, which requires every key.
      if (keyDef.type !== 'string' && !(keyDef.type === 'enum' && partial)) return giveUp;
      const keyCheck = sub(keyType);
      const valueCheck = sub(def.valueType as z.core.$ZodType);
      return (value, depth, walk) => {
        walk.count++;
        if (typeof value !== 'object' || value === null || Array.isArray(value)) return NO_MATCH;
        const input = value as Record<string, unknown>;
        if (!walk.json) {
          if (depth >= maxDepth || !isPlainRecord(value)) giveUp();
          // zod reads symbol keys of a record too (and refuses them); the guard does not: leave those to zod.
          if (Object.getOwnPropertySymbols(input).length > 0) giveUp();
        } else if (depth >= maxDepth) giveUp();
        const out: Record<string, unknown> = {};
        for (const key in input) {
          // Own keys only, as the guard (`Object.keys`) and zod (`Reflect.ownKeys`) read them.
          if (!Object.hasOwn(input, key)) continue;
          walk.keys++;
          if (forbiddenKeys.has(key)) giveUp();
          // The key check counts a value the guard does not count; take it back.
          const outKey = keyCheck(key, depth, walk);
          walk.count--;
          if (outKey !== key) return NO_MATCH;
          const result = valueCheck(input[key], depth + 1, walk);
          if (result === NO_MATCH) return NO_MATCH;
          out[key] = result;
        }
        return out;
      };
    }
    case 'union': {
      if (def.inclusive === true || (def.checks?.length ?? 0) > 0) return giveUp;
      const options = (def.options as z.core.$ZodType[]).map(sub);
      return (value, depth, walk) => {
        const before = walk.count;
        const keysBefore = walk.keys;
        for (const option of options) {
          walk.count = before;
          walk.keys = keysBefore;
          const result = option(value, depth, walk);
          if (result !== NO_MATCH) return result;
        }
        return NO_MATCH;
      };
    }
    default:
      return giveUp;
  }
}
