import type { Issue } from '@ruta/curriculum';
import { z } from 'zod';
import { compileSchema } from './compiled-schema';
import { guardInput } from './guard';
import { countJsonKeys, maxJsonLength, readJsonText } from './json-text';
import { checkPackRules } from './rules';
import { Pack, type PackInput, packFormat } from './schema';
import { schemaIssues } from './schema-issues';

/** One problem of a pack: which pack (when its id could be read), where (a JSON path) and what. */
export interface PackIssue extends Issue {
  packId?: string;
}

/** The outcome of `parsePack`/`parsePackJson`: the validated pack, or every issue found. */
export type PackParseResult = { ok: true; value: Pack } | { ok: false; issues: PackIssue[] };

/** The pack schema compiled for valid input (built on first use); invalid input goes through zod. */
let packFastPath: ReturnType<typeof compileSchema> | undefined;

function packIdOf(input: unknown): string | undefined {
  try {
    if (typeof input !== 'object' || input === null || !Object.hasOwn(input, 'id')) return undefined;
    const id = (input as { id: unknown }).id;
    return typeof id === 'string' && id.length <= 64 ? id : undefined;
  } catch {
    return undefined;
  }
}

function withPackId(issues: Issue[], packId: string | undefined): PackIssue[] {
  return packId === undefined ? issues : issues.map((issue) => ({ packId, ...issue }));
}

/**
 * Validates a scenario pack (`ruta.pack/1`) given as plain data: the shape of every field, then every rule
 * of the format (references between parts, unique ids, translations…). Never throws, whatever the input.
 *
 * @example
 * const parsed = parsePack(JSON.parse(text));
 * if (!parsed.ok) for (const i of parsed.issues) console.error(`${i.path}: ${i.message}`);
 */
export function parsePack(input: unknown): PackParseResult {
  const packId = packIdOf(input);
  try {
    if (typeof input !== 'object' || input === null || Array.isArray(input))
      return {
        ok: false,
        issues: withPackId(
          [{ path: '(root)', message: `expected a pack: an object with "format": "${packFormat}"` }],
          packId,
        ),
      };
    // Valid input (the common case) is checked by the fast path compiled from the same schema; when it
    // gives up, the guard and zod find the issues with their paths.
    packFastPath ??= compileSchema(Pack);
    const fast = packFastPath(input);
    if (fast !== undefined) {
      const value = fast.value as Pack;
      const broken = checkPackRules(value);
      if (broken.length > 0) return { ok: false, issues: withPackId(broken, packId) };
      return { ok: true, value };
    }
    const unsafe = guardInput(input);
    if (unsafe.length > 0) return { ok: false, issues: withPackId(unsafe, packId) };
    const shaped = Pack.safeParse(input);
    if (!shaped.success) return { ok: false, issues: withPackId(schemaIssues(shaped.error, input), packId) };
    const broken = checkPackRules(shaped.data);
    if (broken.length > 0) return { ok: false, issues: withPackId(broken, packId) };
    return { ok: true, value: shaped.data };
  } catch (error) {
    return {
      ok: false,
      issues: withPackId(
        [
          {
            path: '(root)',
            message: `could not be read: ${error instanceof Error ? error.message : String(error)}`,
          },
        ],
        packId,
      ),
    };
  }
}

/**
 * Validates a pack file's text: JSON syntax errors (with line and column) and keys repeated within one
 * object are reported as issues, then the pack is checked as by {@link parsePack}. Never throws.
 */
export function parsePackJson(text: string): PackParseResult {
  const fast = fastPackJson(text);
  if (fast !== undefined) return fast;
  const read = readJsonText(text);
  if (!read.ok) return { ok: false, issues: read.issues };
  const parsed = parsePack(read.value);
  if (read.duplicates.length === 0) return parsed;
  const packId = packIdOf(read.value);
  return {
    ok: false,
    issues: [...withPackId(read.duplicates, packId), ...(parsed.ok ? [] : parsed.issues)],
  };
}

/**
 * A valid pack file (the common case) is read by `JSON.parse`, and its keys counted in the text: when every
 * key written is in the parsed value (no key repeated) and the fast path accepts the value, the result is
 * the one the full reader and {@link parsePack} would give. Anything else returns undefined, and the full
 * reader reports it with lines and columns.
 */
function fastPackJson(text: string): PackParseResult | undefined {
  if (typeof text !== 'string' || text.length > maxJsonLength) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  const keys = countJsonKeys(text);
  if (keys === undefined) return undefined;
  packFastPath ??= compileSchema(Pack);
  const fast = packFastPath(value, { json: true });
  if (fast === undefined || fast.keys !== keys) return undefined;
  const pack = fast.value as Pack;
  const broken = checkPackRules(pack);
  if (broken.length > 0) return { ok: false, issues: withPackId(broken, packIdOf(value)) };
  return { ok: true, value: pack };
}

/**
 * The JSON Schema (draft 2020-12) of `ruta.pack/1`, generated from the zod schema, for editors: put
 * `"$schema"` in `pack.json` or map the file in the editor's settings to get completion and checks. (The
 * rules between parts of a pack are checked by `parsePack`, not by the JSON Schema.)
 */
export function packJsonSchema(): Record<string, unknown> {
  const generated = z.toJSONSchema(Pack, { target: 'draft-2020-12', io: 'input', unrepresentable: 'any' });
  return {
    ...generated,
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    title: `Ruta scenario pack (${packFormat})`,
    description:
      'A scenario pack of the Ruta counter-trafficking simulation lab: scenarios, their nodes and choices, indicators, referrals and journeys. Data only.',
  };
}

/**
 * Typed identity helper for authoring a pack in TypeScript: returns its argument unchanged, with editor
 * completion and type checks, keeping literal ids (`"border-stop"`, not `string`). Validate with
 * {@link parsePack} before playing it.
 */
export function definePack<const P extends PackInput>(pack: P): P {
  return pack;
}
