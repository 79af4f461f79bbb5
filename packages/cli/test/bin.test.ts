import { spawn, spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { binPath, cliDir, regionalPack, ruta, scaffold, temporaryDirectory, writeJson } from './ruta';

/**
 * The exit code of the `ruta` executable is the command's, whether its output is read or not: a reader that
 * goes away (`… | head -1`, `… | true`, a CI step that only keeps the status) never turns a failed check
 * into a success, and never a success into a failure.
 */

interface ClosedRun {
  code: number | null;
  signal: NodeJS.Signals | null;
}

/**
 * Runs `ruta` with the read end of its standard output (and of its standard error, when asked) closed
 * before the process has even started, so every write it makes meets a closed pipe (EPIPE).
 */
function rutaWithClosedPipe(
  args: readonly string[],
  options: { closeStderr?: boolean; cwd?: string } = {},
): Promise<ClosedRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [binPath, ...args], {
      cwd: options.cwd ?? cliDir,
      env: { ...process.env, LC_ALL: '', LC_MESSAGES: '', LANG: 'en_US.UTF-8' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout.destroy();
    if (options.closeStderr) child.stderr.destroy();
    else child.stderr.resume();
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ code, signal }));
  });
}

let dir: string;
let tampered: string;
let publicKey: string;

beforeAll(() => {
  // A credential, issued as the program office does it, then altered.
  dir = temporaryDirectory();
  const record = join(cliDir, 'examples', 'ana-perez.record.json');
  writeJson(join(dir, 'issuer.json'), { id: 'https://rcm.example.org/issuer', name: 'RCM' });
  expect(ruta(['keygen', '--out', join(dir, 'keys', 'rcm')]).code).toBe(0);
  publicKey = join(dir, 'keys', 'rcm.public.jwk');
  const certify = ruta(
    [
      'certify',
      '--scheme',
      'regional',
      '--record',
      record,
      '--packs',
      regionalPack,
      '--key',
      join(dir, 'keys', 'rcm.private.jwk'),
      '--issuer',
      'issuer.json',
      '--out',
      'certificates',
      '--as-of',
      '2026-07-01',
    ],
    { cwd: dir },
  );
  expect(certify.code, certify.stderr).toBe(0);
  const jwt = readFileSync(join(dir, 'certificates', 'ana-perez-completion.jwt'), 'utf8').trim();
  const [header, payload, signature] = jwt.split('.') as [string, string, string];
  const claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
  claims.validUntil = '2099-12-31T23:59:59Z';
  tampered = join(dir, 'tampered.jwt');
  writeFileSync(
    tampered,
    `${header}.${Buffer.from(JSON.stringify(claims)).toString('base64url')}.${signature}`,
  );
});

describe('the ruta executable under a closed pipe', () => {
  it('a tampered credential still exits 1, with --json on a closed stdout or with both streams closed', async () => {
    expect(await rutaWithClosedPipe(['verify', tampered, '--trust', publicKey, '--json'])).toEqual({
      code: 1,
      signal: null,
    });
    expect(
      await rutaWithClosedPipe(['verify', tampered, '--trust', publicKey], { closeStderr: true }),
    ).toEqual({ code: 1, signal: null });
  });

  it('a forged result and a choice not offered still exit 1', async () => {
    // A result the lab submitted, with a better score claimed than its events give.
    const record = JSON.parse(readFileSync(join(cliDir, 'examples', 'ana-perez.record.json'), 'utf8'));
    const result = { ...record.scenarioResults[0], claimed: { overall: 1, outcome: 'protected' } };
    result.events = result.events.slice(0, -1);
    const forged = writeJson(join(dir, 'forged.json'), result);
    const replay = ['play', regionalPack, '--events', forged, '--json'];
    expect(ruta(replay).code).toBe(1);
    expect(await rutaWithClosedPipe(replay, { closeStderr: true })).toEqual({ code: 1, signal: null });
    const notOffered = ['play', scaffold(), '--scenario', 'farm-inspection', '--choices', 'refer-to-shelter'];
    expect(await rutaWithClosedPipe([...notOffered, '--json'], { closeStderr: true })).toEqual({
      code: 1,
      signal: null,
    });
  });

  it('an unfinished scripted play exits 1 and a usage error 2; a success stays 0', async () => {
    const pack = scaffold();
    const unfinished = [
      'play',
      pack,
      '--scenario',
      'farm-inspection',
      '--choices',
      'talk-in-private',
      '--json',
    ];
    expect(await rutaWithClosedPipe(unfinished)).toEqual({ code: 1, signal: null });
    expect(await rutaWithClosedPipe(['verify'], { closeStderr: true })).toEqual({ code: 2, signal: null });
    // The pack's schema is larger than a pipe's buffer: the writes after the reader left are dropped.
    expect(await rutaWithClosedPipe(['schema'])).toEqual({ code: 0, signal: null });
  });

  it('keeps the exit code in a shell pipeline (… | head -1, … | true)', () => {
    const shell = (pipeline: string) =>
      spawnSync(
        'bash',
        ['-c', `"${process.execPath}" "${binPath}" ${pipeline}; echo "status \${PIPESTATUS[0]}"`],
        {
          cwd: dir,
          encoding: 'utf8',
          env: { ...process.env, LC_ALL: '', LC_MESSAGES: '', LANG: 'en_US.UTF-8' },
        },
      );
    const failed = shell(`verify "${tampered}" --trust "${publicKey}" --json | head -1`);
    expect(failed.stdout).toMatch(/status 1\n$/);
    expect(shell(`verify "${tampered}" --trust "${publicKey}" 2>&1 | true`).stdout).toBe('status 1\n');
    expect(shell('schema | head -c 1 >/dev/null').stdout).toBe('status 0\n');
  });
});
