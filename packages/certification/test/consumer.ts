// A partner's program (e.g. Guatemala's training academy): its own certification scheme, one trainee's
// record, an Open Badges 3.0 credential issued with its own key, and an offline check through the
// browser-safe `@ruta/certification/verify` subpath.
import assert from 'node:assert/strict';
import {
  evaluate,
  exportPublicJwk,
  generateIssuerKeys,
  issueCredential,
  parseRecord,
  parseScheme,
} from '@ruta/certification';
import { verifyCredential } from '@ruta/certification/verify';
import { parsePack } from '@ruta/scenario-engine';

const pack = parsePack({
  format: 'ruta.pack/1',
  id: 'gt-academy',
  version: '1.0.0',
  country: 'GT',
  languages: ['es'],
  title: { es: 'Academia de Guatemala' },
  description: { es: 'Un escenario de identificación.' },
  authors: [{ name: 'Academia' }],
  scenarios: [
    {
      id: 'bus-terminal',
      title: { es: 'Terminal de buses' },
      summary: { es: 'Una adolescente viaja con un adulto que guarda sus documentos.' },
      stage: 'identification',
      roles: ['police-investigator'],
      modules: ['M1'],
      competencies: ['recognise-indicators'],
      setting: { environment: 'bus-terminal' },
      start: 'platform',
      nodes: {
        platform: {
          text: { es: 'El adulto responde por ella y guarda su pasaporte.' },
          present: ['ilo-retention-of-documents'],
          choices: [
            {
              id: 'talk-to-her-alone',
              text: { es: 'Hablar con ella a solas, con una intérprete calificada' },
              to: 'safe',
              assessment: {
                quality: 'best',
                feedback: { es: 'Bien.' },
                competencies: { 'recognise-indicators': 1 },
              },
            },
            {
              id: 'let-them-board',
              text: { es: 'Dejarlos abordar' },
              to: 'gone',
              assessment: { quality: 'harmful', feedback: { es: 'Se pierde la oportunidad.' } },
            },
          ],
        },
        safe: {
          text: { es: 'Queda protegida.' },
          ending: { outcome: 'protected', summary: { es: 'Protegida.' } },
        },
        gone: {
          text: { es: 'El bus parte.' },
          ending: { outcome: 'harmed', summary: { es: 'Sin protección.' } },
        },
      },
    },
  ],
});
assert.ok(pack.ok, 'the pack is valid');

const t = (es: string, en: string, fr: string) => ({ es, en, fr });
const scheme = parseScheme({
  format: 'ruta.certification-scheme/1',
  id: 'gt-certification',
  version: '1.0.0',
  country: 'GT',
  title: t('Certificación nacional', 'National certification', 'Certification nationale'),
  description: t('Reglas de la academia.', 'Academy rules.', "Règles de l'académie."),
  competencyFramework: { name: 'RCM', url: 'https://academia.example.org/case' },
  kinds: {
    completion: {
      title: t('Aprobación', 'Completion', 'Réussite'),
      description: t('Aprobó.', 'Completed.', 'A réussi.'),
      achievementType: 'CertificateOfCompletion',
      validityMonths: 24,
      academicHours: 16,
      credits: 1,
      requiredLevels: { 'police-investigator': { 'recognise-indicators': 1 } },
      minAttendance: 0.8,
      performance: {
        windowDays: 60,
        areaThresholds: { protection: 0.7 },
        requiredStages: ['identification'],
        forbidHarmful: true,
      },
    },
  },
});
assert.ok(scheme.ok, 'the scheme is valid');

const record = parseRecord({
  person: { id: 'agente-0042', name: 'Lucía Cabrera', role: 'police-investigator', country: 'GT' },
  cohort: { id: 'gt-2026-1', modules: ['M1'], plannedHours: 16 },
  attendance: [
    { date: '2026-03-02', modules: ['M1'], hours: 8 },
    { date: '2026-03-03', modules: ['M1'], hours: 8 },
  ],
  scenarioResults: [
    {
      packId: 'gt-academy',
      packVersion: '1.0.0',
      scenarioId: 'bus-terminal',
      events: [{ type: 'CHOOSE', choiceId: 'talk-to-her-alone' }],
      completedAt: '2026-03-03T16:00:00-06:00',
      claimed: { overall: 1, outcome: 'protected' },
    },
  ],
  replications: [],
  priorCertificates: [],
});
assert.ok(record.ok, 'the record is valid');

const evaluation = evaluate(scheme.value, record.value, { packs: [pack.value], asOf: '2026-03-04' });
assert.equal(evaluation.kinds.completion?.eligible, true);
assert.equal(evaluation.results.refused.length, 0);

const keys = await generateIssuerKeys('EdDSA');
const issuer = { id: 'https://academia.example.org', name: 'Academia de la PNC' };
const issued = await issueCredential({
  scheme: scheme.value,
  evaluation,
  kind: 'completion',
  issuer,
  privateKey: keys,
});
assert.ok(issued.ok, 'the credential is issued');

const verdict = await verifyCredential(issued.jwt, {
  trustedIssuers: [{ issuerId: issuer.id, jwk: await exportPublicJwk(keys) }],
  now: new Date('2026-03-05T09:00:00Z'),
});
assert.ok(verdict.ok, 'the credential verifies offline');
assert.equal(verdict.credential.credentialSubject.achievement.name, 'Aprobación');
assert.equal(verdict.credential.validUntil, '2028-03-03T23:59:59Z');

const tampered = `${issued.jwt.slice(0, -4)}AAAA`;
const refused = await verifyCredential(tampered, {
  trustedIssuers: [await exportPublicJwk(keys)],
  now: new Date(),
});
assert.equal(refused.ok, false);
if (!refused.ok) {
  // Under `strict`, every language of the message is a string (never `string | undefined`).
  const spanish: string = refused.message.es;
  const english: string = refused.message.en;
  const french: string = refused.message.fr;
  assert.equal(refused.reason, 'bad-signature');
  assert.ok(spanish.length > 0 && english.length > 0 && french.length > 0);
}
assert.equal(verdict.issuerChecked, true, 'a key bound to the issuer checks its name');
console.log('certification consumer: issued and verified', issued.credential.id);
