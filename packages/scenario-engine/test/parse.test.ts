import Ajv2020 from 'ajv/dist/2020';
import { describe, expect, it } from 'vitest';
import { definePack, packJsonSchema, parsePack, parsePackJson } from '../src/index';
import { type Edit, edit, remove } from './fixtures/edit';
import { samplePack } from './fixtures/sample-pack';

/**
 * The conformance suite of `ruta.pack/1`: for every rule of the spec, a pack that follows it is accepted
 * and a pack that breaks it is rejected with an issue at the exact JSON path.
 */

interface Rule {
  rule: string;
  /** Edits that keep the pack valid while exercising the rule (none: the sample pack itself). */
  valid: Edit[];
  invalid: Edit[];
  path: string;
  message: RegExp;
}

const arrival = 'scenarios[0].nodes.arrival';
const choice0 = `${arrival}.choices[0]`;
const T = { es: 'texto', en: 'text' };
const id64 = `a${'-b'.repeat(31)}c`; // 64 characters

const rules: Rule[] = [
  // ---- Pack ----
  {
    rule: 'format is exactly ruta.pack/1',
    valid: [],
    invalid: [['format', 'ruta.pack/2']],
    path: 'format',
    message: /"ruta\.pack\/1"/,
  },
  {
    rule: 'pack id is kebab-case',
    valid: [['id', 'sv-2026-core']],
    invalid: [['id', 'SV_Sample']],
    path: 'id',
    message: /kebab-case/,
  },
  {
    rule: 'pack id is at most 64 characters',
    valid: [['id', id64]],
    invalid: [['id', `${id64}x`]],
    path: 'id',
    message: /at most 64/,
  },
  {
    rule: 'version is Semantic Versioning',
    valid: [['version', '1.2.0-beta.1']],
    invalid: [['version', '1.2']],
    path: 'version',
    message: /Semantic Versioning/,
  },
  {
    rule: 'country is an RCM member or RCM',
    valid: [['country', 'RCM']],
    invalid: [['country', 'AR']],
    path: 'country',
    message: /RCM member/,
  },
  {
    rule: 'languages is non-empty',
    valid: [['languages', ['es']]],
    invalid: [['languages', []]],
    path: 'languages',
    message: /at least one/,
  },
  {
    rule: 'languages are distinct',
    valid: [['languages', ['en', 'es']]],
    invalid: [['languages', ['es', 'en', 'es']]],
    path: 'languages[2]',
    message: /"es" is listed twice/,
  },
  {
    rule: 'languages are es, en or fr',
    valid: [],
    invalid: [['languages', ['es', 'de']]],
    path: 'languages[1]',
    message: /"es", "en", "fr"/,
  },
  {
    rule: 'description is required',
    valid: [],
    invalid: [['description', remove]],
    path: 'description',
    message: /required/,
  },
  {
    rule: 'authors is non-empty',
    valid: [['authors', [{ name: 'A' }]]],
    invalid: [['authors', []]],
    path: 'authors',
    message: /at least one/,
  },
  {
    rule: 'an author has a name',
    valid: [],
    invalid: [['authors', [{ organization: 'IOM' }]]],
    path: 'authors[0].name',
    message: /required/,
  },
  {
    rule: 'license is an SPDX id',
    valid: [['license', 'MIT OR Apache-2.0']],
    invalid: [['license', 'any use ok!']],
    path: 'license',
    message: /SPDX/,
  },
  {
    rule: 'objects are strict',
    valid: [],
    invalid: [['scenarios[0].colour', 'red']],
    path: 'scenarios[0]',
    message: /unknown field "colour"/,
  },
  // ---- Text ----
  {
    rule: 'every Text carries every declared language',
    valid: [['scenarios[0].title', { ...T, fr: 'texte' }]],
    invalid: [['scenarios[0].title', { es: 'Control' }]],
    path: 'scenarios[0].title.en',
    message: /English \(en\)/,
  },
  {
    rule: 'feedback carries every declared language',
    valid: [],
    invalid: [[`${choice0}.assessment.feedback`, { en: 'x' }]],
    path: `${choice0}.assessment.feedback.es`,
    message: /Spanish \(es\)/,
  },
  {
    rule: 'a Text string is non-empty',
    valid: [],
    invalid: [['title', { es: ' ', en: 'x' }]],
    path: 'title.es',
    message: /must not be empty/,
  },
  {
    rule: 'a Text carries only the lab languages',
    valid: [['title', { es: 'Paquete', en: 'Pack', fr: 'Paquet' }]],
    invalid: [['title', { es: 'Paquete', en: 'Pack', de: 'Paket' }]],
    path: 'title',
    message: /"de" is not a language of the lab/,
  },
  {
    rule: 'a variable is a number or a boolean',
    valid: [['scenarios[0].variables.trust', { type: 'number', initial: -1, min: -5, max: 5 }]],
    invalid: [['scenarios[0].variables.trust', { type: 'text', initial: 'high' }]],
    path: 'scenarios[0].variables.trust.type',
    message: /"type": "number"/,
  },
  // ---- References, referrals, indicators ----
  {
    rule: 'reference kind is one of the kinds',
    valid: [['references[0].kind', 'protocol']],
    invalid: [['references[0].kind', 'book']],
    path: 'references[0].kind',
    message: /"treaty"/,
  },
  {
    rule: 'reference ids are unique',
    valid: [],
    invalid: [['references[1].id', 'palermo-art-3']],
    path: 'references[1].id',
    message: /duplicate reference id "palermo-art-3"/,
  },
  {
    rule: 'referral kind is one of the kinds',
    valid: [['referrals[0].kind', 'hotline']],
    invalid: [['referrals[0].kind', 'church']],
    path: 'referrals[0].kind',
    message: /"police"/,
  },
  {
    rule: 'referral ids are unique',
    valid: [],
    invalid: [['referrals[2].id', 'conna']],
    path: 'referrals[2].id',
    message: /duplicate referral id "conna"/,
  },
  {
    rule: 'a pack indicator may not shadow a built-in one',
    valid: [['indicators[1]', { id: 'phone-confiscated', label: T }]],
    invalid: [['indicators[0].id', 'ilo-deception']],
    path: 'indicators[0].id',
    message: /built-in indicator/,
  },
  {
    rule: 'indicator ids are unique',
    valid: [],
    invalid: [['indicators[1]', { id: 'phone-taken', label: T }]],
    path: 'indicators[1].id',
    message: /duplicate indicator id/,
  },
  // ---- Scenario ----
  {
    rule: 'scenario ids are unique',
    valid: [],
    invalid: [['scenarios[1].id', 'border-stop']],
    path: 'scenarios[1].id',
    message: /duplicate scenario id "border-stop"/,
  },
  {
    rule: 'stage is one of the four',
    valid: [['scenarios[0].stage', 'prosecution']],
    invalid: [['scenarios[0].stage', 'prevention']],
    path: 'scenarios[0].stage',
    message: /"identification"/,
  },
  {
    rule: 'roles is non-empty',
    valid: [],
    invalid: [['scenarios[0].roles', []]],
    path: 'scenarios[0].roles',
    message: /at least one/,
  },
  {
    rule: 'roles are the 11 role ids',
    valid: [['scenarios[0].roles', ['judge', 'ngo-caseworker']]],
    invalid: [['scenarios[0].roles', ['border-guard']]],
    path: 'scenarios[0].roles[0]',
    message: /"migration-officer"/,
  },
  {
    rule: 'modules are M1…M9',
    valid: [['scenarios[0].modules', ['M9']]],
    invalid: [['scenarios[0].modules', ['M1', 'M10']]],
    path: 'scenarios[0].modules[1]',
    message: /M1–M9/,
  },
  {
    rule: 'competencies is non-empty',
    valid: [],
    invalid: [['scenarios[1].competencies', []]],
    path: 'scenarios[1].competencies',
    message: /at least one/,
  },
  {
    rule: 'competencies are framework ids',
    valid: [['scenarios[0].competencies[6]', 'confidentiality-data-protection']],
    invalid: [['scenarios[1].competencies[0]', 'be-nice']],
    path: 'scenarios[1].competencies[0]',
    message: /unknown competency "be-nice"/,
  },
  {
    rule: 'setting environment is one of the drawn ones',
    valid: [['scenarios[0].setting.environment', 'courtroom']],
    invalid: [['scenarios[0].setting.environment', 'airport']],
    path: 'scenarios[0].setting.environment',
    message: /"border-post"/,
  },
  {
    rule: 'character role is one of the roles',
    valid: [],
    invalid: [['scenarios[0].characters[1].role', 'trafficker']],
    path: 'scenarios[0].characters[1].role',
    message: /"suspect"/,
  },
  {
    rule: 'character age is an integer',
    valid: [['scenarios[0].characters[0].age', 17]],
    invalid: [['scenarios[0].characters[0].age', 16.5]],
    path: 'scenarios[0].characters[0].age',
    message: /whole number/,
  },
  {
    rule: 'character ids are unique',
    valid: [],
    invalid: [['scenarios[0].characters[1].id', 'ana']],
    path: 'scenarios[0].characters[1].id',
    message: /duplicate character id "ana"/,
  },
  {
    rule: 'variable names are kebab-case',
    valid: [],
    invalid: [['scenarios[0].variables.Trust', { type: 'boolean', initial: true }]],
    path: 'scenarios[0].variables.Trust',
    message: /the name "Trust" must be kebab-case/,
  },
  {
    rule: 'initial lies within [min, max]',
    valid: [['scenarios[0].variables.trust.initial', 10]],
    invalid: [['scenarios[0].variables.trust.initial', 11]],
    path: 'scenarios[0].variables.trust.initial',
    message: /between min 0 and max 10/,
  },
  {
    rule: 'min is not above max',
    valid: [],
    invalid: [['scenarios[0].variables.trust.min', 20]],
    path: 'scenarios[0].variables.trust.min',
    message: /greater than max/,
  },
  {
    rule: 'a boolean variable has a boolean initial',
    valid: [],
    invalid: [['scenarios[0].variables.interpreter-present.initial', 0]],
    path: 'scenarios[0].variables.interpreter-present.initial',
    message: /true or false/,
  },
  {
    rule: 'start names a node',
    valid: [],
    invalid: [['scenarios[0].start', 'nowhere']],
    path: 'scenarios[0].start',
    message: /no node "nowhere" in scenario "border-stop"/,
  },
  {
    rule: 'start is a step',
    valid: [['scenarios[0].start', 'detention']],
    invalid: [['scenarios[0].start', 'sheltered']],
    path: 'scenarios[0].start',
    message: /is an ending/,
  },
  {
    rule: 'nodes is non-empty',
    valid: [],
    invalid: [['scenarios[1].nodes', {}]],
    path: 'scenarios[1].nodes',
    message: /at least one node/,
  },
  {
    rule: 'node ids are kebab-case',
    valid: [],
    invalid: [['scenarios[1].nodes.Stays', { text: T, ending: { outcome: 'protected', summary: T } }]],
    path: 'scenarios[1].nodes.Stays',
    message: /kebab-case/,
  },
  // ---- Node ----
  {
    rule: 'a node is not both a step and an ending',
    valid: [],
    invalid: [['scenarios[0].nodes.detention.ending', { outcome: 'harmed', summary: T }]],
    path: 'scenarios[0].nodes.detention',
    message: /not both/,
  },
  {
    rule: 'a node is a step or an ending',
    valid: [],
    invalid: [['scenarios[0].nodes.detention.choices', remove]],
    path: 'scenarios[0].nodes.detention',
    message: /either "choices"/,
  },
  {
    rule: 'speaker names a character',
    valid: [[`${arrival}.speaker`, 'ana']],
    invalid: [[`${arrival}.speaker`, 'nobody']],
    path: `${arrival}.speaker`,
    message: /no character "nobody"/,
  },
  {
    rule: 'present names indicators',
    valid: [[`${arrival}.present`, ['child-under-18', 'phone-taken', 'begging-in-groups']]],
    invalid: [[`${arrival}.present`, ['made-up']]],
    path: `${arrival}.present[0]`,
    message: /unknown indicator "made-up"/,
  },
  {
    rule: 'a step has at least one choice',
    valid: [],
    invalid: [['scenarios[0].nodes.detention.choices', []]],
    path: 'scenarios[0].nodes.detention.choices',
    message: /at least one choice/,
  },
  {
    rule: 'timeout seconds is a whole number > 0',
    valid: [[`${arrival}.timeout.seconds`, 1]],
    invalid: [[`${arrival}.timeout.seconds`, 0]],
    path: `${arrival}.timeout.seconds`,
    message: /more than 0/,
  },
  {
    rule: 'timeout seconds is whole',
    valid: [],
    invalid: [[`${arrival}.timeout.seconds`, 2.5]],
    path: `${arrival}.timeout.seconds`,
    message: /whole number/,
  },
  {
    rule: 'timeout.to names a node',
    valid: [[`${arrival}.timeout.to`, 'released']],
    invalid: [[`${arrival}.timeout.to`, 'lobby']],
    path: `${arrival}.timeout.to`,
    message: /no node "lobby"/,
  },
  {
    rule: 'an ending has no timeout',
    valid: [],
    invalid: [['scenarios[0].nodes.sheltered.timeout', { seconds: 5, to: 'arrival' }]],
    path: 'scenarios[0].nodes.sheltered',
    message: /unknown field "timeout"/,
  },
  {
    rule: 'ending outcome is protected, partial or harmed',
    valid: [],
    invalid: [['scenarios[0].nodes.sheltered.ending.outcome', 'saved']],
    path: 'scenarios[0].nodes.sheltered.ending.outcome',
    message: /"protected"/,
  },
  // ---- Choice ----
  {
    rule: 'choice ids are unique within a node',
    valid: [['scenarios[0].nodes.detention.choices[0].id', 'separate']],
    invalid: [[`${arrival}.choices[1].id`, 'separate']],
    path: `${arrival}.choices[1].id`,
    message: /duplicate choice id "separate"/,
  },
  {
    rule: 'to names a node',
    valid: [],
    invalid: [[`${arrival}.choices[1].to`, 'interveiw']],
    path: `${arrival}.choices[1].to`,
    message: /^no node "interveiw" in scenario "border-stop"$/,
  },
  {
    rule: 'referral names a pack referral',
    valid: [[`${choice0}.referral`, 'legal-aid-pgr']],
    invalid: [[`${choice0}.referral`, 'police']],
    path: `${choice0}.referral`,
    message: /no referral "police"/,
  },
  {
    rule: 'assessment is required',
    valid: [],
    invalid: [[`${choice0}.assessment`, remove]],
    path: `${choice0}.assessment`,
    message: /required/,
  },
  {
    rule: 'quality is best, good, poor or harmful',
    valid: [],
    invalid: [[`${choice0}.assessment.quality`, 'great']],
    path: `${choice0}.assessment.quality`,
    message: /"best"/,
  },
  {
    rule: 'a competency weight is > 0',
    valid: [[`${choice0}.assessment.competencies.recognise-indicators`, 0.5]],
    invalid: [[`${choice0}.assessment.competencies.recognise-indicators`, 0]],
    path: `${choice0}.assessment.competencies.recognise-indicators`,
    message: /greater than 0/,
  },
  {
    rule: 'assessed competencies are listed in the scenario',
    valid: [],
    invalid: [[`${choice0}.assessment.competencies.financial-investigation`, 1]],
    path: `${choice0}.assessment.competencies.financial-investigation`,
    message: /not listed in the competencies of scenario "border-stop"/,
  },
  {
    rule: 'assessed competencies are framework ids',
    valid: [],
    invalid: [[`${choice0}.assessment.competencies.kindness`, 1]],
    path: `${choice0}.assessment.competencies.kindness`,
    message: /unknown competency "kindness"/,
  },
  {
    rule: 'principles are principle ids',
    valid: [[`${choice0}.assessment.principles`, ['confidentiality', 'informed-consent']]],
    invalid: [[`${choice0}.assessment.principles`, ['be-kind']]],
    path: `${choice0}.assessment.principles[0]`,
    message: /unknown principle "be-kind"/,
  },
  {
    rule: 'references name pack references',
    valid: [[`${choice0}.assessment.references`, ['palermo-art-3']]],
    invalid: [[`${choice0}.assessment.references`, ['nope']]],
    path: `${choice0}.assessment.references[0]`,
    message: /no reference "nope"/,
  },
  // ---- Condition ----
  {
    rule: 'a condition variable exists',
    valid: [],
    invalid: [[`${choice0}.when`, { var: 'mood', eq: 1 }]],
    path: `${choice0}.when.var`,
    message: /no variable "mood"/,
  },
  {
    rule: 'a boolean variable takes only eq/ne',
    valid: [[`${choice0}.when`, { var: 'interpreter-present', ne: true }]],
    invalid: [[`${choice0}.when`, { var: 'interpreter-present', gt: 0 }]],
    path: `${choice0}.when.gt`,
    message: /only with "eq" or "ne"/,
  },
  {
    rule: 'a boolean variable is compared with a boolean',
    valid: [[`${choice0}.when`, { var: 'interpreter-present', eq: false }]],
    invalid: [[`${choice0}.when`, { var: 'interpreter-present', eq: 1 }]],
    path: `${choice0}.when.eq`,
    message: /compare it with true or false/,
  },
  {
    rule: 'a number variable is compared with a number',
    valid: [[`${choice0}.when`, { var: 'trust', ne: 3 }]],
    invalid: [[`${choice0}.when`, { var: 'trust', eq: true }]],
    path: `${choice0}.when.eq`,
    message: /compare it with a number/,
  },
  {
    rule: 'an ordering takes a number',
    valid: [[`${choice0}.when`, { var: 'trust', lte: 3 }]],
    invalid: [[`${choice0}.when`, { var: 'trust', lt: '3' }]],
    path: `${choice0}.when.lt`,
    message: /expected a number/,
  },
  {
    rule: 'a variable condition has one comparison',
    valid: [],
    invalid: [[`${choice0}.when`, { var: 'trust' }]],
    path: `${choice0}.when`,
    message: /needs one comparison/,
  },
  {
    rule: 'a condition has a known shape',
    valid: [],
    invalid: [[`${choice0}.when`, { since: 'arrival' }]],
    path: `${choice0}.when`,
    message: /a condition is one of/,
  },
  {
    rule: 'noted names an indicator',
    valid: [[`${choice0}.when`, { noted: 'phone-taken' }]],
    invalid: [[`${choice0}.when`, { noted: 'made-up' }]],
    path: `${choice0}.when.noted`,
    message: /unknown indicator "made-up"/,
  },
  {
    rule: 'visited names a node',
    valid: [[`${choice0}.when`, { visited: 'arrival' }]],
    invalid: [[`${choice0}.when`, { visited: 'lobby' }]],
    path: `${choice0}.when.visited`,
    message: /no node "lobby"/,
  },
  {
    rule: 'all is non-empty',
    valid: [[`${choice0}.when`, { all: [{ noted: 'ilo-deception' }] }]],
    invalid: [[`${choice0}.when`, { all: [] }]],
    path: `${choice0}.when.all`,
    message: /at least one condition/,
  },
  {
    rule: 'any is non-empty',
    valid: [[`${choice0}.when`, { any: [{ visited: 'arrival' }, { noted: 'ilo-deception' }] }]],
    invalid: [[`${choice0}.when`, { any: [] }]],
    path: `${choice0}.when.any`,
    message: /at least one condition/,
  },
  {
    rule: 'nested conditions are checked (not → all)',
    valid: [[`${choice0}.when`, { not: { all: [{ var: 'trust', gt: 1 }] } }]],
    invalid: [[`${choice0}.when`, { not: { all: [{ var: 'mood', gt: 1 }] } }]],
    path: `${choice0}.when.not.all[0].var`,
    message: /no variable "mood"/,
  },
  // ---- Effect ----
  {
    rule: 'an effect variable exists',
    valid: [],
    invalid: [[`${choice0}.effects`, [{ set: 'mood', value: 1 }]]],
    path: `${choice0}.effects[0].set`,
    message: /no variable "mood"/,
  },
  {
    rule: 'set takes a value of the variable type',
    valid: [[`${choice0}.effects`, [{ set: 'interpreter-present', value: false }]]],
    invalid: [[`${choice0}.effects`, [{ set: 'interpreter-present', value: 1 }]]],
    path: `${choice0}.effects[0].value`,
    message: /set it to true or false/,
  },
  {
    rule: 'a set number lies within [min, max]',
    valid: [[`${choice0}.effects`, [{ set: 'trust', value: 10 }]]],
    invalid: [[`${choice0}.effects`, [{ set: 'trust', value: 11 }]]],
    path: `${choice0}.effects[0].value`,
    message: /within \[0, 10\]/,
  },
  {
    rule: 'add works on numbers only',
    valid: [[`${choice0}.effects`, [{ add: 'trust', value: 100 }]]],
    invalid: [[`${choice0}.effects`, [{ add: 'interpreter-present', value: 1 }]]],
    path: `${choice0}.effects[0].add`,
    message: /"add" works only on numbers/,
  },
  {
    rule: 'an effect is set or add',
    valid: [],
    invalid: [[`${choice0}.effects`, [{ toggle: 'trust' }]]],
    path: `${choice0}.effects[0]`,
    message: /needs "set" or "add"/,
  },
  // ---- Journey ----
  {
    rule: 'a journey has at least 2 steps',
    valid: [],
    invalid: [['journeys[0].steps', ['border-stop']]],
    path: 'journeys[0].steps',
    message: /at least 2 steps/,
  },
  {
    rule: 'journey steps name scenarios',
    valid: [],
    invalid: [['journeys[0].steps[1]', 'court']],
    path: 'journeys[0].steps[1]',
    message: /no scenario "court"/,
  },
  {
    rule: 'journey steps are distinct',
    valid: [],
    invalid: [['journeys[0].steps[1]', 'border-stop']],
    path: 'journeys[0].steps[1]',
    message: /appears twice/,
  },
  {
    rule: 'a carried variable is declared in every step',
    valid: [['journeys[0].carry', ['trust', 'interpreter-present']]],
    invalid: [['journeys[0].carry', ['trust', 'mood']]],
    path: 'journeys[0].carry[1]',
    message: /"mood" is not declared in scenario "border-stop"/,
  },
  {
    rule: 'a carried variable has the same type in every step',
    valid: [],
    invalid: [['scenarios[1].variables.trust', { type: 'boolean', initial: true }]],
    path: 'journeys[0].carry[0]',
    message: /a number in scenario "border-stop" but a boolean in scenario "shelter-intake"/,
  },
  {
    rule: 'journey ids are unique',
    valid: [],
    invalid: [['journeys[1]', { id: 'ana-case', title: T, steps: ['border-stop', 'shelter-intake'] }]],
    path: 'journeys[1].id',
    message: /duplicate journey id "ana-case"/,
  },
];

describe('ruta.pack/1 conformance', () => {
  it('accepts the sample pack', () => {
    const parsed = parsePack(samplePack);
    expect(parsed.ok ? [] : parsed.issues).toEqual([]);
  });

  for (const { rule, valid, invalid, path, message } of rules) {
    describe(rule, () => {
      it('accepts a pack that follows it', () => {
        const parsed = parsePack(edit(valid));
        expect(parsed.ok ? [] : parsed.issues).toEqual([]);
      });
      it(`rejects a pack that breaks it at ${path}`, () => {
        const parsed = parsePack(edit(invalid));
        expect(parsed.ok).toBe(false);
        if (parsed.ok) return;
        const at = parsed.issues.filter((issue) => issue.path === path);
        expect(at, JSON.stringify(parsed.issues, null, 1)).not.toHaveLength(0);
        expect(at.map((issue) => issue.message).join('\n')).toMatch(message);
        if (path !== 'id') expect(at[0]?.packId).toBe('sv-sample');
      });
    });
  }
});

describe('messages in the author’s language', () => {
  // Every rule of the conformance suite, broken, in each language: the same issues at the same paths, and
  // no English sentence left in Spanish or French.
  const english = /\b(the|must|needs?|expected|found|unknown|missing|is not|no node|no variable|duplicate)\b/;
  for (const { rule, invalid } of rules)
    it(`${rule}: es and fr at the paths of en`, () => {
      const by = (lang: 'es' | 'en' | 'fr') => {
        const parsed = parsePack(edit(invalid), { lang });
        return parsed.ok ? [] : parsed.issues;
      };
      const [en, es, fr] = [by('en'), by('es'), by('fr')];
      expect(en).not.toHaveLength(0);
      expect(es.map((i) => i.path)).toEqual(en.map((i) => i.path));
      expect(fr.map((i) => i.path)).toEqual(en.map((i) => i.path));
      for (const [i, issue] of en.entries()) {
        expect(es[i]?.message, issue.message).not.toBe(issue.message);
        expect(fr[i]?.message, issue.message).not.toBe(issue.message);
        // (Field names and ids stay as written; only the words around them change.)
        const words = (message: string) => message.replace(/"[^"]*"|«[^»]*»|\{[^}]*\}/g, '');
        expect(words(es[i]?.message ?? ''), es[i]?.message).not.toMatch(english);
        expect(words(fr[i]?.message ?? ''), fr[i]?.message).not.toMatch(english);
      }
    });

  it('writes English when no language is given, as before', () => {
    const parsed = parsePack(edit([[`${arrival}.choices[1].to`, 'interveiw']]));
    expect(parsed.ok ? '' : parsed.issues[0]?.message).toBe('no node "interveiw" in scenario "border-stop"');
  });

  it('writes JSON syntax errors, the guard and duplicate keys in the language too', () => {
    const syntax = parsePackJson('{\n  "id": \n}', { lang: 'es' });
    expect(syntax.ok ? '' : syntax.issues[0]?.message).toBe(
      'error de sintaxis JSON en la línea 3, columna 1: se esperaba un valor, se encontró "}"',
    );
    const duplicate = parsePackJson('{"id": "a", "id": "b"}', { lang: 'fr' });
    expect(duplicate.ok ? [] : duplicate.issues.map((i) => i.message)).toContainEqual(
      'la clé "id" apparaît deux fois dans cet objet (ligne 1, colonne 13 ; la première à la ligne 1, colonne 2) ; une seule est permise',
    );
    const deep = parsePack(
      { ...samplePack, extra: JSON.parse(`${'['.repeat(70)}${']'.repeat(70)}`) },
      { lang: 'es' },
    );
    expect(deep.ok ? [] : deep.issues.map((i) => i.message)).toContainEqual(
      'anidado a más de 64 niveles; un paquete nunca lo necesita',
    );
    expect(parsePack(42, { lang: 'fr' })).toMatchObject({
      ok: false,
      issues: [
        { path: '(root)', message: 'un paquet était attendu : un objet avec "format": "ruta.pack/1"' },
      ],
    });
  });
});

describe('shape and reference issues together', () => {
  it('reports a wrong field and a broken reference in one run', () => {
    const parsed = parsePack(
      edit([
        ['version', 'one'],
        [`${arrival}.choices[1].to`, 'interveiw'],
        ['scenarios[1].colour', 'red'],
        ['journeys[0].steps[1]', 'court'],
        ['scenarios[1].title', { es: 'Ingreso' }],
      ]),
    );
    expect(parsed.ok ? [] : parsed.issues.map((issue) => issue.path).sort()).toEqual([
      'journeys[0].steps[1]',
      'scenarios[0].nodes.arrival.choices[1].to',
      'scenarios[1]',
      'version',
    ]);
  });

  it('leaves out the references inside a part the schema rejects', () => {
    const parsed = parsePack(
      edit([
        [`${arrival}.colour`, 'red'],
        [`${arrival}.choices[1].to`, 'interveiw'],
        ['scenarios[1].nodes.intake.choices[0].to', 'nowhere'],
      ]),
    );
    expect(parsed.ok ? [] : parsed.issues.map((issue) => issue.path)).toEqual([
      'scenarios[0].nodes.arrival',
      'scenarios[1].nodes.intake.choices[0].to',
    ]);
  });

  it('reads a pack with every part the wrong shape without throwing', () => {
    for (const broken of [
      { ...samplePack, scenarios: [{ id: 'x', nodes: 5, variables: [1], competencies: 'a' }] },
      { ...samplePack, languages: 'es', journeys: [{ id: 'j', steps: 5, carry: [null] }] },
      { ...samplePack, scenarios: [null, 4, { nodes: { a: null, b: { choices: [null, { when: 5 }] } } }] },
      { ...samplePack, references: [null], referrals: 'x', indicators: [{ id: 5 }] },
    ]) {
      const parsed = parsePack(broken, { lang: 'fr' });
      expect(parsed.ok).toBe(false);
      if (!parsed.ok)
        expect(parsed.issues.every((i) => !/could not be read|illisible/.test(i.message))).toBe(true);
    }
  });
});

describe('parsePack', () => {
  it('names the pack and the path of every issue, in plain words', () => {
    const parsed = parsePack(edit([[`${arrival}.choices[1].to`, 'interveiw']]));
    expect(parsed).toEqual({
      ok: false,
      issues: [
        {
          packId: 'sv-sample',
          path: 'scenarios[0].nodes.arrival.choices[1].to',
          message: 'no node "interveiw" in scenario "border-stop"',
        },
      ],
    });
  });

  it('reports every broken rule at once, not just the first', () => {
    const parsed = parsePack(
      edit([
        [`${arrival}.choices[1].to`, 'interveiw'],
        ['scenarios[1].title', { es: 'Ingreso' }],
        ['journeys[0].steps[1]', 'court'],
      ]),
    );
    expect(parsed.ok ? [] : parsed.issues.map((issue) => issue.path)).toEqual([
      'scenarios[0].nodes.arrival.choices[1].to',
      'scenarios[1].title.en',
      'journeys[0].steps[1]',
    ]);
  });

  it('returns the validated pack, texts trimmed', () => {
    const parsed = parsePack(edit([['title', { es: '  Paquete  ', en: 'Pack' }]]));
    expect(parsed.ok && parsed.value.title).toEqual({ es: 'Paquete', en: 'Pack' });
  });

  it('ignores a language the pack does not declare', () => {
    const parsed = parsePack(edit([['languages', ['es']]]));
    expect(parsed.ok).toBe(true);
  });

  it('rejects what is not a pack object', () => {
    for (const input of [null, undefined, 42, 'ruta.pack/1', [samplePack]]) {
      const parsed = parsePack(input);
      expect(parsed.ok).toBe(false);
      if (!parsed.ok) expect(parsed.issues[0]?.path).toBe('(root)');
    }
  });
});

describe('packJsonSchema', () => {
  const schema = packJsonSchema();
  it('is a draft 2020-12 JSON Schema with a title', () => {
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.title).toMatch(/ruta\.pack\/1/);
  });
  it('describes the strict top-level fields of a pack', () => {
    expect(schema.type).toBe('object');
    expect(schema.additionalProperties).toBe(false);
    expect(Object.keys(schema.properties as object)).toEqual(
      expect.arrayContaining(['format', 'id', 'version', 'languages', 'scenarios', 'journeys']),
    );
    expect(schema.required).toEqual(expect.arrayContaining(['format', 'id', 'scenarios']));
  });
  it('is plain JSON (serialisable for editors)', () => {
    expect(JSON.parse(JSON.stringify(schema))).toEqual(schema);
  });
  it('accepts the sample pack and flags a typo, as an editor would (Ajv, draft 2020-12)', () => {
    const validate = new Ajv2020({ allErrors: true, strict: false }).compile(schema);
    expect(validate(JSON.parse(JSON.stringify(samplePack))), JSON.stringify(validate.errors)).toBe(true);
    expect(validate(edit([[`${choice0}.assesment`, {}]]))).toBe(false);
    expect(validate(edit([[`${choice0}.when`, { var: 'trust', gte: 1 }]]))).toBe(true);
    expect(validate(edit([[`${choice0}.when`, { all: [{ since: 'arrival' }] }]]))).toBe(false);
  });
});

describe('definePack', () => {
  it('returns the pack unchanged, literal ids kept for the types', () => {
    const pack = definePack({ ...samplePack, id: 'literal-id' });
    expect(pack.id).toBe('literal-id');
    const id: 'literal-id' = pack.id;
    expect(id).toBe('literal-id');
  });
});
