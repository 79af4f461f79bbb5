// The quality rubric of the shipped packs (scenarios/README.md), checked where a machine can check it, on all
// three packs together so that it holds across them. What a machine cannot judge (is this `present` list
// observable from the text? is this the best action available?) is left to the reviews the README describes.
import mx from '@ruta/pack-mx';
import sv from '@ruta/pack-sv';
import {
  builtinIndicatorIds,
  type Choice,
  type Condition,
  type Pack,
  parsePack,
} from '@ruta/scenario-engine';
import { describe, expect, it } from 'vitest';
import regional from '../src/index';

const packs: Pack[] = [regional, sv, mx].map((candidate) => {
  const parsed = parsePack(candidate);
  if (!parsed.ok) throw new Error(parsed.issues.map((i) => `${i.path}: ${i.message}`).join('\n'));
  return parsed.value;
});

/**
 * Built-in indicators and the words of a label that mean the same thing. A pack's own indicator whose English
 * label says one of these duplicates the built-in one: a trainee who notes the built-in one would score a
 * false note and a miss for a correct observation.
 */
const knownEquivalents: Record<string, RegExp> = {
  'accompanied-controlled': /\b(answers?|speaks?|talks?|translates?) (for|on behalf of)\b/i,
  'ilo-retention-of-documents':
    /\b(keeps?|holds?|retains?|retention of|confiscat\w*|takes?) (the |her |his |their )?(identity )?(documents?|papers|passports?|id cards?)\b/i,
  'ilo-debt-bondage': /\bdebts?\b/i,
  'ilo-intimidation-threats': /\bthreat(s|ens?|ened)?\b/i,
  'ilo-restriction-of-movement': /\b(locked|not allowed (to )?(leave|go out)|cannot leave)\b/i,
  'ilo-isolation': /\bisolat\w*/i,
  'ilo-deception': /\b(false|fake|deceptive) (job|offer|promise)s?\b/i,
  'ilo-withholding-of-wages': /\b(unpaid|withheld|withholding of) (wages|pay|salary)\b/i,
  'ilo-excessive-overtime': /\b(overtime|excessive hours)\b/i,
  'child-under-18': /\b(under 18|age (is )?uncertain)\b/i,
  'child-without-guardian': /\bwithout (a )?(parent|guardian)\b/i,
  'child-with-unrelated-adult': /\bunrelated adult\b/i,
  'fear-of-authorities': /\bfear\w* (of )?(the )?(authorities|police|deportation)\b/i,
  'fear-for-family': /\bfear\w* for (the |her |his |their )?(family|relatives)\b/i,
  'signs-of-injury': /\b(injur\w*|bruis\w*|wounds?)\b/i,
  'travel-arranged-by-others': /\b(travel|journey|trip|tickets?) (arranged|paid) (for )?by\b/i,
  'forced-criminality': /\b(forced to commit|lookout|courier|drug selling)\b/i,
  'begging-in-groups': /\bbegs?\b|\bbegging\b/i,
  'moved-between-venues': /\bmoved between\b/i,
  'coached-story': /\b(coached|rehearsed|scripted)\b/i,
};

type Found = { pack: string; scenario: string; node: string; choice: Choice };

function choicesOf(pack: Pack): Found[] {
  return pack.scenarios.flatMap((scenario) =>
    Object.entries(scenario.nodes).flatMap(([node, n]) =>
      'choices' in n
        ? n.choices.map((choice) => ({ pack: pack.id, scenario: scenario.id, node, choice }))
        : [],
    ),
  );
}

/**
 * The trap of each scenario: a choice that looks right and is not (rated `poor` or `harmful`, with feedback
 * that says why). Listed here so that a revision cannot quietly turn it into a right answer.
 */
const traps: Record<string, string[]> = {
  'identification-border-post': ['first-account.classify-as-smuggling', 'private-room.promise-residence'],
  'referral-consular-protection': [
    'consulate-call.rush-travel-document',
    'migration-status.report-for-exit-order',
  ],
  'shelter-recovery': ['routine.lock-the-door', 'first-night.ask-for-a-sedative'],
  'prosecution-trial': ['case-file.rely-on-testimony', 'raid-planning.enter-without-warrant'],
  'oferta-de-modelaje': ['denuncia.registrar-conducta-de-riesgo', 'vigilancia.detener-solo-al-conductor'],
  'deuda-en-la-obra': ['galera.plazo-para-letrinas', 'calificacion.multa-y-descuento'],
  'servidumbre-en-casa': ['edad-en-duda.esperar-valoracion-de-edad', 'llega-ong.pasaje-al-canton'],
  'farm-day-labourers': ['arrival.review-papers-in-office', 'wage-claim.fines-only'],
  'adolescent-forced-criminality': [
    'charging-decision.charge-with-conditional-suspension',
    'disclosure.offer-deal-for-names',
  ],
  'bus-terminal-children': ['investigation.treat-as-smuggling-only', 'best-interests.fast-return-to-mother'],
};

/** A legal rule stated in a choice: an article, a treaty, a law or a code named in its English text. */
const statesALegalRule =
  /\b(art\.|article|Protocol|Convention|Decree|Law|Act|Code|Constitution|Ley|Código|treaty)\b/;

type Assignment = { vars: Record<string, number | boolean>; facts: Record<string, boolean> };

function holds(condition: Condition, at: Assignment): boolean {
  if ('all' in condition) return condition.all.every((c) => holds(c, at));
  if ('any' in condition) return condition.any.some((c) => holds(c, at));
  if ('not' in condition) return !holds(condition.not, at);
  if ('noted' in condition) return at.facts[`noted:${condition.noted}`] ?? false;
  if ('visited' in condition) return at.facts[`visited:${condition.visited}`] ?? false;
  const value = at.vars[condition.var];
  const c = condition as Record<string, unknown>;
  if ('eq' in c) return value === c.eq;
  if ('ne' in c) return value !== c.ne;
  const n = value as number;
  if ('lt' in c) return n < (c.lt as number);
  if ('lte' in c) return n <= (c.lte as number);
  if ('gt' in c) return n > (c.gt as number);
  return n >= (c.gte as number);
}

/**
 * Every way the given conditions can be decided: each variable they compare takes the values around each
 * constant it is compared with, each `noted`/`visited` fact is true or false.
 */
function assignments(conditions: Condition[]): Assignment[] {
  const values = new Map<string, Set<number | boolean>>();
  const facts = new Set<string>();
  const walk = (c: Condition) => {
    if ('all' in c) c.all.forEach(walk);
    else if ('any' in c) c.any.forEach(walk);
    else if ('not' in c) walk(c.not);
    else if ('noted' in c) facts.add(`noted:${c.noted}`);
    else if ('visited' in c) facts.add(`visited:${c.visited}`);
    else {
      const set = values.get(c.var) ?? new Set();
      for (const [op, k] of Object.entries(c))
        if (op !== 'var') {
          if (typeof k === 'boolean') set.add(true).add(false);
          else for (const v of [(k as number) - 1, k as number, (k as number) + 1]) set.add(v);
        }
      values.set(c.var, set);
    }
  };
  conditions.forEach(walk);
  let out: Assignment[] = [{ vars: {}, facts: {} }];
  for (const [name, set] of values)
    out = out.flatMap((a) => [...set].map((v) => ({ vars: { ...a.vars, [name]: v }, facts: a.facts })));
  for (const fact of facts)
    out = out.flatMap((a) => [true, false].map((v) => ({ vars: a.vars, facts: { ...a.facts, [fact]: v } })));
  return out;
}

describe.each(packs.map((pack) => [pack.id, pack] as const))('the rubric, pack %s', (_, pack) => {
  it('never lets a pack indicator duplicate a built-in one (by id or by a known equivalent)', () => {
    const duplicates = (pack.indicators ?? []).flatMap((indicator) => [
      ...(builtinIndicatorIds.has(indicator.id) ? [`${indicator.id} is built in`] : []),
      ...Object.entries(knownEquivalents)
        .filter(([, words]) => words.test(indicator.label.en ?? ''))
        .map(([builtin]) => `${indicator.id} duplicates ${builtin}`),
    ]);
    expect(duplicates).toEqual([]);
  });

  it('gives every scenario at least two good choices, a harmful one and a listed trap', () => {
    for (const scenario of pack.scenarios) {
      const choices = choicesOf({ ...pack, scenarios: [scenario] });
      const count = (quality: string) =>
        choices.filter((c) => c.choice.assessment.quality === quality).length;
      expect(count('good'), `${scenario.id}: good choices`).toBeGreaterThanOrEqual(2);
      expect(count('harmful'), `${scenario.id}: harmful choices`).toBeGreaterThanOrEqual(1);
      const listed = traps[scenario.id] ?? [];
      expect(listed.length, `${scenario.id}: a trap is listed`).toBeGreaterThan(0);
      for (const id of listed) {
        const [node, choiceId] = id.split('.');
        const trap = choices.find((c) => c.node === node && c.choice.id === choiceId);
        expect(trap, `${scenario.id}: trap ${id} exists`).toBeDefined();
        expect(['poor', 'harmful'], `${scenario.id}: trap ${id}`).toContain(trap!.choice.assessment.quality);
      }
    }
  });

  it('offers a best choice at every step, in every case its conditions can leave (best even after a mistake)', () => {
    const without: string[] = [];
    for (const scenario of pack.scenarios)
      for (const [node, n] of Object.entries(scenario.nodes)) {
        if (!('choices' in n)) continue;
        const best = n.choices.filter((c) => c.assessment.quality === 'best');
        const always =
          best.some((c) => c.when === undefined) ||
          assignments(best.map((c) => c.when!)).every((at) => best.some((c) => holds(c.when!, at)));
        if (!always) without.push(`${scenario.id}.${node}`);
      }
    expect(without).toEqual([]);
  });

  it('rates harmful every choice that ends the case (release, deportation, detention, disappearance)', () => {
    const mild = choicesOf(pack).filter(({ scenario, choice }) => {
      const target = pack.scenarios.find((s) => s.id === scenario)!.nodes[choice.to];
      return target !== undefined && 'ending' in target && target.ending.closesCase === true
        ? choice.assessment.quality !== 'harmful'
        : false;
    });
    expect(mild.map((m) => `${m.scenario}.${m.node}.${m.choice.id}`)).toEqual([]);
  });

  it('gives a reference to every choice that states a legal rule', () => {
    const stating = choicesOf(pack).filter(({ choice }) =>
      statesALegalRule.test(`${choice.text.en ?? ''} ${choice.assessment.feedback.en ?? ''}`),
    );
    expect(stating.length).toBeGreaterThan(0);
    const unreferenced = stating
      .filter(({ choice }) => (choice.assessment.references ?? []).length === 0)
      .map((m) => `${m.scenario}.${m.node}.${m.choice.id}`);
    expect(unreferenced).toEqual([]);
  });

  it('marks no indicator present at an ending (what the trainee notes is scored at the steps)', () => {
    for (const scenario of pack.scenarios)
      for (const [node, n] of Object.entries(scenario.nodes))
        if ('ending' in n) expect(n.present ?? [], `${scenario.id}.${node}`).toEqual([]);
  });
});
