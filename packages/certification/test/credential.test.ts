import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { regionalFramework, toCase } from '@ruta/competencies';
import Ajv2019 from 'ajv/dist/2019';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { buildCredential, issueCredential } from '../src/credential';
import { evaluate } from '../src/evaluation';
import { generateIssuerKeys } from '../src/signing';
import { ana, asOf, packs, played, testScheme } from './fixtures/training';

const schema = JSON.parse(
  readFileSync(new URL('./fixtures/ob-v3p0-achievementcredential-schema.json', import.meta.url), 'utf8'),
);
const ajv = new Ajv2019({ strict: false, allErrors: true });
addFormats(ajv);
const validateAchievementCredential = ajv.compile(schema);

const issuer = { id: 'https://oim.example.org/el-salvador', name: 'OIM El Salvador' };
const trainerRecord = {
  ...ana(),
  replications: [
    {
      date: '2026-06-10',
      place: 'Ministerio de Trabajo, San Salvador',
      country: 'SV' as const,
      attendees: ['José Pérez', 'María Gómez', 'Luis Ramos'].map((name) => ({ name })),
    },
    {
      date: '2026-06-20',
      place: 'Santa Ana',
      country: 'SV' as const,
      attendees: ['Rosa Díaz', 'Carlos Vega'].map((name) => ({ name })),
    },
  ],
  competencyEvidence: [
    { competency: 'recognise-indicators', score: 0.9, source: 'assessment' as const, date: '2026-06-10' },
  ],
};
const evaluation = evaluate(testScheme, trainerRecord, { packs, asOf });
const id = 'urn:uuid:6f1c1f9e-3b1a-4c8e-9d2a-1a2b3c4d5e6f';

describe('buildCredential', () => {
  it.each(['participation', 'completion', 'trainer'] as const)(
    'builds a %s credential that validates against the OB 3.0 AchievementCredential JSON Schema',
    async (kind) => {
      const built = await buildCredential({ scheme: testScheme, evaluation, kind, issuer, id });
      expect(built.ok).toBe(true);
      if (!built.ok) return;
      const valid = validateAchievementCredential(built.value);
      expect(validateAchievementCredential.errors ?? []).toEqual([]);
      expect(valid).toBe(true);
    },
  );

  it('the JSON Schema check is not vacuous: it rejects a credential with no achievement criteria', async () => {
    const built = await buildCredential({ scheme: testScheme, evaluation, kind: 'completion', issuer, id });
    if (!built.ok) throw new Error(JSON.stringify(built.issues));
    const broken = structuredClone(built.value) as {
      credentialSubject: { achievement: Record<string, unknown> };
    };
    delete broken.credentialSubject.achievement.criteria;
    expect(validateAchievementCredential(broken)).toBe(false);
  });

  it('a renewal credential validates too, and names the renewed certificate', async () => {
    const renewal = evaluate(
      testScheme,
      {
        ...ana(),
        attendance: [],
        scenarioResults: [
          played('shelter-first-night', 'best', 'best', '2026-06-10T09:00:00Z'),
          played('shelter-referral', 'best', 'good', '2026-06-11T09:00:00Z'),
        ],
        priorCertificates: [
          { id: 'cert-2024-03', kind: 'completion', issuedOn: '2024-01-10', validUntil: '2026-01-09' },
        ],
      },
      { packs, asOf },
    );
    const built = await buildCredential({
      scheme: testScheme,
      evaluation: renewal,
      kind: 'renewal',
      issuer,
      lang: 'en',
    });
    if (!built.ok) throw new Error(JSON.stringify(built.issues));
    expect(validateAchievementCredential(built.value)).toBe(true);
    expect(built.value.name).toBe('Renewal: Completion');
  });

  it('has the OB 3.0 / VC 2.0 shape: contexts, types, issuer profile, dates, subject, achievement', async () => {
    const built = await buildCredential({
      scheme: testScheme,
      evaluation,
      kind: 'completion',
      issuer,
      id,
      issuedAt: '2026-06-30T15:00:00Z',
      salt: 'kosher',
    });
    if (!built.ok) throw new Error(JSON.stringify(built.issues));
    const credential = built.value;
    expect(credential['@context']).toEqual([
      'https://www.w3.org/ns/credentials/v2',
      'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json',
    ]);
    expect(credential.type).toEqual(['VerifiableCredential', 'OpenBadgeCredential']);
    expect(credential.id).toBe(id);
    expect(credential.issuer).toEqual({ id: issuer.id, type: ['Profile'], name: issuer.name });
    expect(credential.validFrom).toBe('2026-06-30T15:00:00Z');
    expect(credential.validUntil).toBe('2028-06-29T23:59:59Z');
    expect(credential.name).toBe('Aprobación');
    const subject = credential.credentialSubject;
    expect(subject.type).toEqual(['AchievementSubject']);
    // The person id is hashed with the salt (OB IdentityHash: sha256$hex over identifier + salt).
    const expectedHash = createHash('sha256').update('ana-martinezkosher').digest('hex');
    expect(subject.identifier?.[0]).toEqual({
      type: 'IdentityObject',
      hashed: true,
      identityHash: `sha256$${expectedHash}`,
      identityType: 'identifier',
      salt: 'kosher',
    });
    expect(subject.identifier?.[1]).toEqual({
      type: 'IdentityObject',
      hashed: false,
      identityHash: 'Ana Martínez',
      identityType: 'name',
    });
    expect(subject.creditsEarned).toBe(2);
    const achievement = subject.achievement;
    expect(achievement).toMatchObject({
      type: ['Achievement'],
      name: 'Aprobación',
      achievementType: 'CertificateOfCompletion',
      creditsAvailable: 2,
      inLanguage: 'es',
    });
    expect(achievement.description).toBe('Aprobó el curso. 40 horas académicas, 2 créditos.');
    expect(achievement.criteria.narrative.split('\n')).toHaveLength(11);
    // The alignment points at the CASE item of the competency in the framework's export.
    const item = toCase(regionalFramework, {
      baseUri: 'https://competencies.example.org/case',
      language: 'es',
    }).CFItems.find(
      (candidate) =>
        candidate.humanCodingScheme === 'recognise-indicators' && candidate.CFItemType === 'Competency',
    );
    expect(achievement.alignment).toEqual([
      {
        type: ['Alignment'],
        targetName: 'Reconocer indicadores de trata',
        targetUrl: item?.uri,
        targetDescription: 'Nivel requerido: 1 (Sensibilización)',
        targetFramework: 'RCM competency framework',
        targetCode: 'recognise-indicators',
        targetType: 'CFItem',
      },
    ]);
    expect(credential.evidence?.map((evidence) => evidence.genre)).toEqual(
      evaluation.kinds.completion?.criteria.map((criterion) => criterion.id),
    );
    expect(credential.evidence?.[0]?.narrative).toBe('5 sesiones, 40 h (100 %)');
  });

  it('omits the name when asked and uses the DID as subject id when the person has one', async () => {
    const withDid = evaluate(
      testScheme,
      { ...trainerRecord, person: { ...trainerRecord.person, did: 'did:web:ana.example.org' } },
      { packs, asOf },
    );
    const built = await buildCredential({
      scheme: testScheme,
      evaluation: withDid,
      kind: 'participation',
      issuer,
      includeName: false,
    });
    if (!built.ok) throw new Error(JSON.stringify(built.issues));
    expect(built.value.credentialSubject.id).toBe('did:web:ana.example.org');
    expect(built.value.credentialSubject.identifier?.map((i) => i.identityType)).toEqual(['identifier']);
    expect(JSON.stringify(built.value)).not.toContain('Martínez');
  });

  it('refuses a kind the person is not eligible for, naming the unmet criteria', async () => {
    const bruno = evaluate(testScheme, { ...ana(), attendance: [] }, { packs, asOf });
    const built = await buildCredential({
      scheme: testScheme,
      evaluation: bruno,
      kind: 'completion',
      issuer,
    });
    expect(built).toEqual({
      ok: false,
      issues: [
        {
          path: 'kinds.completion',
          message: 'the person is not eligible for "completion": unmet attendance, modules-covered',
        },
      ],
    });
  });

  it('refuses an evaluation made under another scheme version', async () => {
    const built = await buildCredential({
      scheme: { ...testScheme, version: '2.0.0' },
      evaluation,
      kind: 'participation',
      issuer,
    });
    expect(built.ok).toBe(false);
    if (!built.ok) expect(built.issues[0]?.path).toBe('scheme');
  });

  it('issueCredential returns the JWT and the credential it signed', async () => {
    const keys = await generateIssuerKeys('EdDSA');
    const issued = await issueCredential({
      scheme: testScheme,
      evaluation,
      kind: 'trainer',
      issuer,
      privateKey: keys,
    });
    expect(issued.ok).toBe(true);
    if (!issued.ok) return;
    expect(issued.jwt.split('.')).toHaveLength(3);
    expect(issued.credential.id).toMatch(/^urn:uuid:[0-9a-f-]{36}$/);
    expect(validateAchievementCredential(issued.credential)).toBe(true);
  });
});
