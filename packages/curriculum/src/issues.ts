import type { z } from 'zod';

/** One problem found in a document: where (a JSON path such as `modules[2].hours`) and what, in plain words. */
export interface Issue {
  path: string;
  message: string;
}

/** The outcome of every `parse…` function: the value, or every issue found. Never throws on bad input. */
export type ParseResult<T> = { ok: true; value: T } | { ok: false; issues: Issue[] };

const identifier = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** Formats path segments as a JSON path: `['scenarios', 0, 'nodes', 'a-b']` → `scenarios[0].nodes["a-b"]`. */
export function formatPath(segments: ReadonlyArray<PropertyKey>): string {
  let out = '';
  for (const segment of segments) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else {
      const key = String(segment);
      if (identifier.test(key) || /^[a-z0-9]+(-[a-z0-9]+)*$/.test(key)) out += out === '' ? key : `.${key}`;
      else out += `[${JSON.stringify(key)}]`;
    }
  }
  return out === '' ? '(root)' : out;
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  switch (typeof value) {
    case 'string':
      return value.length > 40 ? `a text of ${value.length} characters` : `the text ${JSON.stringify(value)}`;
    case 'number':
      return `the number ${value}`;
    case 'boolean':
      return `${value}`;
    case 'undefined':
      return 'nothing';
    case 'object':
      return 'an object';
    default:
      return typeof value;
  }
}

const typeWords: Record<string, string> = {
  string: 'a text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  object: 'an object',
  array: 'a list',
  record: 'an object',
  date: 'a date',
  bigint: 'a number',
};

/** zod's own (English, generic) messages start like this; any other message was written for the field. */
const genericMessage = /^(Invalid|Too small|Too big|Unrecognized)/;

function customMessage(issue: z.core.$ZodIssue): string | undefined {
  return issue.message && !genericMessage.test(issue.message) ? issue.message : undefined;
}

/** Turns one zod issue into a sentence a program officer or pack author can act on. */
export function describeZodIssue(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type': {
      const received = 'input' in issue ? issue.input : undefined;
      if (received === undefined)
        return `is required (expected ${typeWords[issue.expected] ?? issue.expected})`;
      return `expected ${typeWords[issue.expected] ?? issue.expected}, found ${describe(received)}`;
    }
    case 'unrecognized_keys':
      return `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => JSON.stringify(k)).join(', ')} (a typo? only the documented fields are allowed)`;
    case 'invalid_value': {
      const allowed = issue.values.map((v) => JSON.stringify(v)).join(', ');
      if ('input' in issue && issue.input === undefined) return `is required (one of ${allowed})`;
      const custom = customMessage(issue);
      const found = 'input' in issue ? `, found ${describe(issue.input)}` : '';
      return custom ? `${custom}${found}` : `must be one of ${allowed}${found}`;
    }
    case 'too_small': {
      const custom = customMessage(issue);
      if (custom) return custom;
      if (issue.origin === 'array')
        return `needs at least ${issue.minimum} item${issue.minimum === 1 ? '' : 's'}`;
      if (issue.origin === 'string')
        return Number(issue.minimum) <= 1
          ? 'must not be empty'
          : `needs at least ${issue.minimum} characters`;
      return `must be ${issue.inclusive ? 'at least' : 'more than'} ${issue.minimum}`;
    }
    case 'too_big': {
      const custom = customMessage(issue);
      if (custom) return custom;
      if (issue.origin === 'array') return `allows at most ${issue.maximum} items`;
      if (issue.origin === 'string') return `allows at most ${issue.maximum} characters`;
      return `must be ${issue.inclusive ? 'at most' : 'less than'} ${issue.maximum}`;
    }
    case 'invalid_format':
      return customMessage(issue) ?? `is not a valid ${issue.format}`;
    case 'not_multiple_of':
      return `must be a multiple of ${issue.divisor}`;
    case 'invalid_union':
      return customMessage(issue) ?? 'does not match any allowed shape';
    default:
      return issue.message;
  }
}

/** Converts a zod error into issues with JSON paths and plain-language messages. */
export function issuesFromZod(error: z.core.$ZodError): Issue[] {
  return error.issues.flatMap((issue) =>
    issue.code === 'unrecognized_keys'
      ? // One issue per unknown field, at the field's own path: `participants[2].nmae`.
        issue.keys.map((key) => ({
          path: formatPath([...issue.path, key]),
          message: 'unknown field (a typo? only the documented fields are allowed)',
        }))
      : [{ path: formatPath(issue.path), message: describeZodIssue(issue) }],
  );
}

/**
 * Runs a zod schema and returns a {@link ParseResult}; never throws, whatever the input. The input is reported
 * to the message writer so that messages say what was found (`expected a number, found the text "12"`).
 */
export function parseWith<T>(schema: z.ZodType<T>, input: unknown): ParseResult<T> {
  try {
    const result = schema.safeParse(input, { reportInput: true });
    if (result.success) return { ok: true, value: result.data };
    return { ok: false, issues: issuesFromZod(result.error) };
  } catch (error) {
    // Only pathological input (e.g. a getter that throws, a proxy) gets here.
    return {
      ok: false,
      issues: [
        {
          path: '(root)',
          message: `could not be read: ${error instanceof Error ? error.message : String(error)}`,
        },
      ],
    };
  }
}
