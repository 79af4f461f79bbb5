import { closeSync, fstatSync, mkdirSync, openSync, readSync, type Stats, statSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Readable } from 'node:stream';
import { type CliFailure, checkFailure, usageError } from './failures';
import type { Io } from './io';
import type { Messages } from './messages';

/** The largest file a command reads (the shipped packs are about 0.2 MB). */
export const maxFileBytes = 32 * 1024 * 1024;

function errorCode(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : undefined;
}

/**
 * Bytes → text, refusing what is not UTF-8 text (a binary file), without its byte-order mark (or with it,
 * for a reader that handles it itself: the engine's pack reader).
 */
function decodeText(bytes: Uint8Array, shown: string, t: Messages, keepByteOrderMark = false): string {
  if (bytes.includes(0)) throw checkFailure(t.notText(shown));
  let text: string;
  try {
    // (ignoreBOM: the decoder keeps a byte-order mark, so exactly one is removed below, or none.)
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    throw checkFailure(t.notText(shown));
  }
  return !keepByteOrderMark && text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** What a path names, as a command reads it. */
export type PathKind =
  | 'file'
  | 'directory'
  | 'missing'
  | 'loop'
  | 'denied'
  | 'character-device'
  | 'block-device'
  | 'fifo'
  | 'socket'
  | 'other';

function kindOfStats(stats: Stats): PathKind {
  if (stats.isFile()) return 'file';
  if (stats.isDirectory()) return 'directory';
  if (stats.isCharacterDevice()) return 'character-device';
  if (stats.isBlockDevice()) return 'block-device';
  if (stats.isFIFO()) return 'fifo';
  if (stats.isSocket()) return 'socket';
  return 'other';
}

function kindOfError(error: unknown): PathKind {
  const code = errorCode(error);
  if (code === 'ELOOP') return 'loop';
  if (code === 'EACCES' || code === 'EPERM') return 'denied';
  return 'missing';
}

/** What a path is (following symbolic links): a regular file, a directory, a device…, or why not. */
export function fileKind(path: string): PathKind {
  try {
    return kindOfStats(statSync(path));
  } catch (error) {
    return kindOfError(error);
  }
}

/**
 * The usage error for a path that cannot be read as a file, naming the real problem: missing, a
 * directory, a symbolic link loop, no permission, or not a regular file (a device, a pipe, a socket).
 */
export function notAFileError(kind: PathKind, name: string, t: Messages): CliFailure {
  switch (kind) {
    case 'directory':
      return usageError(t.isDirectory(name));
    case 'loop':
      return usageError(t.symlinkLoop(name));
    case 'denied':
      return usageError(t.permissionDenied(name));
    case 'character-device':
    case 'block-device':
    case 'fifo':
    case 'socket':
    case 'other':
      return usageError(t.notRegularFile(name, t.fileKinds[kind]));
    default:
      return usageError(t.fileNotFound(name));
  }
}

/**
 * Reads a text file named on the command line. Only a regular file is read (a device such as /dev/zero, a
 * pipe or a socket is refused before anything is read), and never more than `maxFileBytes`: the limit is
 * enforced while reading, so a file that grows or lies about its size cannot make the command read without
 * bound. A missing file, a directory, a symbolic link loop, no permission or not a regular file is a usage
 * error (exit 2); a file too large or not text fails with exit 1.
 */
export function readTextFile(
  io: Io,
  t: Messages,
  name: string,
  options: { keepByteOrderMark?: boolean } = {},
): { path: string; text: string } {
  const path = resolve(io.cwd, name);
  const kind = fileKind(path);
  if (kind !== 'file') throw notAFileError(kind, name, t);
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch (error) {
    const code = errorCode(error);
    if (code === 'ENOENT' || code === 'ENOTDIR' || code === 'ELOOP' || code === 'EACCES' || code === 'EPERM')
      throw notAFileError(kindOfError(error), name, t);
    throw usageError(t.cannotRead(name, code ?? String(error)));
  }
  try {
    // The path may have changed between the check and the open: check what was opened.
    const opened = kindOfStats(fstatSync(fd));
    if (opened !== 'file') throw notAFileError(opened, name, t);
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const chunk = Buffer.allocUnsafe(Math.min(1024 * 1024, maxFileBytes + 1 - total));
      let read: number;
      try {
        read = readSync(fd, chunk, 0, chunk.length, null);
      } catch (error) {
        throw usageError(t.cannotRead(name, errorCode(error) ?? String(error)));
      }
      if (read === 0) break;
      total += read;
      if (total > maxFileBytes)
        throw checkFailure(t.fileTooLarge(name, Math.max(total, fstatSync(fd).size), maxFileBytes));
      chunks.push(chunk.subarray(0, read));
    }
    return { path, text: decodeText(Buffer.concat(chunks, total), name, t, options.keepByteOrderMark) };
  } finally {
    closeSync(fd);
  }
}

/**
 * Makes sure a folder a command writes into exists, creating it and its parents when missing. Something
 * else at that path (a file) is a usage error; a folder that cannot be created fails with exit 1.
 */
export function ensureDirectory(path: string, shown: string, t: Messages): void {
  const kind = fileKind(path);
  if (kind === 'directory') return;
  if (kind !== 'missing') throw usageError(t.notADirectory(shown));
  try {
    mkdirSync(path, { recursive: true });
  } catch (error) {
    const code = errorCode(error);
    if (code === 'ENOTDIR' || code === 'EEXIST') throw usageError(t.notADirectory(shown));
    throw checkFailure(t.cannotWrite(shown, code ?? String(error)));
  }
}

/** Reads all of standard input as text, with the same limits as a file. */
export async function readStdin(stdin: Readable, t: Messages): Promise<string> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of stdin) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    total += bytes.length;
    if (total > maxFileBytes) throw checkFailure(t.fileTooLarge('-', total, maxFileBytes));
    chunks.push(bytes);
  }
  return decodeText(Buffer.concat(chunks), '-', t);
}

/** A file's text (or standard input's for `-`). */
export async function readTextArgument(io: Io, t: Messages, name: string): Promise<string> {
  if (name === '-') return readStdin(io.stdin, t);
  return readTextFile(io, t, name).text;
}

/** Reads a JSON file: a syntax error is a check failure naming the file, the line and the column. */
export async function readJsonArgument(io: Io, t: Messages, name: string): Promise<unknown> {
  const text = await readTextArgument(io, t, name);
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw checkFailure(t.notJson(name, jsonErrorPlace(text, error)));
  }
}

/** "line 3, column 7" for a JSON.parse error (V8 reports a position), or V8's own words. */
function jsonErrorPlace(text: string, error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const position = /position (\d+)/.exec(message);
  const atEnd = /end of JSON input/.test(message);
  if (position === null && !atEnd) return message;
  const offset = position === null ? text.length : Number(position[1]);
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  const column = offset - before.lastIndexOf('\n');
  return `${line}:${column}`;
}
