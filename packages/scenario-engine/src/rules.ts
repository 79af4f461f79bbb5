import { competencyIds, principleIds } from '@ruta/competencies';
import { formatPath, type Language, languageNames, missingLanguages, type Text } from '@ruta/curriculum';
import { attachCompiled, ScenarioCompiler } from './analysis/compile';
import { builtinIndicatorIds } from './indicators';
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

const q = (value: string) => JSON.stringify(value);

export function checkPackRules(pack: Pack): RuleIssue[] {
  const issues: RuleIssue[] = [];
  const report = (path: Path, message: string) => issues.push({ path: formatPath(path), message });

  // ---- languages and texts ----
  const seenLanguages = new Set<string>();
  pack.languages.forEach((lang, i) => {
    if (seenLanguages.has(lang)) report(['languages', i], `the language ${q(lang)} is listed twice`);
    seenLanguages.add(lang);
  });
  const langs = [...seenLanguages] as Language[];
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
    if (value === undefined || complete(value)) return;
    for (const lang of missingLanguages(value, langs))
      report([...path, lang], `missing the ${languageNames.en[lang]} (${lang}) translation`);
  };

  const unique = <T extends { id: string }>(items: readonly T[] | undefined, path: Path, what: string) => {
    const first = new Map<string, number>();
    items?.forEach((item, i) => {
      const earlier = first.get(item.id);
      if (earlier !== undefined)
        report(
          [...path, i, 'id'],
          `duplicate ${what} id ${q(item.id)} (also ${formatPath([...path, earlier])})`,
        );
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
          `duplicate choice id ${q(id)} (also ${formatPath(['scenarios', s, 'nodes', nodeId, 'choices', j])})`,
        );
        break;
      }
    }
  };

  text(pack.title, ['title']);
  text(pack.description, ['description']);

  const references = unique(pack.references, ['references'], 'reference');
  pack.references?.forEach((reference, i) => {
    text(reference.title, ['references', i, 'title']);
  });
  const referrals = unique(pack.referrals, ['referrals'], 'referral');
  pack.referrals?.forEach((referral, i) => {
    text(referral.name, ['referrals', i, 'name']);
    text(referral.description, ['referrals', i, 'description']);
  });
  const packIndicators = unique(pack.indicators, ['indicators'], 'indicator');
  pack.indicators?.forEach((indicator, i) => {
    if (builtinIndicatorIds.has(indicator.id))
      report(
        ['indicators', i, 'id'],
        `${q(indicator.id)} is a built-in indicator; a pack may use it without declaring it, but may not redefine it`,
      );
    text(indicator.label, ['indicators', i, 'label']);
  });
  const indicatorKnown = (id: string) => builtinIndicatorIds.has(id) || packIndicators.has(id);

  const scenarios = unique(pack.scenarios, ['scenarios'], 'scenario');

  // ---- scenarios ----
  pack.scenarios.forEach((scenario, s) => {
    const issuesBefore = issues.length;
    const at = (...rest: PropertyKey[]): PropertyKey[] => ['scenarios', s, ...rest];
    const sid = q(scenario.id);
    text(scenario.title, at('title'));
    text(scenario.summary, at('summary'));
    text(scenario.setting.description, at('setting', 'description'));

    const listed = new Set<string>();
    scenario.competencies.forEach((id, i) => {
      if (!competencySet.has(id))
        report(
          at('competencies', i),
          `unknown competency ${q(id)} (not in the regional competency framework)`,
        );
      else if (listed.has(id)) report(at('competencies', i), `the competency ${q(id)} is listed twice`);
      listed.add(id);
    });

    const characters = unique(scenario.characters, at('characters'), 'character');
    const variables: VariableDeclarations = scenario.variables ?? {};
    for (const [name, declaration] of Object.entries(variables)) {
      if (declaration.type !== 'number') continue;
      if (declaration.min > declaration.max)
        report(
          at('variables', name, 'min'),
          `min ${declaration.min} must not be greater than max ${declaration.max}`,
        );
      else if (declaration.initial < declaration.min || declaration.initial > declaration.max)
        report(
          at('variables', name, 'initial'),
          `must lie between min ${declaration.min} and max ${declaration.max}`,
        );
    }

    const nodeIds = Object.keys(scenario.nodes);
    if (nodeIds.length === 0) report(at('nodes'), 'needs at least one node');
    const start = scenario.nodes[scenario.start];
    if (start === undefined) report(at('start'), `no node ${q(scenario.start)} in scenario ${sid}`);
    else if (isEnding(start))
      report(at('start'), `${q(scenario.start)} is an ending; a scenario must start at a step`);

    const nodeExists = (id: string) => Object.hasOwn(scenario.nodes, id);

    const condition = (cond: Condition, path: PropertyKey[]) => {
      if ('var' in cond) {
        const declaration = variables[cond.var];
        if (declaration === undefined) {
          report([...path, 'var'], `no variable ${q(cond.var)} in scenario ${sid}`);
          return;
        }
        const op = comparisonOperators.find((o) => o in cond) ?? 'eq';
        const value = (cond as Record<string, unknown>)[op];
        if (declaration.type === 'boolean') {
          if (op !== 'eq' && op !== 'ne')
            report(
              [...path, op],
              `variable ${q(cond.var)} is true/false: compare it only with "eq" or "ne", not ${q(op)}`,
            );
          else if (typeof value !== 'boolean')
            report([...path, op], `variable ${q(cond.var)} is true/false: compare it with true or false`);
        } else if (typeof value !== 'number') {
          report([...path, op], `variable ${q(cond.var)} is a number: compare it with a number`);
        }
        return;
      }
      if ('noted' in cond) {
        if (!indicatorKnown(cond.noted))
          report(
            [...path, 'noted'],
            `unknown indicator ${q(cond.noted)} (not built in and not in the pack's indicators)`,
          );
        return;
      }
      if ('visited' in cond) {
        if (!nodeExists(cond.visited))
          report([...path, 'visited'], `no node ${q(cond.visited)} in scenario ${sid}`);
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
      const declaration = variables[name];
      if (declaration === undefined) {
        report(
          ['scenarios', s, 'nodes', base, 'choices', c, 'effects', e, key],
          `no variable ${q(name)} in scenario ${sid}`,
        );
        return;
      }
      if (declaration.type === 'boolean') {
        if (key === 'add')
          report(
            ['scenarios', s, 'nodes', base, 'choices', c, 'effects', e, 'add'],
            `variable ${q(name)} is true/false: "add" works only on numbers; use "set"`,
          );
        else if (typeof eff.value !== 'boolean')
          report(
            ['scenarios', s, 'nodes', base, 'choices', c, 'effects', e, 'value'],
            `variable ${q(name)} is true/false: set it to true or false`,
          );
        return;
      }
      if (typeof eff.value !== 'number') {
        report(
          ['scenarios', s, 'nodes', base, 'choices', c, 'effects', e, 'value'],
          `variable ${q(name)} is a number: the value must be a number`,
        );
        return;
      }
      if (key === 'set' && (eff.value < declaration.min || eff.value > declaration.max))
        report(
          ['scenarios', s, 'nodes', base, 'choices', c, 'effects', e, 'value'],
          `must lie within [${declaration.min}, ${declaration.max}], the range of variable ${q(name)}`,
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
            `unknown competency ${q(id)} (not in the regional competency framework)`,
          );
        else if (!listed.has(id))
          report(
            ['scenarios', s, 'nodes', base, 'choices', c, 'assessment', 'competencies', id],
            `competency ${q(id)} is not listed in the competencies of scenario ${sid}`,
          );
      }
      const principles = a.principles ?? [];
      for (let i = 0; i < principles.length; i++) {
        const id = principles[i] as string;
        if (!principleSet.has(id))
          report(
            ['scenarios', s, 'nodes', base, 'choices', c, 'assessment', 'principles', i],
            `unknown principle ${q(id)} (one of: ${principleIds.join(', ')})`,
          );
      }
      const cited = a.references ?? [];
      for (let i = 0; i < cited.length; i++) {
        const id = cited[i] as string;
        if (!references.has(id))
          report(
            ['scenarios', s, 'nodes', base, 'choices', c, 'assessment', 'references', i],
            `no reference ${q(id)} in the pack's references`,
          );
      }
    };

    // A choice's paths are built from its node's path only when there is something to report.
    const choice = (c: Choice, base: string, i: number) => {
      if (!complete(c.text)) text(c.text, ['scenarios', s, 'nodes', base, 'choices', i, 'text']);
      if (!nodeExists(c.to))
        report(['scenarios', s, 'nodes', base, 'choices', i, 'to'], `no node ${q(c.to)} in scenario ${sid}`);
      if (c.when !== undefined) condition(c.when, ['scenarios', s, 'nodes', base, 'choices', i, 'when']);
      const effects = c.effects ?? [];
      for (let e = 0; e < effects.length; e++) effect(effects[e] as Effect, base, i, e);
      if (c.referral !== undefined && !referrals.has(c.referral))
        report(
          ['scenarios', s, 'nodes', base, 'choices', i, 'referral'],
          `no referral ${q(c.referral)} in the pack's referrals`,
        );
      assessment(c.assessment, base, i);
    };

    // The analysis index is built node by node as the nodes are checked (see `ScenarioCompiler`).
    const compiler = new ScenarioCompiler(scenario, s, nodeIds);
    for (const nodeId of nodeIds) {
      const node = scenario.nodes[nodeId] as Scenario['nodes'][string];
      compiler.add(node);
      if (!complete(node.text)) text(node.text, ['scenarios', s, 'nodes', nodeId, 'text']);
      if (node.speaker !== undefined && !characters.has(node.speaker))
        report(
          ['scenarios', s, 'nodes', nodeId, 'speaker'],
          `no character ${q(node.speaker)} in scenario ${sid}`,
        );
      const present = node.present ?? [];
      for (let i = 0; i < present.length; i++) {
        const id = present[i] as string;
        if (!indicatorKnown(id))
          report(
            ['scenarios', s, 'nodes', nodeId, 'present', i],
            `unknown indicator ${q(id)} (not built in and not in the pack's indicators)`,
          );
      }
      if (isEnding(node)) {
        if (!complete(node.ending.summary))
          text(node.ending.summary, ['scenarios', s, 'nodes', nodeId, 'ending', 'summary']);
        continue;
      }
      uniqueChoices(node.choices, s, nodeId);
      for (let i = 0; i < node.choices.length; i++) choice(node.choices[i] as Choice, nodeId, i);
      if (node.timeout !== undefined && !nodeExists(node.timeout.to))
        report(
          ['scenarios', s, 'nodes', nodeId, 'timeout', 'to'],
          `no node ${q(node.timeout.to)} in scenario ${sid}`,
        );
    }
    if (issues.length === issuesBefore) attachCompiled(scenario, compiler.finish());
  });

  // ---- journeys ----
  unique(pack.journeys, ['journeys'], 'journey');
  pack.journeys?.forEach((journey, j) => {
    text(journey.title, ['journeys', j, 'title']);
    const steps: Scenario[] = [];
    const seenSteps = new Set<string>();
    journey.steps.forEach((id, i) => {
      const index = scenarios.get(id);
      if (index === undefined) report(['journeys', j, 'steps', i], `no scenario ${q(id)} in this pack`);
      else if (seenSteps.has(id))
        report(
          ['journeys', j, 'steps', i],
          `scenario ${q(id)} appears twice; a journey's steps are distinct`,
        );
      else steps.push(pack.scenarios[index] as Scenario);
      seenSteps.add(id);
    });
    const seenCarry = new Set<string>();
    journey.carry?.forEach((name, i) => {
      const path = ['journeys', j, 'carry', i];
      if (seenCarry.has(name)) report(path, `the variable ${q(name)} is carried twice`);
      seenCarry.add(name);
      let type: string | undefined;
      let typeFrom = '';
      for (const step of steps) {
        const declaration = step.variables?.[name];
        if (declaration === undefined) {
          report(
            path,
            `variable ${q(name)} is not declared in scenario ${q(step.id)}; a carried variable must be declared in every step`,
          );
          continue;
        }
        if (type === undefined) {
          type = declaration.type;
          typeFrom = step.id;
        } else if (declaration.type !== type) {
          report(
            path,
            `variable ${q(name)} is a ${type} in scenario ${q(typeFrom)} but a ${declaration.type} in scenario ${q(step.id)}`,
          );
        }
      }
    });
  });

  return issues;
}
