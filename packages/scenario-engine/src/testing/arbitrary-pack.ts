import { competencyIds, principleIds } from '@ruta/competencies';
import { type Language, languages, moduleIds, roleIds } from '@ruta/curriculum';
import fc from 'fast-check';
import type {
  Choice,
  Condition,
  Effect,
  Journey,
  Node,
  Outcome,
  Pack,
  Quality,
  Scenario,
  VariableDeclaration,
} from '../schema';
import { environments, outcomes, qualities, referenceKinds, referralKinds, stages } from '../schema';

/** Options of {@link arbitraryPack}. */
export interface ArbitraryPackOptions {
  /** Most scenarios in a pack (at least 1). Default 3. */
  maxScenarios?: number;
  /** Most steps in a scenario (at least 1; endings come on top). Default 6. */
  maxSteps?: number;
  /** Whether packs with two or more scenarios may have journeys. Default true. */
  journeys?: boolean;
}

// ---- Blueprints: random numbers, resolved against what exists when the pack is built -----------------

type VariableBlueprint =
  | { type: 'number'; min: number; span: number; initial: number }
  | { type: 'boolean'; initial: boolean };
type AtomBlueprint =
  | { atom: 'var'; variable: number; op: number; value: number; flag: boolean }
  | { atom: 'noted'; indicator: number }
  | { atom: 'visited'; node: number };
type ConditionBlueprint =
  | AtomBlueprint
  | { atom: 'all' | 'any'; parts: ConditionBlueprint[] }
  | { atom: 'not'; part: ConditionBlueprint };
interface EffectBlueprint {
  variable: number;
  add: boolean;
  amount: number;
  flag: boolean;
}
interface AssessmentBlueprint {
  quality: Quality;
  competencies: { index: number; weight: number }[];
  principles: number[];
  reference: number | null;
}
interface ChoiceBlueprint {
  target: number;
  when: ConditionBlueprint | null;
  effects: EffectBlueprint[];
  referral: number | null;
  assessment: AssessmentBlueprint;
}
interface StepBlueprint {
  forward: { effects: EffectBlueprint[]; referral: number | null; assessment: AssessmentBlueprint };
  extra: ChoiceBlueprint[];
  timeout: { target: number; seconds: number } | null;
  present: number[];
  speaker: number | null;
}
interface ScenarioBlueprint {
  steps: StepBlueprint[];
  endings: Outcome[];
  endingPresent: number[];
  locals: VariableBlueprint[];
  stage: (typeof stages)[number];
  roles: (typeof roleIds)[number][];
  modules: (typeof moduleIds)[number][];
  competencies: number[];
  environment: (typeof environments)[number];
  characters: number;
}
interface PackBlueprint {
  languages: Language[];
  country: Pack['country'];
  version: [number, number, number];
  referrals: (typeof referralKinds)[number][];
  references: (typeof referenceKinds)[number][];
  ownIndicators: number;
  shared: VariableBlueprint[];
  scenarios: ScenarioBlueprint[];
  journeys: { order: number[]; length: number; carry: boolean[] }[];
}

const builtinPool = [
  'ilo-deception',
  'ilo-retention-of-documents',
  'ilo-debt-bondage',
  'ilo-isolation',
  'child-under-18',
] as const;
/** The competency ids the pack format guarantees (the framework's first 17). */
const guaranteedCompetencies = competencyIds.slice(0, 17);

const variableBlueprint: fc.Arbitrary<VariableBlueprint> = fc.oneof(
  fc.record({
    type: fc.constant('number' as const),
    min: fc.integer({ min: -5, max: 5 }),
    span: fc.integer({ min: 0, max: 6 }),
    initial: fc.nat({ max: 6 }),
  }),
  fc.record({ type: fc.constant('boolean' as const), initial: fc.boolean() }),
);

const conditionBlueprint: fc.Arbitrary<ConditionBlueprint> = fc.letrec<{
  condition: ConditionBlueprint;
}>((tie) => ({
  condition: fc.oneof(
    { depthSize: 'small', withCrossShrink: true, maxDepth: 2 },
    fc.record({
      atom: fc.constant('var' as const),
      variable: fc.nat(),
      op: fc.nat({ max: 5 }),
      value: fc.nat({ max: 9 }),
      flag: fc.boolean(),
    }),
    fc.record({ atom: fc.constant('noted' as const), indicator: fc.nat() }),
    fc.record({ atom: fc.constant('visited' as const), node: fc.nat() }),
    fc.record({
      atom: fc.constantFrom('all' as const, 'any' as const),
      parts: fc.array(tie('condition'), { minLength: 1, maxLength: 2 }),
    }),
    fc.record({ atom: fc.constant('not' as const), part: tie('condition') }),
  ),
})).condition;

const effectBlueprint: fc.Arbitrary<EffectBlueprint> = fc.record({
  variable: fc.nat(),
  add: fc.boolean(),
  amount: fc.integer({ min: -3, max: 6 }),
  flag: fc.boolean(),
});

const assessmentBlueprint: fc.Arbitrary<AssessmentBlueprint> = fc.record({
  quality: fc.constantFrom(...qualities),
  competencies: fc.array(fc.record({ index: fc.nat(), weight: fc.integer({ min: 1, max: 3 }) }), {
    maxLength: 2,
  }),
  principles: fc.uniqueArray(fc.nat({ max: principleIds.length - 1 }), { maxLength: 2 }),
  reference: fc.option(fc.nat(), { nil: null }),
});

const choiceBlueprint: fc.Arbitrary<ChoiceBlueprint> = fc.record({
  target: fc.nat(),
  when: fc.option(conditionBlueprint, { nil: null, freq: 2 }),
  effects: fc.array(effectBlueprint, { maxLength: 2 }),
  referral: fc.option(fc.nat(), { nil: null, freq: 3 }),
  assessment: assessmentBlueprint,
});

const stepBlueprint: fc.Arbitrary<StepBlueprint> = fc.record({
  forward: fc.record({
    effects: fc.array(effectBlueprint, { maxLength: 1 }),
    referral: fc.option(fc.nat(), { nil: null, freq: 3 }),
    assessment: assessmentBlueprint,
  }),
  extra: fc.array(choiceBlueprint, { maxLength: 3 }),
  timeout: fc.option(fc.record({ target: fc.nat(), seconds: fc.integer({ min: 5, max: 120 }) }), {
    nil: null,
    freq: 3,
  }),
  present: fc.uniqueArray(fc.nat({ max: 7 }), { maxLength: 2 }),
  speaker: fc.option(fc.nat(), { nil: null }),
});

function scenarioBlueprint(maxSteps: number): fc.Arbitrary<ScenarioBlueprint> {
  return fc.record({
    steps: fc.array(stepBlueprint, { minLength: 1, maxLength: maxSteps }),
    endings: fc.array(fc.constantFrom(...outcomes), { maxLength: 2 }),
    endingPresent: fc.uniqueArray(fc.nat({ max: 7 }), { maxLength: 1 }),
    locals: fc.array(variableBlueprint, { maxLength: 2 }),
    stage: fc.constantFrom(...stages),
    roles: fc.subarray([...roleIds], { minLength: 1, maxLength: 3 }),
    modules: fc.subarray([...moduleIds], { minLength: 1, maxLength: 3 }),
    competencies: fc.uniqueArray(fc.nat({ max: guaranteedCompetencies.length - 1 }), {
      minLength: 1,
      maxLength: 4,
    }),
    environment: fc.constantFrom(...environments),
    characters: fc.nat({ max: 2 }),
  });
}

function packBlueprint(options: Required<ArbitraryPackOptions>): fc.Arbitrary<PackBlueprint> {
  return fc.record({
    languages: fc.shuffledSubarray([...languages], { minLength: 1 }),
    country: fc.constantFrom('SV', 'GT', 'HN', 'MX', 'CR', 'PA', 'NI', 'BZ', 'DO', 'US', 'CA', 'RCM'),
    version: fc.tuple(fc.nat({ max: 3 }), fc.nat({ max: 9 }), fc.nat({ max: 9 })),
    referrals: fc.array(fc.constantFrom(...referralKinds), { maxLength: 3 }),
    references: fc.array(fc.constantFrom(...referenceKinds), { maxLength: 2 }),
    ownIndicators: fc.nat({ max: 2 }),
    shared: fc.array(variableBlueprint, { maxLength: 2 }),
    scenarios: fc.array(scenarioBlueprint(options.maxSteps), {
      minLength: 1,
      maxLength: options.maxScenarios,
    }),
    journeys: options.journeys
      ? fc.array(
          fc.record({
            order: fc.array(fc.nat(), { minLength: 4, maxLength: 4 }),
            length: fc.nat(),
            carry: fc.array(fc.boolean(), { minLength: 2, maxLength: 2 }),
          }),
          { maxLength: 2 },
        )
      : fc.constant([]),
  });
}

// ---- Building a valid pack from a blueprint -----------------------------------------------------------

const words: Record<Language, string> = { es: 'Texto', en: 'Text', fr: 'Texte' };
const comparisons = ['eq', 'ne', 'lt', 'lte', 'gt', 'gte'] as const;

function declare(blueprint: VariableBlueprint): VariableDeclaration {
  if (blueprint.type === 'boolean') return { type: 'boolean', initial: blueprint.initial };
  const max = blueprint.min + blueprint.span;
  return {
    type: 'number',
    min: blueprint.min,
    max,
    initial: blueprint.min + (blueprint.initial % (blueprint.span + 1)),
  };
}

function buildPack(blueprint: PackBlueprint): Pack {
  const langs = blueprint.languages;
  const text = (what: string) => Object.fromEntries(langs.map((lang) => [lang, `${words[lang]}: ${what}`]));
  const referrals = blueprint.referrals.map((kind, i) => ({
    id: `referral-${i}`,
    kind,
    name: text(`referral ${i}`),
  }));
  const references = blueprint.references.map((kind, i) => ({
    id: `reference-${i}`,
    kind,
    title: text(`reference ${i}`),
    citation: `Art. ${i + 1}`,
  }));
  const indicators = Array.from({ length: blueprint.ownIndicators }, (_, i) => ({
    id: `pack-sign-${i}`,
    label: text(`sign ${i}`),
  }));
  const indicatorPool = [...builtinPool, ...indicators.map((indicator) => indicator.id)];
  const shared = blueprint.shared.map((variable, i) => ({
    name: `shared-${i}`,
    declaration: declare(variable),
  }));

  const scenarios: Scenario[] = blueprint.scenarios.map((sb, s) => {
    const variables: Record<string, VariableDeclaration> = {};
    for (const { name, declaration } of shared) variables[name] = declaration;
    sb.locals.forEach((variable, i) => {
      variables[`local-${i}`] = declare(variable);
    });
    const variableNames = Object.keys(variables);
    const stepIds = sb.steps.map((_, i) => `step-${i}`);
    const endingOutcomes: Outcome[] = ['protected', ...sb.endings];
    const endingIds = endingOutcomes.map((_, i) => `ending-${i}`);
    const nodeIds = [...stepIds, ...endingIds];
    const competencies = sb.competencies.map((i) => guaranteedCompetencies[i]!);
    const characters = Array.from({ length: sb.characters }, (_, i) => ({
      id: `person-${i}`,
      name: `Person ${i + 1}`,
      role: (['victim', 'witness', 'interpreter'] as const)[i % 3]!,
    }));

    const condition = (cb: ConditionBlueprint): Condition => {
      switch (cb.atom) {
        case 'var': {
          if (variableNames.length === 0)
            return { noted: indicatorPool[cb.variable % indicatorPool.length]! };
          const name = variableNames[cb.variable % variableNames.length]!;
          const declaration = variables[name]!;
          if (declaration.type === 'boolean')
            return cb.op % 2 === 0 ? { var: name, eq: cb.flag } : { var: name, ne: cb.flag };
          const value = declaration.min - 1 + (cb.value % (declaration.max - declaration.min + 3));
          const op = comparisons[cb.op % comparisons.length]!;
          return { var: name, [op]: value } as Condition;
        }
        case 'noted':
          return { noted: indicatorPool[cb.indicator % indicatorPool.length]! };
        case 'visited':
          return { visited: nodeIds[cb.node % nodeIds.length]! };
        case 'all':
          return { all: cb.parts.map(condition) };
        case 'any':
          return { any: cb.parts.map(condition) };
        default:
          return { not: condition(cb.part) };
      }
    };
    const effects = (list: EffectBlueprint[]): Effect[] | undefined => {
      if (variableNames.length === 0 || list.length === 0) return undefined;
      return list.map((eb) => {
        const name = variableNames[eb.variable % variableNames.length]!;
        const declaration = variables[name]!;
        if (declaration.type === 'boolean') return { set: name, value: eb.flag };
        if (eb.add) return { add: name, value: eb.amount };
        const span = declaration.max - declaration.min;
        return { set: name, value: declaration.min + (Math.abs(eb.amount) % (span + 1)) };
      });
    };
    const assessment = (ab: AssessmentBlueprint, what: string): Choice['assessment'] => {
      const out: Choice['assessment'] = { quality: ab.quality, feedback: text(`feedback on ${what}`) };
      if (ab.competencies.length > 0)
        out.competencies = Object.fromEntries(
          ab.competencies.map(({ index, weight }) => [competencies[index % competencies.length]!, weight]),
        );
      if (ab.principles.length > 0) out.principles = ab.principles.map((i) => principleIds[i]!);
      if (ab.reference !== null && references.length > 0)
        out.references = [references[ab.reference % references.length]!.id];
      return out;
    };
    const referral = (index: number | null) =>
      index === null || referrals.length === 0 ? {} : { referral: referrals[index % referrals.length]!.id };
    const present = (list: number[]) => {
      const ids = [...new Set(list.map((i) => indicatorPool[i % indicatorPool.length]!))];
      return ids.length === 0 ? {} : { present: ids };
    };

    const nodes: Record<string, Node> = {};
    sb.steps.forEach((stepBlueprint, i) => {
      const forwardTo = i + 1 < stepIds.length ? stepIds[i + 1]! : endingIds[0]!;
      const forwardEffects = effects(stepBlueprint.forward.effects);
      const choices: Choice[] = [
        {
          id: 'forward',
          text: text(`go on from step ${i}`),
          to: forwardTo,
          ...(forwardEffects === undefined ? {} : { effects: forwardEffects }),
          ...referral(stepBlueprint.forward.referral),
          assessment: assessment(stepBlueprint.forward.assessment, `step ${i}, forward`),
        },
      ];
      stepBlueprint.extra.forEach((cb, j) => {
        const choiceEffects = effects(cb.effects);
        choices.push({
          id: `choice-${j}`,
          text: text(`option ${j} at step ${i}`),
          to: nodeIds[cb.target % nodeIds.length]!,
          ...(cb.when === null ? {} : { when: condition(cb.when) }),
          ...(choiceEffects === undefined ? {} : { effects: choiceEffects }),
          ...referral(cb.referral),
          assessment: assessment(cb.assessment, `step ${i}, option ${j}`),
        });
      });
      // Every ending after the first is linked from some step, so that every node is linked from start.
      endingIds.forEach((endingId, e) => {
        if (e > 0 && (e - 1) % stepIds.length === i)
          choices.push({
            id: `close-${e}`,
            text: text(`close the case at step ${i}`),
            to: endingId,
            assessment: { quality: 'poor', feedback: text(`feedback on closing at step ${i}`) },
          });
      });
      const node: Node = { text: text(`step ${i}`), ...present(stepBlueprint.present), choices };
      if (stepBlueprint.timeout !== null)
        node.timeout = {
          seconds: stepBlueprint.timeout.seconds,
          to: nodeIds[stepBlueprint.timeout.target % nodeIds.length]!,
        };
      if (stepBlueprint.speaker !== null && characters.length > 0)
        node.speaker = characters[stepBlueprint.speaker % characters.length]!.id;
      nodes[stepIds[i]!] = node;
    });
    endingIds.forEach((endingId, e) => {
      nodes[endingId] = {
        text: text(`ending ${e}`),
        ...(e === 0 ? present(sb.endingPresent) : {}),
        ending: { outcome: endingOutcomes[e]!, summary: text(`outcome ${e}`) },
      };
    });
    const scenario: Scenario = {
      id: `scenario-${s}`,
      title: text(`scenario ${s}`),
      summary: text(`summary of scenario ${s}`),
      stage: sb.stage,
      roles: sb.roles,
      modules: sb.modules,
      competencies,
      setting: { environment: sb.environment },
      start: stepIds[0]!,
      nodes,
    };
    if (characters.length > 0) scenario.characters = characters;
    if (variableNames.length > 0) scenario.variables = variables;
    return scenario;
  });

  const journeys: Journey[] = [];
  if (scenarios.length >= 2)
    blueprint.journeys.forEach((jb, j) => {
      const order = scenarios
        .map((scenario, i) => ({ id: scenario.id, key: jb.order[i % jb.order.length]! + i / 100 }))
        .sort((a, b) => a.key - b.key)
        .map((entry) => entry.id);
      const steps = order.slice(0, 2 + (jb.length % (order.length - 1)));
      const carry = shared.filter((_, i) => jb.carry[i % jb.carry.length]).map((variable) => variable.name);
      journeys.push({
        id: `journey-${j}`,
        title: text(`journey ${j}`),
        steps,
        ...(carry.length > 0 ? { carry } : {}),
      });
    });

  const pack: Pack = {
    format: 'ruta.pack/1',
    id: 'generated-pack',
    version: blueprint.version.join('.'),
    country: blueprint.country,
    languages: langs,
    title: text('a generated pack'),
    description: text('a pack generated for property tests'),
    authors: [{ name: 'fast-check', organization: 'Ruta tests' }],
    scenarios,
  };
  if (references.length > 0) pack.references = references;
  if (referrals.length > 0) pack.referrals = referrals;
  if (indicators.length > 0) pack.indicators = indicators;
  if (journeys.length > 0) pack.journeys = journeys;
  return pack;
}

/**
 * A fast-check arbitrary of random **valid** packs: several scenarios with number and boolean variables,
 * guarded choices (variable comparisons, notes, visited nodes, `all`/`any`/`not`), effects, timeouts,
 * characters, present indicators (built-in and the pack's own), references, referrals, one to three
 * languages, and journeys carrying shared variables. Every generated pack passes `parsePack` and every
 * static check of `analyzePack`: each step has an unguarded choice leading forward along a chain that ends
 * at a `protected` ending, and every ending is linked from a step.
 *
 * @example
 * fc.assert(fc.property(arbitraryPack(), (pack) => parsePack(pack).ok));
 */
export function arbitraryPack(options: ArbitraryPackOptions = {}): fc.Arbitrary<Pack> {
  const resolved: Required<ArbitraryPackOptions> = {
    maxScenarios: Math.max(1, Math.floor(options.maxScenarios ?? 3)),
    maxSteps: Math.max(1, Math.floor(options.maxSteps ?? 6)),
    journeys: options.journeys ?? true,
  };
  return packBlueprint(resolved).map(buildPack);
}
