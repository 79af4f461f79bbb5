import type { z } from 'zod';

type RefinementContext = z.core.$RefinementCtx;

/**
 * Reports every item of `items` whose key was already used by an earlier item, at `path[index].field`.
 * Returns the set of keys seen, for later reference checks.
 */
export function reportDuplicates<T>(
  ctx: RefinementContext,
  items: readonly T[],
  key: (item: T) => string,
  path: readonly PropertyKey[],
  field: string,
  what: string,
): Set<string> {
  const seen = new Map<string, number>();
  items.forEach((item, index) => {
    const id = key(item);
    const first = seen.get(id);
    if (first === undefined) seen.set(id, index);
    else
      ctx.addIssue({
        code: 'custom',
        path: [...path, index, field],
        message: `duplicated ${what} "${id}" (already used at ${String(path.at(-1))}[${first}])`,
      });
  });
  return new Set(seen.keys());
}

/** Reports each repeated value in a list of plain values (e.g. `areas: ['prevention', 'prevention']`). */
export function reportRepeatedValues(
  ctx: RefinementContext,
  values: readonly string[],
  path: readonly PropertyKey[],
): void {
  const seen = new Set<string>();
  values.forEach((value, index) => {
    if (seen.has(value))
      ctx.addIssue({ code: 'custom', path: [...path, index], message: `"${value}" is listed twice` });
    seen.add(value);
  });
}
