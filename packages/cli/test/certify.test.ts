import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { type PlayEvent, parsePack, replay } from '@ruta/scenario-engine';
import { analyzePack } from '@ruta/scenario-engine/analysis';
import { beforeAll, describe, expect, it } from 'vitest';
import { readJson, regionalPack, ruta, temporaryDirectory, writeJson } from './ruta';

/**
 * keygen → certify → verify, as a program office does it: a key pair, a trainee record with 84 of 100
 * hours attended and one scenario result (replayed against the shipped regional pack), an issuer profile.
 */

const issuerProfile = {
  id: 'https://oim.example.org/issuers/rcm',
  name: 'Conferencia Regional sobre Migración',
};

function bestResult() {
  const parsed = parsePack(readJson(join(regionalPack, 'pack.json')));
  if (!parsed.ok) throw new Error('the regional pack does not validate');
  const pack = parsed.value;
  const scenario = analyzePack(pack).scenarios[0];
  const path = scenario?.metrics.bestScore?.path ?? [];
  const events: PlayEvent[] = path.flatMap((step): PlayEvent[] =>
    step.choice !== undefined
      ? [{ type: 'CHOOSE', choiceId: step.choice }]
      : step.timeout
        ? [{ type: 'TIMEOUT' }]
        : [],
  );
  const result = replay(pack, scenario?.scenario as string, events);
  return {
    packId: pack.id,
    packVersion: pack.version,
    scenarioId: result.scenarioId,
    events,
    completedAt: '2026-03-05T15:00:00Z',
    claimed: { overall: result.scores.overall, outcome: result.ending?.outcome ?? null },
  };
}

function record(claimedOverall?: number) {
  const result = bestResult();
  if (claimedOverall !== undefined) result.claimed.overall = claimedOverall;
  return {
    person: { id: 'ana-perez', name: 'Ana Pérez', role: 'migration-officer', country: 'GT' },
    cohort: { id: 'cohort-2026-gt', modules: ['M1', 'M2'], plannedHours: 100 },
    attendance: Array.from({ length: 7 }, (_, i) => ({
      date: `2026-03-0${i + 1}`,
      modules: ['M1'],
      hours: 12,
    })),
    scenarioResults: [result],
    replications: [],
    priorCertificates: [],
  };
}

let dir: string;
let credential: string;

beforeAll(() => {
  dir = temporaryDirectory();
  writeJson(join(dir, 'record.json'), record());
  writeJson(join(dir, 'issuer.json'), issuerProfile);
});

describe('ruta keygen', () => {
  it('writes a private JWK readable only by its owner and a public JWK, and will not overwrite them', () => {
    const run = ruta(['keygen', '--alg', 'EdDSA', '--out', join(dir, 'issuer')]);
    expect(run.code, run.stderr).toBe(0);
    const privateFile = join(dir, 'issuer.private.jwk');
    const publicFile = join(dir, 'issuer.public.jwk');
    expect(statSync(privateFile).mode & 0o777).toBe(0o600);
    const privateJwk = readJson<Record<string, string>>(privateFile);
    const publicJwk = readJson<Record<string, string>>(publicFile);
    expect(privateJwk).toMatchObject({ kty: 'OKP', crv: 'Ed25519', alg: 'EdDSA' });
    expect(typeof privateJwk.d).toBe('string');
    expect(publicJwk.d).toBeUndefined();
    expect(run.stdout).toContain(publicJwk.kid as string);

    const again = ruta(['keygen', '--out', join(dir, 'issuer')]);
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/already exists; not overwriting it without --force/);
    expect(readJson(privateFile)).toEqual(privateJwk);
  });

  it('makes RS256 keys, overwrites with --force, and rejects an unknown algorithm (exit 2)', () => {
    const prefix = join(dir, 'rsa');
    expect(ruta(['keygen', '--alg', 'RS256', '--out', prefix]).code).toBe(0);
    const first = readJson<Record<string, string>>(`${prefix}.public.jwk`);
    expect(first.kty).toBe('RSA');
    expect(ruta(['keygen', '--alg', 'RS256', '--out', prefix, '--force']).code).toBe(0);
    expect(readJson<Record<string, string>>(`${prefix}.public.jwk`).n).not.toBe(first.n);
    const bad = ruta(['keygen', '--alg', 'HS256', '--out', prefix]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toBe('ruta: --alg "HS256" is not valid; possible values: EdDSA, RS256\n');
    expect(ruta(['keygen']).stderr).toBe('ruta: missing option --out\n');
  });
});

describe('ruta certify', () => {
  it('explains the decision criterion by criterion and writes the JWT of each kind earned', () => {
    const run = ruta(
      [
        'certify',
        '--scheme',
        'regional',
        '--record',
        'record.json',
        '--key',
        'issuer.private.jwk',
        '--issuer',
        'issuer.json',
        '--as-of',
        '2026-03-10',
      ],
      { cwd: dir },
    );
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain(
      'Evaluation of Ana Pérez under rcm-regional-certification 1.0.0, as of 2026-03-10',
    );
    expect(run.stdout).toContain('Scenario results: 1 verified by replay, 0 refused');
    expect(run.stdout).toContain('✓ Certificate of participation — earned');
    expect(run.stdout).toContain('✗ Certificate of completion — not earned');
    expect(run.stdout).toContain('Missing: Attended 84 of 100 hours (84%); 90 hours are required: 6 more.');
    const file = join(dir, 'ana-perez-participation.jwt');
    expect(run.stdout).toContain(`participation certificate signed: ${file}`);
    credential = readFileSync(file, 'utf8').trim();
    expect(credential.split('.')).toHaveLength(3);
    expect(existsSync(join(dir, 'ana-perez-completion.jwt'))).toBe(false);
  });

  it('explains in the user’s language', () => {
    const run = ruta(
      ['certify', '--scheme', 'regional', '--record', 'record.json', '--key', 'issuer.private.jwk'].concat([
        '--issuer',
        'issuer.json',
        '--as-of',
        '2026-03-10',
        '--out',
        temporaryDirectory(),
        '--lang',
        'fr',
      ]),
      { cwd: dir },
    );
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Évaluation de Ana Pérez');
    expect(run.stdout).toContain('Certificat de participation — obtenu');
  });

  it('will not overwrite an issued credential without --force; --json gives the evaluation and the files', () => {
    const args = [
      'certify',
      '--scheme',
      'regional',
      '--record',
      'record.json',
      '--key',
      'issuer.private.jwk',
    ].concat(['--issuer', 'issuer.json', '--as-of', '2026-03-10']);
    const again = ruta(args, { cwd: dir });
    expect(again.code).toBe(1);
    expect(again.stdout).toContain('✓ Certificate of participation — earned');
    expect(again.stderr).toBe(
      `ruta: "${join(dir, 'ana-perez-participation.jwt')}" already exists; not overwriting it without --force\n`,
    );
    expect(readFileSync(join(dir, 'ana-perez-participation.jwt'), 'utf8').trim()).toBe(credential);

    const out = temporaryDirectory();
    const json = ruta([...args, '--out', out, '--json'], { cwd: dir });
    expect(json.code).toBe(0);
    const report = JSON.parse(json.stdout);
    expect(report.evaluation.kinds.participation.eligible).toBe(true);
    expect(report.evaluation.kinds.completion.eligible).toBe(false);
    expect(report.issued).toEqual([
      {
        kind: 'participation',
        file: join(out, 'ana-perez-participation.jwt'),
        credentialId: expect.stringMatching(/^urn:uuid:/),
      },
    ]);
  });

  it('refuses a forged result (its replay does not give the claimed score) and says why', () => {
    const forged = writeJson(join(dir, 'forged.json'), record(0.42));
    const options = ['--key', 'issuer.private.jwk', '--issuer', 'issuer.json', '--out', temporaryDirectory()];
    const run = ruta(['certify', '--scheme', 'regional', '--record', forged, ...options], { cwd: dir });
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain('Scenario results: 0 verified by replay, 1 refused');
    expect(run.stdout).toMatch(
      /✗ scenarioResults\[0\] rcm-regional@\d+\.\d+\.\d+ identification-border-post: The claimed score .* does not match the recomputed one \(0\.42 ≠ 1\.00\)/,
    );
  });

  it('reports invalid inputs with their paths (exit 1) and missing options (exit 2)', () => {
    const base = ['certify', '--scheme', 'regional', '--issuer', 'issuer.json'];
    const publicKey = ruta([...base, '--record', 'record.json', '--key', 'issuer.public.jwk'], { cwd: dir });
    expect(publicKey.code).toBe(1);
    expect(publicKey.stderr).toBe(
      'ruta: "issuer.public.jwk" is not an Ed25519 or RSA private JWK (the public key?)\n',
    );
    writeJson(join(dir, 'bad-record.json'), { ...record(), person: { id: 'Ana Pérez' } });
    const badRecord = ruta([...base, '--record', 'bad-record.json', '--key', 'issuer.private.jwk'], {
      cwd: dir,
    });
    expect(badRecord.code).toBe(1);
    expect(badRecord.stderr).toMatch(/^ruta: "bad-record.json" is not valid \(\d+ issues?\):\n {2}person\./);
    writeFileSync(join(dir, 'issuer-bad.json'), '{"id": "oim", "name": ""}');
    const badIssuer = ruta(
      ['certify', '--scheme', 'regional', '--record', 'record.json', '--key', 'issuer.private.jwk'].concat([
        '--issuer',
        'issuer-bad.json',
      ]),
      { cwd: dir },
    );
    expect(badIssuer.code).toBe(1);
    expect(badIssuer.stderr).toContain('  id: must be the issuer’s https:// URL or DID (did:…)');
    expect(ruta(['certify', '--scheme', 'regional'], { cwd: dir }).stderr).toBe(
      'ruta: missing option --record\n',
    );
    expect(
      ruta([...base, '--record', 'record.json', '--key', 'issuer.private.jwk', '--as-of', '10/03/2026'], {
        cwd: dir,
      }).code,
    ).toBe(2);
  });
});

describe('ruta verify', () => {
  it('accepts the issued credential and prints holder, achievement, issuer and validity', () => {
    const run = ruta([
      'verify',
      join(dir, 'ana-perez-participation.jwt'),
      '--trust',
      join(dir, 'issuer.public.jwk'),
    ]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain('Valid certificate');
    expect(run.stdout).toContain('Holder: Ana Pérez');
    expect(run.stdout).toContain('Achievement: Certificate of participation');
    expect(run.stdout).toContain(
      'Issuer: Conferencia Regional sobre Migración (https://oim.example.org/issuers/rcm)',
    );
    expect(run.stdout).toContain('Validity: 2026-03-10T00:00:00Z → no expiry');
    const json = JSON.parse(
      ruta([
        'verify',
        join(dir, 'ana-perez-participation.jwt'),
        '--trust',
        join(dir, 'issuer.public.jwk'),
        '--json',
      ]).stdout,
    );
    expect(json).toMatchObject({ ok: true, algorithm: 'EdDSA', issuer: { id: issuerProfile.id } });
    // Several trusted keys after one --trust (or a repeated --trust): the one that signed it is found.
    const several = ruta(
      ['verify', 'ana-perez-participation.jwt', '--trust', 'rsa.public.jwk', 'issuer.public.jwk'],
      {
        cwd: dir,
      },
    );
    expect(several.code, several.stderr).toBe(0);
    expect(several.stdout).toContain('Valid certificate');
  });

  it('rejects a tampered credential (exit 1) with the reason', () => {
    const [header, payload, signature] = credential.split('.') as [string, string, string];
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
    claims.credentialSubject.identifier[1].identityHash = 'Mallory';
    const forged = `${header}.${Buffer.from(JSON.stringify(claims)).toString('base64url')}.${signature}`;
    const file = join(dir, 'tampered.jwt');
    writeFileSync(file, forged);
    const run = ruta(['verify', file, '--trust', join(dir, 'issuer.public.jwk')]);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe(
      'ruta: certificate NOT valid (bad-signature): The signature does not match the content: the certificate was altered after it was issued.\n',
    );
    const es = ruta(['verify', file, '--trust', join(dir, 'issuer.public.jwk'), '--lang', 'es']);
    expect(es.stderr).toContain('La firma no corresponde al contenido');
  });

  it('rejects an untrusted issuer, a revoked credential, a credential not yet valid, and garbage', () => {
    const jwt = join(dir, 'ana-perez-participation.jwt');
    const otherKey = ruta(['verify', jwt, '--trust', join(dir, 'rsa.public.jwk')]);
    expect(otherKey.code).toBe(1);
    expect(otherKey.stderr).toMatch(/\(unknown-issuer\)/);

    const claims = JSON.parse(Buffer.from(credential.split('.')[1] as string, 'base64url').toString('utf8'));
    const revocations = writeJson(join(dir, 'revocations.json'), {
      format: 'ruta.revocations/1',
      issuer: issuerProfile.id,
      issued: '2026-03-20T00:00:00Z',
      credentialIds: [claims.id],
    });
    const revoked = ruta([
      'verify',
      jwt,
      '--trust',
      join(dir, 'issuer.public.jwk'),
      '--revocations',
      revocations,
    ]);
    expect(revoked.code).toBe(1);
    expect(revoked.stderr).toMatch(/\(revoked\): The issuer has revoked this certificate\./);

    const early = ruta([
      'verify',
      jwt,
      '--trust',
      join(dir, 'issuer.public.jwk'),
      '--at',
      '2026-01-01T00:00:00Z',
    ]);
    expect(early.code).toBe(1);
    expect(early.stderr).toMatch(/\(not-yet-valid\)/);

    writeFileSync(join(dir, 'garbage.jwt'), 'not a credential at all');
    const garbage = ruta(['verify', join(dir, 'garbage.jwt'), '--trust', join(dir, 'issuer.public.jwk')]);
    expect(garbage.code).toBe(1);
    expect(garbage.stderr).toMatch(/\(malformed\)/);
  });

  it('needs --trust, and trusted keys that are JWKs (usage errors and invalid keys)', () => {
    const jwt = join(dir, 'ana-perez-participation.jwt');
    expect(ruta(['verify', jwt]).stderr).toBe('ruta: missing option --trust\n');
    expect(ruta(['verify', jwt, '--trust', join(dir, 'issuer.json')]).stderr).toMatch(/is not a JWK/);
    expect(ruta(['verify', jwt, '--trust', join(dir, 'nope.jwk')]).code).toBe(2);
  });
});
