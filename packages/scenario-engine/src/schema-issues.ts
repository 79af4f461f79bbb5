import { formatPath } from '@ruta/curriculum';
import type { z } from 'zod';
import { type PackMessages, packMessages } from './messages/pack-messages';
import { describeIssue } from './messages/zod-issues';
import { conditionBranchKeys } from './schema';

/**
 * Turns the issues of the pack schema into plain sentences at JSON paths. zod reports a value that matches
 * no branch of a union as one opaque "invalid input"; here the branch the author meant is picked from the
 * keys written (a node with `choices` is a step, a condition with `noted` is a noted-condition…) and that
 * branch's own issues are reported instead. Messages are written in the author's language (`t`); paths are
 * the same in every language.
 */

export interface SchemaIssue {
  path: string;
  message: string;
}

type Segment = PropertyKey;

function valueAt(root: unknown, path: readonly Segment[]): unknown {
  let value = root;
  for (const segment of path) {
    if (typeof value !== 'object' || value === null) return undefined;
    if (!Object.hasOwn(value, segment)) return undefined;
    value = (value as Record<PropertyKey, unknown>)[segment];
  }
  return value;
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const has = (value: Record<string, unknown>, key: string) => Object.hasOwn(value, key);

type UnionKind = 'node' | 'effect' | 'condition' | 'other';

function unionKind(path: readonly Segment[], branches: number): UnionKind {
  const last = path[path.length - 1];
  const before = path[path.length - 2];
  if (branches === 2 && before === 'nodes' && typeof last === 'string') return 'node';
  if (branches === 2 && before === 'effects' && typeof last === 'number') return 'effect';
  if (branches === conditionBranchKeys.length) return 'condition';
  return 'other';
}

/** Picks the union branch the author meant, or explains why none fits. */
function pickBranch(
  kind: UnionKind,
  value: unknown,
  t: PackMessages,
): { branch: number } | { message: string } | undefined {
  if (kind === 'other') return undefined;
  if (!isObject(value)) {
    if (kind === 'node') return { message: t.nodeNotObject };
    if (kind === 'effect') return { message: t.effectNotObject };
    return { message: t.conditionNotObject };
  }
  if (kind === 'node') {
    const step = has(value, 'choices');
    const ending = has(value, 'ending');
    if (step && ending) return { message: t.nodeBoth };
    if (!step && !ending) return { message: t.nodeNeither };
    return { branch: step ? 0 : 1 };
  }
  if (kind === 'effect') {
    if (has(value, 'set')) return { branch: 0 };
    if (has(value, 'add')) return { branch: 1 };
    return { message: t.effectNeither };
  }
  if (has(value, 'var')) {
    for (let i = 0; i < 6; i++) if (has(value, conditionBranchKeys[i] as string)) return { branch: i };
    return { message: t.conditionNoComparison };
  }
  for (let i = 6; i < conditionBranchKeys.length; i++)
    if (has(value, conditionBranchKeys[i] as string)) return { branch: i };
  return { message: t.conditionShapes };
}

function convert(
  issue: z.core.$ZodIssue,
  prefix: readonly Segment[],
  root: unknown,
  out: SchemaIssue[],
  t: PackMessages,
) {
  const path = [...prefix, ...issue.path];
  if (issue.code === 'invalid_union' && issue.errors.length > 0) {
    const value = valueAt(root, path);
    const picked = pickBranch(unionKind(path, issue.errors.length), value, t);
    if (picked !== undefined && 'message' in picked) {
      out.push({ path: formatPath(path), message: picked.message });
      return;
    }
    if (picked !== undefined) {
      for (const inner of issue.errors[picked.branch] ?? []) convert(inner, path, root, out, t);
      return;
    }
  }
  if (issue.code === 'unrecognized_keys') {
    const value = valueAt(root, path);
    const languageLike = /^[a-z]{2,3}([-_][A-Za-z]{2,4})?$/;
    if (
      isObject(value) &&
      ['es', 'en', 'fr'].some((lang) => has(value, lang)) &&
      issue.keys.every((key) => languageLike.test(key))
    ) {
      out.push({ path: formatPath(path), message: t.notLanguages(issue.keys) });
      return;
    }
  }
  if (issue.code === 'invalid_key') {
    const key = path[path.length - 1];
    const inner = issue.issues[0];
    const reason = inner ? describeIssue(inner, t) : t.noShape;
    out.push({ path: formatPath(path), message: t.invalidName(String(key), reason) });
    return;
  }
  if (issue.code === 'invalid_type') {
    const input = valueAt(root, path);
    out.push({ path: formatPath(path), message: describeIssue({ ...issue, input } as z.core.$ZodIssue, t) });
    return;
  }
  out.push({ path: formatPath(path), message: describeIssue(issue, t) });
}

/** Nodes of the raw input that are both a step and an ending, or neither. */
function nodeShapeIssues(input: unknown, t: PackMessages): SchemaIssue[] {
  const issues: SchemaIssue[] = [];
  if (!isObject(input) || !Array.isArray(input.scenarios)) return issues;
  input.scenarios.forEach((scenario: unknown, s: number) => {
    if (!isObject(scenario) || !isObject(scenario.nodes)) return;
    for (const [id, node] of Object.entries(scenario.nodes)) {
      if (!isObject(node)) continue;
      const picked = pickBranch('node', node, t);
      if (picked !== undefined && 'message' in picked)
        issues.push({ path: formatPath(['scenarios', s, 'nodes', id]), message: picked.message });
    }
  });
  return issues;
}

/** Converts a zod error of the pack schema into issues, reading the input to explain union mismatches. */
export function schemaIssues(
  error: z.core.$ZodError,
  input: unknown,
  t: PackMessages = packMessages.en,
): SchemaIssue[] {
  const out: SchemaIssue[] = [];
  for (const issue of error.issues) convert(issue, [], input, out, t);
  // zod reports a node with both `choices` and `ending` as an unknown field of whichever branch came
  // closest; say what the rule is instead.
  const shapes = nodeShapeIssues(input, t);
  if (shapes.length > 0) {
    const explained = new Set(shapes.map((issue) => issue.path));
    const kept = out.filter((issue) => !explained.has(issue.path));
    out.length = 0;
    out.push(...shapes, ...kept);
  }
  // The same problem can surface twice through nested unions; keep each (path, message) once.
  const seen = new Set<string>();
  return out.filter((issue) => {
    const key = `${issue.path}\u0000${issue.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
