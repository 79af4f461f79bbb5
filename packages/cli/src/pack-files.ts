import { accessSync, constants, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import type { Language } from '@ruta/curriculum';
import { type Pack, type PackIssue, parsePackJson } from '@ruta/scenario-engine';
import { type ValidationIssue, validatePackJson } from '@ruta/scenario-engine/validate';
import { checkFailure, usageError } from './failures';
import { fileKind, notAFileError, readTextFile } from './files';
import type { Io } from './io';
import type { Messages } from './messages';

const packageName = /^(@[a-z0-9][a-z0-9._~-]*\/)?[a-z0-9][a-z0-9._~-]*$/;

/** The `pack.json` a package directory points at: `exports["./pack.json"]`, else `pack.json`. */
function packFileOfDirectory(dir: string): string | undefined {
  const manifest = join(dir, 'package.json');
  if (fileKind(manifest) === 'file') {
    try {
      const pkg = JSON.parse(readFileSync(manifest, 'utf8')) as { exports?: unknown };
      const exported =
        typeof pkg.exports === 'object' && pkg.exports !== null
          ? (pkg.exports as Record<string, unknown>)['./pack.json']
          : undefined;
      const target =
        typeof exported === 'string'
          ? exported
          : typeof exported === 'object' && exported !== null
            ? (exported as Record<string, unknown>).default
            : undefined;
      if (typeof target === 'string' && fileKind(join(dir, target)) === 'file') return join(dir, target);
    } catch {
      // A broken package.json does not hide a pack.json beside it.
    }
  }
  // A pack.json that is there but cannot be read (no permission, a symlink loop…) is reported as such.
  const plain = join(dir, 'pack.json');
  return fileKind(plain) === 'missing' ? undefined : plain;
}

/**
 * The pack file a command-line argument names: a file, a directory holding `pack.json`, a package
 * directory (its `exports["./pack.json"]`), or an installed package's name (`@ruta/pack-sv`).
 */
export function locatePackFile(io: Io, t: Messages, argument: string): string {
  const path = resolve(io.cwd, argument);
  const kind = fileKind(path);
  if (kind === 'file') return path;
  if (kind === 'directory') {
    try {
      accessSync(path, constants.R_OK | constants.X_OK);
    } catch {
      throw usageError(t.directoryUnreadable(argument));
    }
    const found = packFileOfDirectory(path);
    if (found === undefined) throw usageError(t.noPackInDirectory(argument));
    return found;
  }
  if (kind === 'missing' && packageName.test(argument)) {
    try {
      const manifest = createRequire(join(io.cwd, 'package.json')).resolve(`${argument}/package.json`);
      const found = packFileOfDirectory(resolve(manifest, '..'));
      if (found !== undefined) return found;
    } catch {
      // Not an installed package either: report the missing file.
    }
  }
  throw notAFileError(kind, argument, t);
}

/** `path: message` — how every issue of a pack is printed. */
export const issueLine = (issue: { path: string; message: string }) => `${issue.path}: ${issue.message}`;

export interface ReadPack {
  /** The absolute path of the pack file read. */
  file: string;
  /** The argument as the user wrote it. */
  shown: string;
  result: { ok: true; value: Pack } | { ok: false; issues: (PackIssue | ValidationIssue)[] };
}

export interface ReadPackOptions {
  /** The language of the issues' messages (the engine's `{ lang }`). */
  lang?: Language;
  /** Also run the static checks (`validatePackJson`): what `ruta validate` calls valid. */
  staticChecks?: boolean;
}

/**
 * Locates, reads and checks a pack: the engine's `parsePackJson` (syntax, duplicate keys, every field rule),
 * or with `staticChecks` its `validatePackJson` (and the static checks). The file's text goes to the engine
 * as decoded, byte-order mark included, so the CLI and the engine read a file the same way.
 */
export function readPack(io: Io, t: Messages, argument: string, options: ReadPackOptions = {}): ReadPack {
  const file = locatePackFile(io, t, argument);
  const { text } = readTextFile(io, t, file, { keepByteOrderMark: true });
  const engineOptions = options.lang === undefined ? {} : { lang: options.lang };
  return {
    file,
    shown: argument,
    result: options.staticChecks ? validatePackJson(text, engineOptions) : parsePackJson(text, engineOptions),
  };
}

/** A pack that passes the field rules, or a check failure listing every issue (in `lang`). */
export function loadPack(io: Io, t: Messages, argument: string, lang?: Language): Pack {
  const read = readPack(io, t, argument, lang === undefined ? {} : { lang });
  if (!read.result.ok)
    throw checkFailure(t.packInvalid(argument, read.result.issues.length), read.result.issues.map(issueLine));
  return read.result.value;
}

/** The scenario of a pack, or a usage error listing the pack's scenarios. */
export function scenarioOf(pack: Pack, id: string, t: Messages) {
  const scenario = pack.scenarios.find((s) => s.id === id);
  if (scenario === undefined)
    throw usageError(
      t.unknownScenario(
        pack.id,
        id,
        pack.scenarios.map((s) => s.id),
      ),
    );
  return scenario;
}

/** The scenario packs shipped with Ruta, used by `certify` when no `--packs` are given. */
export const shippedPacks = ['@ruta/pack-regional', '@ruta/pack-mx', '@ruta/pack-sv'] as const;

/**
 * The `pack.json` files of the shipped packs that can be resolved from the working directory or from
 * the CLI's own installation (in this repository: `scenarios/*`).
 */
export function shippedPackFiles(io: Io): string[] {
  const own = typeof __filename === 'string' ? [__filename] : [];
  const found: string[] = [];
  for (const name of shippedPacks) {
    for (const from of [join(io.cwd, 'package.json'), ...own]) {
      try {
        const manifest = createRequire(from).resolve(`${name}/package.json`);
        const file = packFileOfDirectory(resolve(manifest, '..'));
        if (file !== undefined) {
          found.push(file);
          break;
        }
      } catch {
        // Not resolvable from there.
      }
    }
  }
  return found;
}
