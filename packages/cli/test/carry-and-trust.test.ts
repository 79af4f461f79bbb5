import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  exportPrivateJwk,
  exportPublicJwk,
  generateIssuerKeys,
  type OpenBadgeCredential,
  signCredential,
} from '@ruta/certification';
import { type PlayResult, parsePack, startJourney } from '@ruta/scenario-engine';
import { beforeAll, describe, expect, it } from 'vitest';
import { readJson, regionalPack, ruta, temporaryDirectory, writeJson } from './ruta';

/**
 * Issue 13: `ruta play --events` refuses carried values it cannot verify, and `ruta verify` refuses private
 * keys as trust anchors, binds keys to an issuer and validates its clock tolerance.
 */

let dir: string;
let steps: PlayResult[];

/** A saved result as the lab writes it: the step's events, its carry, and the claim. */
function saved(step: PlayResult, carry: unknown = step.carry) {
  return {
    scenarioId: step.scenarioId,
    events: step.events,
    ...(carry === undefined ? {} : { carry }),
    claimed: { overall: step.scores.overall, outcome: step.ending?.outcome ?? null },
  };
}

beforeAll(() => {
  dir = temporaryDirectory();
  const parsed = parsePack(readJson(join(regionalPack, 'pack.json')));
  if (!parsed.ok) throw new Error('the regional pack does not validate');
  const journey = startJourney(parsed.value, 'marisol-honduras-guatemala', { timers: false });
  steps = [];
  for (let step = 0; step < 4; step++) {
    if (step > 0) journey.next();
    while (!journey.play.done)
      journey.play.send({ type: 'CHOOSE', choiceId: journey.play.choices()[0]?.id as string });
    steps.push(journey.play.result());
  }
  journey.stop();
});

describe('ruta play --events: carried values', () => {
  it('replays a saved first step that carries nothing (exit 0)', () => {
    const file = writeJson(join(dir, 'first.json'), saved(steps[0] as PlayResult));
    const run = ruta(['play', regionalPack, '--events', file]);
    expect(run.code, run.stderr).toBe(0);
    const empty = writeJson(join(dir, 'first-empty.json'), saved(steps[0] as PlayResult, {}));
    expect(ruta(['play', regionalPack, '--events', empty]).code).toBe(0);
  });

  it('refuses a first step that carries values (exit 1), with its own reason, in each language', () => {
    const first = steps[0] as PlayResult;
    const file = writeJson(join(dir, 'forged.json'), saved(first, { trust: 10, safety: 10 }));
    const run = ruta(['play', regionalPack, '--events', file]);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe(
      'ruta: unverified carried values: "identification-border-post" is not a later step of any journey of the pack (a first step or a stand-alone scenario carries nothing)\n',
    );
    const es = ruta(['play', regionalPack, '--events', file, '--lang', 'es']);
    expect(es.stderr).toMatch(
      /^ruta: valores arrastrados no verificados: «identification-border-post» no es/,
    );
    const fr = ruta(['play', regionalPack, '--events', file, '--lang', 'fr']);
    expect(fr.stderr).toMatch(/^ruta: valeurs reportées non vérifiées : « identification-border-post »/);
  });

  it('refuses a later step carrying values one saved result cannot vouch for, saying how to verify it', () => {
    const file = writeJson(join(dir, 'second.json'), saved(steps[1] as PlayResult));
    const run = ruta(['play', regionalPack, '--events', file]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('--journey marisol-honduras-guatemala');
    expect(run.stderr).toContain('"ruta certify"');
    // The whole journey replayed from its events carries the values itself.
    const events = writeJson(
      join(dir, 'journey.json'),
      steps.flatMap((step) => step.events),
    );
    expect(
      ruta(['play', regionalPack, '--journey', 'marisol-honduras-guatemala', '--events', events]).code,
    ).toBe(0);
    // …and a carry brought along with --journey is refused rather than ignored.
    const withCarry = writeJson(join(dir, 'journey-carry.json'), {
      events: steps[0]?.events,
      carry: { trust: 10 },
    });
    const refused = ruta([
      'play',
      regionalPack,
      '--journey',
      'marisol-honduras-guatemala',
      '--events',
      withCarry,
    ]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/with --journey each step carries what the previous one produced/);
  });

  it('refuses "__proto__" and "constructor" carry keys instead of dropping them', () => {
    const first = steps[0] as PlayResult;
    const file = join(dir, 'proto.json');
    writeFileSync(
      file,
      JSON.stringify(saved(first, {})).replace(
        '"carry":{}',
        '"carry":{"__proto__":{"trust":10},"constructor":1}',
      ),
    );
    const run = ruta(['play', regionalPack, '--events', file]);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(
      'ruta: the carried values name "__proto__", "constructor", which are not variables: refused\n',
    );
  });
});

describe('ruta verify: trusted keys and clock tolerance', () => {
  const issuer = { id: 'https://oim.example.org/issuers/rcm', type: ['Profile'] as ['Profile'], name: 'OIM' };
  let jwt: string;

  beforeAll(async () => {
    const keys = await generateIssuerKeys('EdDSA');
    const credential: OpenBadgeCredential = {
      '@context': [
        'https://www.w3.org/ns/credentials/v2',
        'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json',
      ],
      id: 'urn:uuid:6f1c1f9e-3b1a-4c8e-9d2a-1a2b3c4d5e6f',
      type: ['VerifiableCredential', 'OpenBadgeCredential'],
      issuer,
      validFrom: '2026-03-01T00:00:00Z',
      validUntil: '2028-02-29T23:59:59Z',
      name: 'Aprobación',
      credentialSubject: {
        type: ['AchievementSubject'],
        identifier: [
          { type: 'IdentityObject', hashed: false, identityHash: 'Ana Pérez', identityType: 'name' },
        ],
        achievement: {
          id: 'urn:ruta:test:1.0.0:completion',
          type: ['Achievement'],
          name: 'Aprobación',
          description: 'Aprobó el curso.',
          criteria: { narrative: '- Asistencia' },
        },
      },
    };
    jwt = await signCredential(credential, { privateKey: keys });
    writeFileSync(join(dir, 'credential.jwt'), jwt);
    writeJson(join(dir, 'issuer.public.jwk'), await exportPublicJwk(keys));
    writeJson(join(dir, 'issuer.private.jwk'), await exportPrivateJwk(keys));
    writeJson(join(dir, 'bound.json'), { issuerId: issuer.id, jwk: await exportPublicJwk(keys) });
    writeJson(join(dir, 'bound-elsewhere.json'), {
      issuerId: 'https://other.example.org',
      jwk: await exportPublicJwk(keys),
    });
  });

  const verify = (...args: string[]) => ruta(['verify', 'credential.jwt', ...args], { cwd: dir });
  const notice =
    "The signature is genuine, but the issuer's name was not checked: the trusted key is not bound to an issuer.";

  it('refuses a private key given to --trust (exit 2), in a set or alone', () => {
    const run = verify('--trust', 'issuer.private.jwk');
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      'ruta: "issuer.private.jwk" holds a private key: --trust only takes the issuer\'s public key (e.g. rcm.public.jwk); keep the private key secret\n',
    );
    writeJson(join(dir, 'set.json'), { keys: [readJson(join(dir, 'issuer.private.jwk'))] });
    expect(verify('--trust', 'set.json').code).toBe(2);
  });

  it('says the issuer was not checked with a bare key, and checks it with --issuer or a bound key file', () => {
    const bare = verify('--trust', 'issuer.public.jwk');
    expect(bare.code, bare.stderr).toBe(0);
    expect(bare.stdout).toContain(notice);
    const bound = verify('--trust', 'issuer.public.jwk', '--issuer', issuer.id);
    expect(bound.code, bound.stderr).toBe(0);
    expect(bound.stdout).not.toContain(notice);
    expect(verify('--trust', 'bound.json').stdout).not.toContain(notice);
    const json = JSON.parse(verify('--trust', 'bound.json', '--json').stdout);
    expect(json).toMatchObject({ ok: true, issuerChecked: true });
    // Bound to another issuer: this key does not vouch for credentials in this issuer's name.
    const elsewhere = verify('--trust', 'issuer.public.jwk', '--issuer', 'https://other.example.org');
    expect(elsewhere.code).toBe(1);
    expect(elsewhere.stderr).toMatch(/\(unknown-issuer\)/);
    expect(verify('--trust', 'bound-elsewhere.json').code).toBe(1);
  });

  it('takes --clock-tolerance from 0 to 86400 seconds; anything else is a usage error (exit 2)', () => {
    // Expires 2028-02-29T23:59:59Z: at that second it has expired, unless one second of tolerance is given.
    expect(verify('--trust', 'bound.json', '--at', '2028-02-29T23:59:59Z').code).toBe(1);
    expect(
      verify('--trust', 'bound.json', '--at', '2028-02-29T23:59:59Z', '--clock-tolerance', '1').code,
    ).toBe(0);
    for (const bad of ['NaN', 'Infinity', '-1', '86401', 'abc', '']) {
      const run = verify('--trust', 'bound.json', `--clock-tolerance=${bad}`);
      expect(run.code, bad).toBe(2);
      expect(run.stderr).toBe(
        `ruta: --clock-tolerance "${bad}" must be a number of seconds from 0 to 86400\n`,
      );
    }
  });
});
