import { readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Readable } from 'node:stream';
import { checkFailure, usageError } from './failures';
import type { Io } from './io';
import type { Messages } from './messages';

/** The largest file a command reads (the shipped packs are about 0.2 MB). */
export const maxFileBytes = 32 * 1024 * 1024;

function errorCode(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : undefined;
}

/** Bytes → text, refusing what is not UTF-8 text (a binary file), without its byte-order mark. */
function decodeText(bytes: Uint8Array, shown: string, t: Messages): string {
  if (bytes.includes(0)) throw checkFailure(t.notText(shown));
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw checkFailure(t.notText(shown));
  }
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** The size of a path, or why it cannot be read as a file (a usage error: the user named the wrong thing). */
export function fileKind(path: string): 'file' | 'directory' | 'missing' | 'other' {
  try {
    const stats = statSync(path);
    if (stats.isFile()) return 'file';
    if (stats.isDirectory()) return 'directory';
    return 'other';
  } catch {
    return 'missing';
  }
}

/**
 * Reads a text file named on the command line. A missing file or a directory is a usage error (exit 2);
 * a file too large, unreadable or not text fails with exit 1.
 */
export function readTextFile(io: Io, t: Messages, name: string): { path: string; text: string } {
  const path = resolve(io.cwd, name);
  let size: number;
  try {
    const stats = statSync(path);
    if (stats.isDirectory()) throw usageError(t.isDirectory(name));
    size = stats.size;
  } catch (error) {
    if (error instanceof Error && error.name === 'CliFailure') throw error;
    if (errorCode(error) === 'ENOENT' || errorCode(error) === 'ENOTDIR')
      throw usageError(t.fileNotFound(name));
    throw usageError(t.cannotRead(name, errorCode(error) ?? String(error)));
  }
  if (size > maxFileBytes) throw checkFailure(t.fileTooLarge(name, size, maxFileBytes));
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    throw usageError(t.cannotRead(name, errorCode(error) ?? String(error)));
  }
  if (bytes.length > maxFileBytes) throw checkFailure(t.fileTooLarge(name, bytes.length, maxFileBytes));
  return { path, text: decodeText(bytes, name, t) };
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
