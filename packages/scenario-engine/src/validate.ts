import { formatPath, type Language } from '@ruta/curriculum';
import { analyzePack } from './analysis/analyze';
import type { AnalysisError, PackAnalysis } from './analysis/report';
import { packMessagesFor } from './messages/pack-messages';
import { type PackIssue, type PackParseResult, parsePack, parsePackJson } from './parse';
import type { Pack } from './schema';

/**
 * `@ruta/scenario-engine/validate` — the one function that says whether a pack is **valid**: the field
 * rules (`parsePack`) and the static checks (`analyzePack`: every node reachable, no step that leaves the
 * trainee stuck, no loop without a way out, a reachable `protected` ending), as the format defines "valid".
 * Browser-safe, like the rest of the engine; a subpath of its own so that the main entry, which only reads
 * and plays packs, does not carry the analysis.
 */

export interface ValidateOptions {
  /**
   * The language of every issue's `message`: `es`, `en` (the default) or `fr`. Paths, kinds and nodes are
   * the same in every language.
   */
  lang?: Language;
  /**
   * Most play states the static checks explore per scenario (the analysis's `maxStates`). A scenario whose
   * plays cannot all be explored within it cannot be shown valid, and is reported (`not-exhaustive`).
   */
  maxStates?: number;
}

/** Which static check an issue comes from; absent for a field rule. */
export type StaticCheck = AnalysisError['kind'] | 'not-exhaustive';

/** One reason a pack is not valid: where (a JSON path), what, and for a static check which one and where. */
export interface ValidationIssue extends PackIssue {
  check?: StaticCheck;
  /** The scenario a static check failed in. */
  scenario?: string;
  /** The node it names (the unreachable node, the step that leaves the trainee stuck…). */
  node?: string;
}

/**
 * The outcome of `validatePack`: the valid pack with its analysis, or every issue found. When the field
 * rules pass, the analysis is given either way (its figures, its warnings).
 */
export type PackValidation =
  | { ok: true; value: Pack; analysis: PackAnalysis }
  | { ok: false; issues: ValidationIssue[]; analysis?: PackAnalysis };

function staticIssues(pack: Pack, analysis: PackAnalysis, lang: Language | undefined): ValidationIssue[] {
  const t = packMessagesFor(lang);
  const issues: ValidationIssue[] = [];
  analysis.scenarios.forEach((scenario, index) => {
    for (const error of scenario.errors) {
      const issue: ValidationIssue = {
        packId: pack.id,
        path: error.path,
        message: error.message,
        check: error.kind,
        scenario: error.scenario,
      };
      if ('node' in error) issue.node = error.node;
      else if (error.kind === 'no-exit-loop' && error.nodes[0] !== undefined) issue.node = error.nodes[0];
      issues.push(issue);
    }
    const exploration = scenario.exploration;
    if (!exploration.exhaustive)
      issues.push({
        packId: pack.id,
        path: formatPath(['scenarios', index]),
        message: t.notExhaustive(scenario.scenario, exploration.states, exploration.limit ?? 'max-states'),
        check: 'not-exhaustive',
        scenario: scenario.scenario,
      });
  });
  return issues;
}

function withStaticChecks(parsed: PackParseResult, options: ValidateOptions): PackValidation {
  if (!parsed.ok) return parsed;
  const pack = parsed.value;
  const analysis = analyzePack(pack, {
    ...(options.lang === undefined ? {} : { lang: options.lang }),
    ...(options.maxStates === undefined ? {} : { maxStates: options.maxStates }),
  });
  const issues = staticIssues(pack, analysis, options.lang);
  return issues.length === 0 ? { ok: true, value: pack, analysis } : { ok: false, issues, analysis };
}

/**
 * Says whether a pack (plain data) is valid: its field rules (`parsePack`: every shape and reference, all
 * reported in one run as far as the pack can be read) and, when they pass, the static checks
 * (`analyzePack`). Each failed static check is an issue naming its scenario and node. Never throws.
 *
 * @example
 * const checked = validatePack(JSON.parse(text), { lang: 'es' });
 * if (!checked.ok) for (const i of checked.issues) console.error(`${i.path}: ${i.message}`);
 */
export function validatePack(input: unknown, options: ValidateOptions = {}): PackValidation {
  return withStaticChecks(
    parsePack(input, options.lang === undefined ? {} : { lang: options.lang }),
    options,
  );
}

/**
 * {@link validatePack} from a pack file's text (JSON syntax errors at line and column, keys repeated within
 * one object, one leading byte-order mark tolerated), as `ruta validate` reads a file. Never throws.
 */
export function validatePackJson(text: string, options: ValidateOptions = {}): PackValidation {
  return withStaticChecks(
    parsePackJson(text, options.lang === undefined ? {} : { lang: options.lang }),
    options,
  );
}
