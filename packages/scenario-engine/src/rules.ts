import { competencyIds, principleIds } from '@ruta/competencies';
import { formatPath, type Language, missingLanguages, type Text } from '@ruta/curriculum';
import { attachCompiled, ScenarioCompiler } from './analysis/compile';
import { builtinIndicatorIds } from './indicators';
import { type IdKind, type PackMessages, packMessagesFor } from './messages/pack-messages';
import {
  type Assessment,
  type Choice,
  type Condition,
  comparisonOperators,
  type Effect,
  isEnding,
  type Pack,
  type Scenario,
  type VariableDeclarations,
} from './schema';

/**
 * The rules of `ruta.pack/1` that a schema cannot express: references between parts of the pack (a `to`
 * naming a node, an assessment naming a competency…), uniqueness of ids, every Text in every declared
 * language, variable ranges and the types of conditions and effects. Runs on a pack that already has the
 * right shape.
 */

export interface RuleIssue {
  path: string;
  message: string;
}

type Path = readonly PropertyKey[];

const competencySet: ReadonlySet<string> = new Set(competencyIds);
const principleSet: ReadonlySet<string> = new Set(principleIds);

export interface RuleOptions {
  /** The language of the messages (English by default); paths are the same in every language. */
  lang?: Language;
  /**
   * The pack did not pass the schema (`parsePack` reports those issues too): the rules check what can be
   * read, part by part, and a part that cannot be read is skipped. Nothing is compiled for the analysis.
   */
  partial?: boolean;
}

export function checkPackRules(pack: Pack, options: RuleOptions = {}): RuleIssue[] {
  const t: PackMessages = packMessagesFor(options.lang);
  const partial = options.partial === true;
  const issues: RuleIssue[] = [];
  const report = (path: Path, message: string) => issues.push({ path: formatPath(path), message });
  /** Runs one part's checks; on a pack that did not pass the schema, a part that cannot be read is skipped. */
  const part = (check: () => void): void => {
    if (!partial) {
      check();
      return;
    }
    try {
      check();
    } catch {
      // This part of the pack has the wrong shape; the schema's issues already say where.
    }
  };
  const each = <T>(items: readonly T[] | undefined, check: (item: T, i: number) => void): void => {
    if (!Array.isArray(items)) return;
    for (let i = 0; i < items.length; i++) part(() => check(items[i] as T, i));
  };

  // ---- languages and texts ----
  const seenLanguages = new Set<string>();
  each(pack.languages, (lang, i) => {
    if (seenLanguages.has(lang)) report(['languages', i], t.languageTwice(lang));
    seenLanguages.add(lang);
  });
  // (Only the lab's languages: a pack that did not pass the schema may list others.)
  const langs = [...seenLanguages].filter(
    (lang) => lang === 'es' || lang === 'en' || lang === 'fr',
  ) as Language[];
  /** True when the Text carries every language of the pack (checked without building anything). */
  const complete = (value: Text): boolean => {
    for (const lang of langs) {
      const written = value[lang];
      if (typeof written !== 'string') return false;
      // A text starting with a visible ASCII character is not blank; only others need trimming.
      const first = written.charCodeAt(0);
      if (!(first > 32 && first < 127) && written.trim() === '') return false;
    }
    return true;
  };
  const text = (value: Text | undefined, path: Path) => {
    if (value === undefined || (partial && (typeof value !== 'object' || value === null)) || complete(value))
      return;
    for (const lang of missingLanguages(value, langs)) report([...path, lang], t.missingTranslation(lang));
  };

  const unique = <T extends { id: string }>(items: readonly T[] | undefined, path: Path, what: IdKind) => {
    const first = new Map<string, number>();
    if (!Array.isArray(items)) return first;
    items.forEach((item, i) => {
      if (typeof item?.id !== 'string') return;
      const earlier = first.get(item.id);
      if (earlier !== undefined)
        report([...path, i, 'id'], t.duplicateId(what, item.id, formatPath([...path, earlier])));
      else first.set(item.id, i);
    });
    return first;
  };

  /** `unique` for the few choices of a node, without a map: each id compared with the ones before it. */
  const uniqueChoices = (choices: readonly Choice[], s: number, nodeId: string) => {
    if (choices.length > 16) {
      unique(choices, ['scenarios', s, 'nodes', nodeId, 'choices'], 'choice');
      return;
    }
    for (let i = 1; i < choices.length; i++) {
      const id = (choices[i] as Choice).id;
      for (let j = 0; j < i; j++) {
        if ((choices[j] as Choice).id !== id) continue;
        // The first earlier choice with this id is the one named (as `unique` names it).
        report(
          ['scenarios', s, 'nodes', nodeId, 'choices', i, 'id'],
          t.duplicateId('choice', id, formatPath(['scenarios', s, 'nodes', nodeId, 'choices', j])),
        );
        break;
      }
    }
  };

  text(pack.title, ['title']);
  text(pack.description, ['description']);

  const references = unique(pack.references, ['references'], 'reference');
  each(pack.references, (reference, i) => {
    text(reference.title, ['references', i, 'title']);
  });
  const referrals = unique(pack.referrals, ['referrals'], 'referral');
  each(pack.referrals, (referral, i) => {
    text(referral.name, ['referrals', i, 'name']);
    text(referral.description, ['referrals', i, 'description']);
  });
  const packIndicators = unique(pack.indicators, ['indicators'], 'indicator');
  each(pack.indicators, (indicator, i) => {
    if (builtinIndicatorIds.has(indicator.id))
      report(['indicators', i, 'id'], t.builtinRedefined(indicator.id));
    text(indicator.label, ['indicators', i, 'label']);
  });
  const indicatorKnown = (id: string) => builtinIndicatorIds.has(id) || packIndicators.has(id);

  const scenarios = unique(pack.scenarios, ['scenarios'], 'scenario');

  // ---- scenarios ----
  each(pack.scenarios, (scenario, s) => {
    const issuesBefore = issues.length;
    const at = (...rest: PropertyKey[]): PropertyKey[] => ['scenarios', s, ...rest];
    const sid = scenario.id;
    part(() => {
      text(scenario.title, at('title'));
      text(scenario.summary, at('summary'));
      text(scenario.setting.description, at('setting', 'description'));
    });

    const listed = new Set<string>();
    each(scenario.competencies, (id, i) => {
      if (!competencySet.has(id)) report(at('competencies', i), t.unknownCompetency(id));
      else if (listed.has(id)) report(at('competencies', i), t.competencyTwice(id));
      listed.add(id);
    });

    const characters = unique(scenario.characters, at('characters'), 'character');
    const variables: VariableDeclarations =
      typeof scenario.variables === 'object' && scenario.variables !== null ? scenario.variables : {};
    for (const [name, declaration] of Object.entries(variables))
      part(() => {
        if (declaration.type !== 'number') return;
        if (declaration.min > declaration.max)
          report(at('variables', name, 'min'), t.minAboveMax(declaration.min, declaration.max));
        else if (declaration.initial < declaration.min || declaration.initial > declaration.max)
          report(at('variables', name, 'initial'), t.initialOutOfRange(declaration.min, declaration.max));
      });

    const nodeIds = Object.keys(scenario.nodes);
    if (nodeIds.length === 0) report(at('nodes'), t.needsANode);
    const nodeExists = (id: string) => Object.hasOwn(scenario.nodes, id);
    /** The declaration of a variable the scenario itself declares (never an inherited property). */
    const declared = (name: string) => (Object.hasOwn(variables, name) ? variables[name] : undefined);
    /** A declaration of the wrong shape (reported by the schema) is declared, of no known type. */
    const typed = (declaration: VariableDeclarations[string]) =>
      declaration.type === 'number' || declaration.type === 'boolean';
    const start = nodeExists(scenario.start) ? scenario.nodes[scenario.start] : undefined;
    if (start === undefined) report(at('start'), t.noNode(scenario.start, sid));
    else if (isEnding(start)) report(at('start'), t.startIsEnding(scenario.start));

    const condition = (cond: Condition, path: PropertyKey[]) => {
      if ('var' in cond) {
        const declaration = declared(cond.var);
        if (declaration === undefined) {
          report([...path, 'var'], t.noVariable(cond.var, sid));
          return;
        }
        if (!typed(declaration)) return;
        const op = comparisonOperators.find((o) => o in cond) ?? 'eq';
        const value = (cond as Record<string, unknown>)[op];
        if (declaration.type === 'boolean') {
          if (op !== 'eq' && op !== 'ne') report([...path, op], t.booleanOperator(cond.var, op));
          else if (typeof value !== 'boolean') report([...path, op], t.booleanCompare(cond.var));
        } else if (typeof value !== 'number') {
          report([...path, op], t.numberCompare(cond.var));
        }
        return;
      }
      if ('noted' in cond) {
        if (!indicatorKnown(cond.noted)) report([...path, 'noted'], t.unknownIndicator(cond.noted));
        return;
      }
      if ('visited' in cond) {
        if (!nodeExists(cond.visited)) report([...path, 'visited'], t.noNode(cond.visited, sid));
        return;
      }
      if ('all' in cond) {
        cond.all.forEach((part, i) => {
          condition(part, [...path, 'all', i]);
        });
        return;
      }
      if ('any' in cond) {
        cond.any.forEach((part, i) => {
          condition(part, [...path, 'any', i]);
        });
        return;
      }
      condition(cond.not, [...path, 'not']);
    };

    const effect = (eff: Effect, base: string, c: number, e: number) => {
      const key = 'set' in eff ? 'set' : 'add';
      const name = 'set' in eff ? eff.set : eff.add;
      const declaration = declared(name);
      if (declaration === undefined) {
        report(['scenarios', s, 'nodes', base, 'choices', c, 'effects', e, key], t.noVariable(name, sid));
        return;
      }
      if (!typed(declaration)) return;
      if (declaration.type === 'boolean') {
        if (key === 'add')
          report(['scenarios', s, 'nodes', base, 'choices', c, 'effects', e, 'add'], t.booleanAdd(name));
        else if (typeof eff.value !== 'boolean')
          report(['scenarios', s, 'nodes', base, 'choices', c, 'effects', e, 'value'], t.booleanSet(name));
        return;
      }
      if (typeof eff.value !== 'number') {
        report(['scenarios', s, 'nodes', base, 'choices', c, 'effects', e, 'value'], t.numberValue(name));
        return;
      }
      if (key === 'set' && (eff.value < declaration.min || eff.value > declaration.max))
        report(
          ['scenarios', s, 'nodes', base, 'choices', c, 'effects', e, 'value'],
          t.setOutOfRange(declaration.min, declaration.max, name),
        );
    };

    const assessment = (a: Assessment, base: string, c: number) => {
      if (!complete(a.feedback))
        text(a.feedback, ['scenarios', s, 'nodes', base, 'choices', c, 'assessment', 'feedback']);
      const competencies = a.competencies ?? {};
      for (const id in competencies) {
        if (!Object.hasOwn(competencies, id)) continue;
        if (!competencySet.has(id))
          report(
            ['scenarios', s, 'nodes', base, 'choices', c, 'assessment', 'competencies', id],
            t.unknownCompetency(id),
          );
        else if (!listed.has(id))
          report(
            ['scenarios', s, 'nodes', base, 'choices', c, 'assessment', 'competencies', id],
            t.competencyNotListed(id, sid),
          );
      }
      const principles = a.principles ?? [];
      for (let i = 0; i < principles.length; i++) {
        const id = principles[i] as string;
        if (!principleSet.has(id))
          report(
            ['scenarios', s, 'nodes', base, 'choices', c, 'assessment', 'principles', i],
            t.unknownPrinciple(id, principleIds),
          );
      }
      const cited = a.references ?? [];
      for (let i = 0; i < cited.length; i++) {
        const id = cited[i] as string;
        if (!references.has(id))
          report(
            ['scenarios', s, 'nodes', base, 'choices', c, 'assessment', 'references', i],
            t.noReference(id),
          );
      }
    };

    // A choice's paths are built from its node's path only when there is something to report.
    const choice = (c: Choice, base: string, i: number) => {
      if (!complete(c.text)) text(c.text, ['scenarios', s, 'nodes', base, 'choices', i, 'text']);
      if (!nodeExists(c.to)) report(['scenarios', s, 'nodes', base, 'choices', i, 'to'], t.noNode(c.to, sid));
      if (c.when !== undefined) condition(c.when, ['scenarios', s, 'nodes', base, 'choices', i, 'when']);
      const effects = c.effects ?? [];
      for (let e = 0; e < effects.length; e++) effect(effects[e] as Effect, base, i, e);
      if (c.referral !== undefined && !referrals.has(c.referral))
        report(['scenarios', s, 'nodes', base, 'choices', i, 'referral'], t.noReferral(c.referral));
      assessment(c.assessment, base, i);
    };

    // The analysis index is built node by node as the nodes are checked (see `ScenarioCompiler`).
    // (Not for a pack that did not pass the schema: it is never analysed.)
    const compiler = partial ? undefined : new ScenarioCompiler(scenario, s, nodeIds);
    const checkNode = (nodeId: string) => {
      const node = scenario.nodes[nodeId] as Scenario['nodes'][string];
      compiler?.add(node);
      if (!complete(node.text)) text(node.text, ['scenarios', s, 'nodes', nodeId, 'text']);
      if (node.speaker !== undefined && !characters.has(node.speaker))
        report(['scenarios', s, 'nodes', nodeId, 'speaker'], t.noCharacter(node.speaker, sid));
      const present = node.present ?? [];
      for (let i = 0; i < present.length; i++) {
        const id = present[i] as string;
        if (!indicatorKnown(id))
          report(['scenarios', s, 'nodes', nodeId, 'present', i], t.unknownIndicator(id));
      }
      if (isEnding(node)) {
        if (!complete(node.ending.summary))
          text(node.ending.summary, ['scenarios', s, 'nodes', nodeId, 'ending', 'summary']);
        return;
      }
      uniqueChoices(node.choices, s, nodeId);
      for (let i = 0; i < node.choices.length; i++) choice(node.choices[i] as Choice, nodeId, i);
      if (node.timeout !== undefined && !nodeExists(node.timeout.to))
        report(['scenarios', s, 'nodes', nodeId, 'timeout', 'to'], t.noNode(node.timeout.to, sid));
    };
    for (const nodeId of nodeIds) part(() => checkNode(nodeId));
    if (compiler !== undefined && issues.length === issuesBefore) attachCompiled(scenario, compiler.finish());
  });

  // ---- journeys ----
  unique(pack.journeys, ['journeys'], 'journey');
  each(pack.journeys, (journey, j) => {
    text(journey.title, ['journeys', j, 'title']);
    const steps: Scenario[] = [];
    const seenSteps = new Set<string>();
    each(journey.steps, (id, i) => {
      const index = scenarios.get(id);
      if (index === undefined) report(['journeys', j, 'steps', i], t.noScenario(id));
      else if (seenSteps.has(id)) report(['journeys', j, 'steps', i], t.stepTwice(id));
      else steps.push(pack.scenarios[index] as Scenario);
      seenSteps.add(id);
    });
    const seenCarry = new Set<string>();
    each(journey.carry, (name, i) => {
      const path = ['journeys', j, 'carry', i];
      if (seenCarry.has(name)) report(path, t.carriedTwice(name));
      seenCarry.add(name);
      let type: string | undefined;
      let typeFrom = '';
      for (const step of steps) {
        const declaration =
          step.variables !== undefined && Object.hasOwn(step.variables, name)
            ? step.variables[name]
            : undefined;
        if (declaration === undefined) {
          report(path, t.carryUndeclared(name, step.id));
          continue;
        }
        if (type === undefined) {
          type = declaration.type;
          typeFrom = step.id;
        } else if (declaration.type !== type) {
          report(path, t.carryTypes(name, type, typeFrom, declaration.type, step.id));
        }
      }
    });
  });

  return issues;
}
