import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { binPath, regionalPack, ruta, scaffold, temporaryDirectory } from './ruta';

/**
 * What `ruta` reads: only regular files (or `-`, standard input), never more than its limit (32 MB), and
 * when a path cannot be read, a message that names the real problem.
 */

/** Runs `ruta` as an unprivileged user when the tests run as root (root reads every file regardless). */
function rutaUnprivileged(args: readonly string[]) {
  const asRoot = process.getuid?.() === 0;
  const run = spawnSync(process.execPath, [binPath, ...args], {
    encoding: 'utf8',
    env: { ...process.env, LC_ALL: '', LC_MESSAGES: '', LANG: 'en_US.UTF-8' },
    ...(asRoot ? { uid: 65534, gid: 65534 } : {}),
  });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

/** A temporary directory that every user may enter (the parents made by mkdtemp are private). */
function sharedDirectory(): string {
  const dir = temporaryDirectory('ruta-files-');
  for (let at = dir; at !== dirname(at) && at.includes('ruta-cli-tests-'); at = dirname(at))
    chmodSync(at, 0o755);
  return dir;
}

describe('input files', () => {
  it('refuses a device without reading it: /dev/null as a pack, /dev/zero as a credential or events', () => {
    const devNull = ruta(['validate', '/dev/null']);
    expect(devNull.code).toBe(2);
    expect(devNull.stderr).toBe(
      'ruta: "/dev/null" is not a regular file (it is a character device); give a file\n',
    );
    const zero = ruta(['verify', '/dev/zero', '--trust', '/dev/zero']);
    expect(zero.code).toBe(2);
    expect(zero.stderr).toBe(
      'ruta: "/dev/zero" is not a regular file (it is a character device); give a file\n',
    );
    const events = ruta([
      'play',
      regionalPack,
      '--scenario',
      'identification-border-post',
      '--events',
      '/dev/zero',
    ]);
    expect(events.code).toBe(2);
    expect(events.stderr).toContain('"/dev/zero" is not a regular file');
    expect(ruta(['validate', '/dev/null', '--lang', 'es']).stderr).toBe(
      'ruta: «/dev/null» no es un archivo normal (es un dispositivo de caracteres); indique un archivo\n',
    );
  });

  it('refuses a named pipe without waiting for a writer', () => {
    const fifo = join(temporaryDirectory(), 'events.fifo');
    execFileSync('mkfifo', [fifo]);
    const run = ruta(['play', scaffold(), '--scenario', 'farm-inspection', '--events', fifo]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('is not a regular file (it is a named pipe)');
  });

  it('says "a loop of symbolic links", not "no such file"', () => {
    const dir = temporaryDirectory();
    symlinkSync(join(dir, 'b.json'), join(dir, 'a.json'));
    symlinkSync(join(dir, 'a.json'), join(dir, 'b.json'));
    const run = ruta(['validate', join(dir, 'a.json')]);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      `ruta: "${join(dir, 'a.json')}" is a loop of symbolic links (it leads to no file)\n`,
    );
    expect(ruta(['verify', join(dir, 'a.json'), '--trust', join(dir, 'b.json')]).stderr).toContain(
      'is a loop of symbolic links',
    );
  });

  it('says "permission denied" for an unreadable folder or file, not "no pack.json" or "no such file"', () => {
    const dir = sharedDirectory();
    const locked = join(dir, 'locked-pack');
    mkdirSync(locked);
    copyFileSync(join(regionalPack, 'pack.json'), join(locked, 'pack.json'));
    chmodSync(locked, 0o000);
    const folder = rutaUnprivileged(['validate', locked]);
    expect(folder.code).toBe(2);
    expect(folder.stderr).toBe(`ruta: cannot read the directory "${locked}": permission denied\n`);
    const file = join(dir, 'secret.json');
    writeFileSync(file, '[]');
    chmodSync(file, 0o000);
    const unreadable = rutaUnprivileged(['validate', file]);
    expect(unreadable.code).toBe(2);
    expect(unreadable.stderr).toBe(`ruta: cannot read "${file}": permission denied\n`);
    chmodSync(locked, 0o755);
  });

  it('stops reading at 32 MB, from a file or from standard input (exit 1)', () => {
    const big = join(temporaryDirectory(), 'big.json');
    writeFileSync(big, Buffer.alloc(33 * 1024 * 1024, 0x20));
    const file = ruta(['verify', big, '--trust', big]);
    expect(file.code).toBe(1);
    expect(file.stderr).toBe(`ruta: "${big}" is too large (33.0 MB; at most 32.0 MB)\n`);
    const stdin = ruta(['play', scaffold(), '--scenario', 'farm-inspection', '--events', '-'], {
      input: ' '.repeat(33 * 1024 * 1024),
    });
    expect(stdin.code).toBe(1);
    expect(stdin.stderr).toMatch(/^ruta: "-" is too large \(\d+\.\d MB; at most 32\.0 MB\)\n$/);
  });
});

describe('option values', () => {
  it('takes a value that starts with a dash as the value, and says what is wrong with it', () => {
    const run = ruta(['analyze', regionalPack, '--max-states', '-5']);
    expect(run.code).toBe(2);
    // What is wrong with the value, not that it is missing.
    expect(run.stderr).toMatch(/^ruta: --max-states "-5" must be a positive [^\n]+\n$/);
    // A known option after an option that needs a value: the value is missing.
    expect(ruta(['analyze', regionalPack, '--max-states', '--json']).stderr).toBe(
      'ruta: option --max-states needs a value\n',
    );
  });
});
