import type { Issue, Language } from '@ruta/curriculum';
import { z } from 'zod';
import { compileSchema } from './compiled-schema';
import { guardInput } from './guard';
import { countJsonKeys, maxJsonLength, readJsonText } from './json-text';
import { type PackMessages, packMessagesFor } from './messages/pack-messages';
import { checkPackRules } from './rules';
import { Pack, type PackInput, packFormat } from './schema';
import { schemaIssues } from './schema-issues';

/** One problem of a pack: which pack (when its id could be read), where (a JSON path) and what. */
export interface PackIssue extends Issue {
  packId?: string;
}

/** Options of `parsePack`/`parsePackJson` (and `validatePack`). */
export interface ParseOptions {
  /**
   * The language of the issues' `message`: `es`, `en` (the default) or `fr`. The `path` of an issue is the
   * same in every language.
   */
  lang?: Language;
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

/** True when the JSON path `path` is `at` or lies inside it (`a.b[0]` inside `a.b`). */
function inside(path: string, at: string): boolean {
  if (at === '(root)') return true;
  if (!path.startsWith(at)) return false;
  const next = path.charCodeAt(at.length);
  return Number.isNaN(next) || next === 46 /* . */ || next === 91 /* [ */;
}

/**
 * The issues of a pack that did not pass the schema: the schema's, then the rules' over every part that can
 * still be read (a `to` naming no node, an undeclared variable…), so an author sees all of them in one run.
 * A rule issue inside a part the schema already rejects is left out (that part is not read).
 */
function shapeAndRuleIssues(shape: Issue[], input: unknown, lang: Language | undefined): Issue[] {
  const rules = checkPackRules(input as Pack, { partial: true, ...(lang === undefined ? {} : { lang }) });
  if (rules.length === 0) return shape;
  const rejected = shape.map((issue) => issue.path);
  const seen = new Set(shape.map((issue) => `${issue.path}\u0000${issue.message}`));
  return [
    ...shape,
    ...rules.filter(
      (issue) =>
        !rejected.some((at) => inside(issue.path, at)) && !seen.has(`${issue.path}\u0000${issue.message}`),
    ),
  ];
}

/**
 * Reads a scenario pack (`ruta.pack/1`) given as plain data and checks its **field rules**: the shape of
 * every field and every rule of the format (references between parts, unique ids, translations…). Every
 * issue is reported in one run, shape and references together, as far as the pack can be read; messages in
 * `lang` (English by default). Never throws, whatever the input.
 *
 * `parsePack` is the fast reader: it does **not** run the static checks (every node reachable, no step
 * that leaves the trainee stuck, a reachable `protected` ending). A pack is valid only when it passes both:
 * use `validatePack` (`@ruta/scenario-engine/validate`) to say whether a pack is valid.
 *
 * @example
 * const parsed = parsePack(JSON.parse(text), { lang: 'es' });
 * if (!parsed.ok) for (const i of parsed.issues) console.error(`${i.path}: ${i.message}`);
 */
export function parsePack(input: unknown, options: ParseOptions = {}): PackParseResult {
  const packId = packIdOf(input);
  const lang = options.lang;
  const t: PackMessages = packMessagesFor(lang);
  const ruleOptions = lang === undefined ? {} : { lang };
  try {
    if (typeof input !== 'object' || input === null || Array.isArray(input))
      return {
        ok: false,
        issues: withPackId([{ path: '(root)', message: t.notAPack(packFormat) }], packId),
      };
    // Valid input (the common case) is checked by the fast path compiled from the same schema; when it
    // gives up, the guard and zod find the issues with their paths.
    packFastPath ??= compileSchema(Pack);
    const fast = packFastPath(input);
    if (fast !== undefined) {
      const value = fast.value as Pack;
      const broken = checkPackRules(value, ruleOptions);
      if (broken.length > 0) return { ok: false, issues: withPackId(broken, packId) };
      return { ok: true, value };
    }
    const unsafe = guardInput(input, t);
    if (unsafe.length > 0) return { ok: false, issues: withPackId(unsafe, packId) };
    const shaped = Pack.safeParse(input);
    if (!shaped.success)
      return {
        ok: false,
        issues: withPackId(shapeAndRuleIssues(schemaIssues(shaped.error, input, t), input, lang), packId),
      };
    const broken = checkPackRules(shaped.data, ruleOptions);
    if (broken.length > 0) return { ok: false, issues: withPackId(broken, packId) };
    return { ok: true, value: shaped.data };
  } catch (error) {
    return {
      ok: false,
      issues: withPackId(
        [
          {
            path: '(root)',
            message: t.couldNotBeReadBecause(error instanceof Error ? error.message : String(error)),
          },
        ],
        packId,
      ),
    };
  }
}

/**
 * Reads a pack file's text: JSON syntax errors (with line and column) and keys repeated within one object
 * are reported as issues, then the pack is checked as by {@link parsePack} (field rules only, not the
 * static checks). The text may start with one byte-order mark. Never throws.
 */
export function parsePackJson(text: string, options: ParseOptions = {}): PackParseResult {
  const fast = fastPackJson(text, options.lang);
  if (fast !== undefined) return fast;
  const read = readJsonText(text, packMessagesFor(options.lang));
  if (!read.ok) return { ok: false, issues: read.issues };
  const parsed = parsePack(read.value, options);
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
function fastPackJson(text: string, lang: Language | undefined): PackParseResult | undefined {
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
  const broken = checkPackRules(pack, lang === undefined ? {} : { lang });
  if (broken.length > 0) return { ok: false, issues: withPackId(broken, packIdOf(value)) };
  return { ok: true, value: pack };
}

/**
 * The JSON Schema (draft 2020-12) of `ruta.pack/1`, generated from the zod schema, for editors: put
 * `"$schema"` in `pack.json` or map the file in the editor's settings to get completion and checks. (The
 * rules between parts of a pack are checked by `parsePack`, and the static checks by `validatePack`, not by
 * the JSON Schema.)
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
 * `validatePack` (`@ruta/scenario-engine/validate`) before playing it.
 */
export function definePack<const P extends PackInput>(pack: P): P {
  return pack;
}
