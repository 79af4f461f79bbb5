import { formatPath } from '@ruta/curriculum';
import { forbiddenKeys, maxDepth, maxStringLength } from './guard';
import { type PackMessages, packMessages } from './messages/pack-messages';

/**
 * A small JSON reader for pack files. Unlike `JSON.parse` it reports syntax errors with line and column,
 * reports a key repeated within one object (JSON.parse silently keeps the last of two nodes with the same
 * id), refuses nesting deeper than a pack needs and huge strings, and defines a `__proto__` key as a plain own
 * property, so it can never reach a prototype.
 */

export interface JsonTextIssue {
  path: string;
  message: string;
}

export type JsonTextResult =
  | { ok: true; value: unknown; duplicates: JsonTextIssue[] }
  | { ok: false; issues: JsonTextIssue[] };

/** Longest pack file accepted (10 MB of text). */
export const maxJsonLength = 10_000_000;

class JsonSyntaxError extends Error {}

/**
 * The byte-order marks a pack file may start with: one (`\uFEFF`), as editors on Windows write it. A second
 * one is not a byte-order mark but text before the document, and is a syntax error; the CLI hands the
 * engine the file's text as decoded, its byte-order mark included, so both read a file the same way.
 */
export function skipByteOrderMark(text: string): number {
  return text.charCodeAt(0) === 0xfeff ? 1 : 0;
}

export function readJsonText(text: string, t: PackMessages = packMessages.en): JsonTextResult {
  if (typeof text !== 'string') return { ok: false, issues: [{ path: '(root)', message: t.notJsonText }] };
  if (text.length > maxJsonLength)
    return {
      ok: false,
      issues: [
        {
          path: '(root)',
          message: t.fileTooLong(text.length, maxJsonLength),
        },
      ],
    };
  let pos = 0;
  const path: PropertyKey[] = [];
  const duplicates: JsonTextIssue[] = [];
  const issues: JsonTextIssue[] = [];

  const where = (at: number): [line: number, column: number] => {
    let line = 1;
    let column = 1;
    for (let i = 0; i < at && i < text.length; i++) {
      if (text.charCodeAt(i) === 10) {
        line++;
        column = 1;
      } else column++;
    }
    return [line, column];
  };
  const fail = (message: string, at = pos): never => {
    const [line, column] = where(at);
    issues.push({ path: formatPath(path), message: t.syntaxError(line, column, message) });
    throw new JsonSyntaxError(message);
  };
  const describeAt = (at: number) =>
    at >= text.length
      ? t.endOfFile
      : text.charCodeAt(at) === 0xfeff
        ? t.byteOrderMark
        : `${JSON.stringify(text[at])}`;

  const skipSpace = () => {
    while (pos < text.length) {
      const c = text.charCodeAt(pos);
      if (c === 32 || c === 9 || c === 10 || c === 13) pos++;
      else break;
    }
  };

  /** True when text[from, to) holds no backslash and no control character: it needs no decoding. */
  const isPlain = (from: number, to: number) => {
    for (let i = from; i < to; i++) {
      const c = text.charCodeAt(i);
      if (c < 32 || c === 92) return false;
    }
    return true;
  };
  const readString = (): string => {
    const start = pos;
    pos++; // opening quote
    // Fast path: no escape and no control character before the closing quote.
    const close = text.indexOf('"', pos);
    if (close !== -1 && close - pos <= maxStringLength) {
      if (isPlain(pos, close)) {
        const chunk = text.slice(pos, close);
        pos = close + 1;
        return chunk;
      }
    }
    let out = '';
    let chunk = pos;
    for (;;) {
      if (pos >= text.length) fail(t.textNotClosed, start);
      const c = text.charCodeAt(pos);
      if (c === 34) {
        out += text.slice(chunk, pos);
        pos++;
        break;
      }
      if (c < 32) fail(t.controlCharacter);
      if (c === 92) {
        out += text.slice(chunk, pos);
        const e = text[pos + 1];
        switch (e) {
          case '"':
          case '\\':
          case '/':
            out += e;
            pos += 2;
            break;
          case 'b':
            out += '\b';
            pos += 2;
            break;
          case 'f':
            out += '\f';
            pos += 2;
            break;
          case 'n':
            out += '\n';
            pos += 2;
            break;
          case 'r':
            out += '\r';
            pos += 2;
            break;
          case 't':
            out += '\t';
            pos += 2;
            break;
          case 'u': {
            const hex = text.slice(pos + 2, pos + 6);
            if (!/^[0-9a-fA-F]{4}$/.test(hex)) fail(t.badUnicodeEscape);
            out += String.fromCharCode(Number.parseInt(hex, 16));
            pos += 6;
            break;
          }
          default:
            fail(t.unknownEscape(e ?? ''));
        }
        chunk = pos;
      } else pos++;
      if (pos - start > maxStringLength + 2) fail(t.stringTooLong(maxStringLength), start);
    }
    return out;
  };

  const numberPattern = /-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/y;
  const readNumber = (): number => {
    numberPattern.lastIndex = pos;
    const match = numberPattern.exec(text);
    if (match === null || match[0] === '-') fail(t.unexpected(describeAt(pos)));
    const literal = (match as RegExpExecArray)[0];
    pos += literal.length;
    const value = Number(literal);
    if (!Number.isFinite(value)) fail(t.numberTooLarge(literal), pos - literal.length);
    return value;
  };

  const readLiteral = (word: string, value: unknown) => {
    if (text.startsWith(word, pos)) {
      pos += word.length;
      return value;
    }
    return fail(t.unexpected(describeAt(pos)));
  };

  const readValue = (depth: number): unknown => {
    skipSpace();
    if (depth > maxDepth) fail(t.nestedTooDeep(maxDepth));
    const c = text[pos];
    switch (c) {
      case '{':
        return readObject(depth);
      case '[':
        return readArray(depth);
      case '"':
        return readString();
      case 't':
        return readLiteral('true', true);
      case 'f':
        return readLiteral('false', false);
      case 'n':
        return readLiteral('null', null);
      default:
        if (c === '-' || (c !== undefined && c >= '0' && c <= '9')) return readNumber();
        return fail(t.expectedValue(describeAt(pos)));
    }
  };

  const readArray = (depth: number): unknown[] => {
    pos++;
    const out: unknown[] = [];
    skipSpace();
    if (text[pos] === ']') {
      pos++;
      return out;
    }
    for (;;) {
      path.push(out.length);
      out.push(readValue(depth + 1));
      path.pop();
      skipSpace();
      const c = text[pos];
      if (c === ',') {
        pos++;
        continue;
      }
      if (c === ']') {
        pos++;
        return out;
      }
      fail(t.expectedCommaOrBracket(describeAt(pos)));
    }
  };

  const readObject = (depth: number): Record<string, unknown> => {
    pos++;
    const out: Record<string, unknown> = {};
    const seenAt = new Map<string, number>();
    skipSpace();
    if (text[pos] === '}') {
      pos++;
      return out;
    }
    for (;;) {
      skipSpace();
      if (text[pos] !== '"') fail(t.expectedKey(describeAt(pos)));
      const keyAt = pos;
      const key = readString();
      skipSpace();
      if (text[pos] !== ':') fail(t.expectedColon(key, describeAt(pos)));
      pos++;
      path.push(key);
      const earlier = seenAt.get(key);
      if (earlier !== undefined)
        duplicates.push({
          path: formatPath(path),
          message: t.duplicateKey(key, ...where(keyAt), ...where(earlier)),
        });
      else seenAt.set(key, keyAt);
      const value = readValue(depth + 1);
      // A forbidden key becomes a plain own property (never a prototype); the pack check then rejects it.
      if (forbiddenKeys.has(key))
        Object.defineProperty(out, key, { value, enumerable: true, writable: true, configurable: true });
      else out[key] = value;
      path.pop();
      skipSpace();
      const c = text[pos];
      if (c === ',') {
        pos++;
        continue;
      }
      if (c === '}') {
        pos++;
        return out;
      }
      fail(t.expectedCommaOrBrace(describeAt(pos)));
    }
  };

  try {
    pos = skipByteOrderMark(text);
    skipSpace();
    if (pos >= text.length) fail(t.emptyFile);
    const value = readValue(0);
    skipSpace();
    if (pos < text.length) fail(t.afterEnd(describeAt(pos)));
    return { ok: true, value, duplicates };
  } catch (error) {
    if (error instanceof JsonSyntaxError) return { ok: false, issues };
    return { ok: false, issues: [{ path: formatPath(path), message: t.couldNotBeRead }] };
  }
}

/**
 * Counts the keys written in the text of a JSON document that `JSON.parse` accepts, without building
 * anything: the fast path of `parsePackJson` compares it with the keys of the parsed value, so a key
 * repeated within an object (which `JSON.parse` silently drops) sends the text to {@link readJsonText}.
 * It jumps from string to string (in valid JSON every unescaped quote opens or closes one; a string followed
 * by `:` is a key). Undefined when a string is longer than the reader accepts: the full reader reports it.
 * (Nesting is not checked here: the fast path's walk of the parsed value gives up on deep nesting.)
 */
export function countJsonKeys(text: string): number | undefined {
  const length = text.length;
  let keys = 0;
  let open = text.indexOf('"');
  while (open !== -1) {
    let close = text.indexOf('"', open + 1);
    for (;;) {
      if (close === -1) return undefined;
      // A quote preceded by an odd number of backslashes is escaped.
      let backslashes = 0;
      while (text.charCodeAt(close - 1 - backslashes) === 92) backslashes++;
      if ((backslashes & 1) === 0) break;
      close = text.indexOf('"', close + 1);
    }
    if (close - open - 1 > maxStringLength) return undefined;
    let pos = close + 1;
    while (pos < length) {
      const c = text.charCodeAt(pos);
      if (c === 32 || c === 10 || c === 13 || c === 9) pos++;
      else break;
    }
    if (text.charCodeAt(pos) === 58) keys++;
    open = text.indexOf('"', pos);
  }
  return keys;
}
