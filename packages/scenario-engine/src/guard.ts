import { formatPath } from '@ruta/curriculum';

/**
 * The first line of defence of `parsePack`: walks untrusted input once, before any schema runs, and reports
 * what no schema should ever be asked to look at — cycles, nesting deeper than a pack ever needs, huge
 * strings, keys that could pollute prototypes (`__proto__`, `constructor`, `prototype`), non-plain objects and
 * properties that throw when read.
 */

/** Deepest nesting a pack may use (a pack needs about 12 levels; conditions add a few). */
export const maxDepth = 64;
/** Longest string a pack may hold (a long scenario text is a few thousand characters). */
export const maxStringLength = 100_000;
/** Most values (objects, arrays, strings, numbers…) a pack may hold. */
export const maxValues = 1_000_000;

export const forbiddenKeys: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

export interface GuardIssue {
  path: string;
  message: string;
}

/** Reports every problem of shape that makes input unsafe to validate; an empty list means it is safe. */
export function guardInput(input: unknown): GuardIssue[] {
  const issues: GuardIssue[] = [];
  const ancestors = new Set<object>();
  const path: PropertyKey[] = [];
  let count = 0;
  let stopped = false;

  const report = (message: string, at: PropertyKey[] = path) => {
    issues.push({ path: formatPath(at), message });
    if (issues.length >= 50) stopped = true;
  };

  const visit = (value: unknown, depth: number): void => {
    if (stopped) return;
    count++;
    if (count > maxValues) {
      report(`the document holds more than ${maxValues} values; a pack is far smaller`);
      stopped = true;
      return;
    }
    if (typeof value === 'string') {
      if (value.length > maxStringLength)
        report(`a text of ${value.length} characters is too long (at most ${maxStringLength})`);
      return;
    }
    if (typeof value !== 'object' || value === null) return;
    if (depth > maxDepth) {
      report(`nested more than ${maxDepth} levels deep; a pack never needs that`);
      return;
    }
    if (ancestors.has(value)) {
      report('refers back to an object that contains it (a cycle); a pack must be plain JSON data');
      return;
    }
    ancestors.add(value);
    try {
      if (Array.isArray(value)) {
        for (let i = 0; i < value.length && !stopped; i++) {
          path.push(i);
          visit(value[i], depth + 1);
          path.pop();
        }
      } else {
        const proto = Object.getPrototypeOf(value) as object | null;
        if (proto !== null && Object.getPrototypeOf(proto) !== null) {
          report('must be a plain object (JSON data), not an instance of a class');
          return;
        }
        for (const key of Object.keys(value)) {
          if (stopped) break;
          path.push(key);
          if (forbiddenKeys.has(key)) {
            report(`the key "${key}" is not allowed (it could alter every object of the program)`);
          } else {
            let child: unknown;
            try {
              child = (value as Record<string, unknown>)[key];
            } catch {
              report('could not be read');
              path.pop();
              continue;
            }
            visit(child, depth + 1);
          }
          path.pop();
        }
      }
    } catch {
      report('could not be read');
    } finally {
      ancestors.delete(value);
    }
  };

  visit(input, 0);
  return issues;
}
