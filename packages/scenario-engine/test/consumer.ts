// A partner's program against the published @ruta/scenario-engine: validate a small pack, play it, replay
// it, save and resume it, and walk a journey. Type-checked with NodeNext resolution and run by the
// consumer test against the packed tarball.
import assert from 'node:assert/strict';
import {
  builtinIndicators,
  definePack,
  type Pack,
  type PackInput,
  PlayError,
  type PlayResult,
  packJsonSchema,
  parsePack,
  parsePackJson,
  replay,
  resume,
  startJourney,
  startScenario,
  summarizeResults,
} from '@ruta/scenario-engine';
import { validatePack } from '@ruta/scenario-engine/validate';

const t = (es: string, en: string) => ({ es, en });

const draft = definePack({
  format: 'ruta.pack/1',
  id: 'bz-partner-demo',
  version: '0.1.0',
  country: 'BZ',
  languages: ['en', 'es'],
  title: t('Demostración', 'Demo'),
  description: t('Un paquete pequeño', 'A small pack'),
  authors: [{ name: 'Partner NGO' }],
  referrals: [{ id: 'shelter', kind: 'shelter', name: t('Albergue', 'Shelter') }],
  scenarios: [
    {
      id: 'farm-visit',
      title: t('Visita a la finca', 'Farm visit'),
      summary: t('Trabajadores sin documentos', 'Workers without their documents'),
      stage: 'identification',
      roles: ['labour-inspector'],
      modules: ['M1'],
      competencies: ['recognise-indicators', 'refer-to-services'],
      setting: { environment: 'farm' },
      variables: { trust: { type: 'number', initial: 2, min: 0, max: 5 } },
      start: 'gate',
      nodes: {
        gate: {
          text: t('El capataz guarda los pasaportes.', 'The foreman keeps the passports.'),
          present: ['ilo-retention-of-documents'],
          timeout: { seconds: 20, to: 'gone' },
          choices: [
            {
              id: 'talk-alone',
              text: t('Hablar a solas con los trabajadores', 'Talk with the workers alone'),
              to: 'talk',
              effects: [{ add: 'trust', value: 2 }],
              assessment: {
                quality: 'best',
                feedback: t('Bien.', 'Good.'),
                competencies: { 'recognise-indicators': 1 },
              },
            },
            {
              id: 'leave',
              text: t('Irse', 'Leave'),
              to: 'gone',
              assessment: { quality: 'harmful', feedback: t('Mal.', 'Bad.'), principles: ['do-no-harm'] },
            },
          ],
        },
        talk: {
          text: t('Cuentan que deben dinero.', 'They say they owe money.'),
          present: ['ilo-debt-bondage'],
          choices: [
            {
              id: 'refer',
              text: t('Derivar al albergue', 'Refer to the shelter'),
              to: 'safe',
              when: { var: 'trust', gte: 3 },
              referral: 'shelter',
              assessment: {
                quality: 'best',
                feedback: t('Derivados.', 'Referred.'),
                competencies: { 'refer-to-services': 1 },
              },
            },
            {
              id: 'fine-employer',
              text: t('Multar al empleador y nada más', 'Fine the employer, nothing more'),
              to: 'gone',
              assessment: { quality: 'poor', feedback: t('Insuficiente.', 'Not enough.') },
            },
          ],
        },
        safe: {
          text: t('A salvo.', 'Safe.'),
          ending: { outcome: 'protected', summary: t('Protegidos.', 'Protected.') },
        },
        gone: {
          text: t('Se pierde el contacto.', 'Contact is lost.'),
          ending: { outcome: 'harmed', summary: t('Sin protección.', 'Unprotected.') },
        },
      },
    },
    {
      id: 'shelter-day',
      title: t('Día en el albergue', 'Day at the shelter'),
      summary: t('Primer día', 'First day'),
      stage: 'shelter',
      roles: ['shelter-staff'],
      modules: ['M9'],
      competencies: ['shelter-case-management'],
      setting: { environment: 'shelter' },
      variables: { trust: { type: 'number', initial: 1, min: 0, max: 3 } },
      start: 'welcome',
      nodes: {
        welcome: {
          text: t('Llegan cansados.', 'They arrive tired.'),
          choices: [
            {
              id: 'rest',
              text: t('Dejarlos descansar', 'Let them rest'),
              to: 'settled',
              when: { var: 'trust', gte: 2 },
              assessment: {
                quality: 'best',
                feedback: t('Bien.', 'Good.'),
                competencies: { 'shelter-case-management': 1 },
              },
            },
            {
              id: 'interview-now',
              text: t('Entrevistarlos ya', 'Interview them now'),
              to: 'settled',
              assessment: {
                quality: 'poor',
                feedback: t('Demasiado pronto.', 'Too soon.'),
                competencies: { 'shelter-case-management': 1 },
              },
            },
          ],
        },
        settled: {
          text: t('Se quedan.', 'They stay.'),
          ending: { outcome: 'protected', summary: t('En el albergue.', 'Sheltered.') },
        },
      },
    },
  ],
  journeys: [
    {
      id: 'farm-case',
      title: t('Caso de la finca', 'Farm case'),
      steps: ['farm-visit', 'shelter-day'],
      carry: ['trust'],
    },
  ],
} satisfies PackInput);

// 1. Validate: the typed draft and its JSON text give the same pack; a typo is reported with its path.
const parsed = parsePack(draft);
assert.ok(parsed.ok, parsed.ok ? '' : JSON.stringify(parsed.issues));
const pack: Pack = parsed.value;
assert.deepEqual(parsePackJson(JSON.stringify(draft)), parsed);
const broken = parsePack({
  ...draft,
  scenarios: [{ ...draft.scenarios[0], start: 'gaet' }, draft.scenarios[1]],
});
assert.ok(!broken.ok);
assert.deepEqual(broken.issues, [
  {
    packId: 'bz-partner-demo',
    path: 'scenarios[0].start',
    message: 'no node "gaet" in scenario "farm-visit"',
  },
]);
assert.ok(!parsePackJson('{"id": "x",}').ok);
// Valid = the field rules and the static checks, in the author's language.
assert.ok(validatePack(draft).ok);
const spanish = parsePack({ ...draft, version: 'uno' }, { lang: 'es' });
assert.deepEqual(spanish.ok ? [] : spanish.issues.map((issue) => issue.path), ['version']);
assert.equal(packJsonSchema().$schema, 'https://json-schema.org/draft/2020-12/schema');
assert.ok(builtinIndicators.some((indicator) => indicator.id === 'ilo-debt-bondage'));

// 2. Play: note indicators, choose, read the result.
const play = startScenario(pack, 'farm-visit', { timers: false });
play.note('ilo-retention-of-documents');
assert.deepEqual(
  play.choices('es').map((choice) => choice.text),
  ['Hablar a solas con los trabajadores', 'Irse'],
);
// French is not carried by this pack: its first language, English, is shown.
assert.equal(play.choices('fr')[0]?.text, 'Talk with the workers alone');
play.choose('talk-alone');
assert.deepEqual(play.choices(), [
  { id: 'refer', text: 'Refer to the shelter', referral: 'shelter' },
  { id: 'fine-employer', text: 'Fine the employer, nothing more' },
]);
assert.throws(
  () => play.note('not-an-indicator'),
  (error: unknown) => error instanceof PlayError && error.code === 'unknown-indicator',
);

// 3. Save mid-scenario, resume, finish.
const save = play.save();
assert.ok(JSON.stringify(save).length < 1024);
const resumed = resume(pack, JSON.stringify(save), { timers: false });
assert.ok(resumed.ok);
resumed.value.choose('refer');
const result: PlayResult = resumed.value.result();
assert.equal(result.ending?.outcome, 'protected');
assert.deepEqual(result.referrals, ['shelter']);
assert.equal(result.scores.overall, 1);
assert.deepEqual(result.scores.identification, {
  truePositives: ['ilo-retention-of-documents'],
  missed: ['ilo-debt-bondage'],
  falseNotes: [],
  score: 0.5,
});
const stale = resume({ ...pack, version: '0.2.0' }, save);
assert.ok(!stale.ok && stale.issues[0]?.path === 'version');

// 4. Replay gives the same result.
assert.deepEqual(replay(pack, 'farm-visit', result.events), result);

// 5. A journey carries trust (4 at the farm, clamped to 3 at the shelter).
const journey = startJourney(pack, 'farm-case', { timers: false });
journey.play.choose('talk-alone');
journey.play.choose('refer');
const shelter = journey.next();
assert.equal(shelter.variables.trust, 3);
shelter.choose('rest');
const journeyOutcome = journey.result();
assert.equal(journeyOutcome.complete, true);
assert.equal(journeyOutcome.outcome, 'protected');
assert.deepEqual(
  summarizeResults(journeyOutcome.steps).map((stage) => [stage.stage, stage.overall]),
  [
    ['identification', 1],
    ['shelter', 1],
  ],
);

console.log('scenario-engine consumer: ok');
