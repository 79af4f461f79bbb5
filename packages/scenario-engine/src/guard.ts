import { formatPath } from '@ruta/curriculum';
import { type PackMessages, packMessages } from './messages/pack-messages';

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
export function guardInput(input: unknown, t: PackMessages = packMessages.en): GuardIssue[] {
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
      report(t.tooManyValues(maxValues));
      stopped = true;
      return;
    }
    if (typeof value === 'string') {
      if (value.length > maxStringLength) report(t.textTooLong(value.length, maxStringLength));
      return;
    }
    if (typeof value !== 'object' || value === null) return;
    if (depth > maxDepth) {
      report(t.nestedTooDeep(maxDepth));
      return;
    }
    if (ancestors.has(value)) {
      report(t.cycle);
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
          report(t.notPlainObject);
          return;
        }
        for (const key of Object.keys(value)) {
          if (stopped) break;
          path.push(key);
          if (forbiddenKeys.has(key)) {
            report(t.forbiddenKey(key));
          } else {
            let child: unknown;
            try {
              child = (value as Record<string, unknown>)[key];
            } catch {
              report(t.couldNotBeRead);
              path.pop();
              continue;
            }
            visit(child, depth + 1);
          }
          path.pop();
        }
      }
    } catch {
      report(t.couldNotBeRead);
    } finally {
      ancestors.delete(value);
    }
  };

  visit(input, 0);
  return issues;
}
