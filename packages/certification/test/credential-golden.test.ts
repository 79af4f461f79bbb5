import { beforeAll, describe, expect, it } from 'vitest';
import { buildCredential, issueCredential } from '../src/credential';
import { evaluate } from '../src/evaluation';
import { generateIssuerKeys, type IssuerKeys, signCredential } from '../src/signing';
import { ana, asOf, packs, testScheme } from './fixtures/training';

const issuer = { id: 'https://oim.example.org/el-salvador', name: 'OIM El Salvador' };
// Ana's completion is decided on 2026-06-30 and valid through 2028-06-29.
const evaluation = evaluate(testScheme, ana(), { packs, asOf });
let keys: IssuerKeys;
beforeAll(async () => {
  keys = await generateIssuerKeys('EdDSA');
});

const completion = (issuedAt?: string, lang: 'es' | 'en' = 'es') =>
  issueCredential({
    scheme: testScheme,
    evaluation,
    kind: 'completion',
    issuer,
    privateKey: keys,
    lang,
    ...(issuedAt === undefined ? {} : { issuedAt }),
  });

describe('credential alignments (golden)', () => {
  it('point at the literal CASE item URLs of the required competencies under the scheme framework URL', async () => {
    const es = await buildCredential({ scheme: testScheme, evaluation, kind: 'completion', issuer });
    const en = await buildCredential({
      scheme: testScheme,
      evaluation,
      kind: 'completion',
      issuer,
      lang: 'en',
    });
    if (!es.ok || !en.ok) throw new Error('not built');
    expect(es.value.credentialSubject.achievement.alignment?.map((a) => [a.targetCode, a.targetUrl])).toEqual(
      [
        [
          'recognise-indicators',
          'https://competencies.example.org/case/CFItems/14cd2b38-d1b6-5d74-ab17-f34a7898f47a',
        ],
      ],
    );
    expect(en.value.credentialSubject.achievement.alignment?.[0]?.targetUrl).toBe(
      'https://competencies.example.org/case/CFItems/dc8110ce-4370-517f-837f-6ce287ca3465',
    );
    expect(es.value.validUntil).toBe('2028-06-29T23:59:59Z');
  });
});

describe('issue dates', () => {
  it('refuses an issuedAt at or after the end of validity: such a credential could never be valid', async () => {
    for (const issuedAt of ['2028-06-30T00:00:00Z', '2028-06-29T23:59:59Z', '2030-01-01T00:00:00Z']) {
      const issued = await completion(issuedAt);
      expect(issued.ok, issuedAt).toBe(false);
      if (!issued.ok)
        expect(issued.issues).toEqual([
          {
            path: 'issuedAt',
            message: `${issuedAt} is not before the end of validity (2028-06-29T23:59:59Z): the credential could never be valid`,
          },
        ]);
    }
    expect((await completion('2028-06-29T23:59:58Z')).ok).toBe(true);
  });

  it('refuses an issuedAt that is not a date-time with a time zone', async () => {
    for (const issuedAt of ['2026-07-01', 'tomorrow', '2026-07-01T10:00:00']) {
      const issued = await completion(issuedAt);
      expect(issued.ok ? '' : issued.issues[0]?.path, issuedAt).toBe('issuedAt');
    }
  });

  it('signs a back-dated credential as asked and says what it signed; an on-time one has no notice', async () => {
    const backdated = await completion('2026-05-01T09:00:00Z', 'en');
    expect(backdated.ok).toBe(true);
    if (!backdated.ok) return;
    expect(backdated.credential.validFrom).toBe('2026-05-01T09:00:00Z');
    expect(backdated.notices).toEqual([
      {
        code: 'backdated',
        message: {
          es: 'Fecha anterior a la decisión: el certificado se firma como emitido y válido desde 2026-05-01T09:00:00Z, antes de la evaluación del 2026-06-30.',
          en: 'Back-dated: the credential is signed as issued and valid from 2026-05-01T09:00:00Z, before the evaluation of 2026-06-30.',
          fr: "Antidaté : l'attestation est signée comme délivrée et valable depuis 2026-05-01T09:00:00Z, avant l'évaluation du 2026-06-30.",
        },
      },
    ]);
    const onTime = await completion();
    expect(onTime.ok && onTime.notices).toEqual([]);
    const later = await completion('2026-07-02T08:00:00Z');
    expect(later.ok && later.notices).toEqual([]);
  });

  it('signCredential refuses a validFrom that is not before validUntil', async () => {
    const built = await buildCredential({ scheme: testScheme, evaluation, kind: 'completion', issuer });
    if (!built.ok) throw new Error('not built');
    await expect(
      signCredential({ ...built.value, validFrom: '2028-06-29T23:59:59Z' }, { privateKey: keys }),
    ).rejects.toThrow(
      "the credential's validFrom (2028-06-29T23:59:59Z) is not before its validUntil (2028-06-29T23:59:59Z): it could never be valid",
    );
  });
});
