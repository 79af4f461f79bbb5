import type { Readable } from 'node:stream';

/**
 * Where a command reads and writes. `run(argv)` uses the process's streams, environment and working
 * directory; an embedder or a test passes its own (every field is optional).
 */
export interface CliIo {
  /** Receives normal output (reports, JSON, the schema). */
  stdout?: { write(text: string): unknown };
  /** Receives errors and diagnostics. */
  stderr?: { write(text: string): unknown };
  /** Read by `play` (interactive) and by `--events -`. */
  stdin?: Readable;
  /** Environment variables (for `LC_ALL`, `LC_MESSAGES`, `LANG`). */
  env?: Record<string, string | undefined>;
  /** The directory relative paths are resolved against. */
  cwd?: string;
  /** The clock (`certify`'s default date, `verify`'s "now"). */
  now?: () => Date;
}

/** A `CliIo` with every field filled. */
export interface Io {
  out(text: string): void;
  err(text: string): void;
  stdin: Readable;
  env: Record<string, string | undefined>;
  cwd: string;
  now: () => Date;
  /** The terminal's width when standard output is a terminal (long texts are wrapped to it), else undefined. */
  columns: number | undefined;
}

export function completeIo(io: CliIo = {}): Io {
  const stdout = io.stdout ?? process.stdout;
  const stderr = io.stderr ?? process.stderr;
  const terminal = stdout as { isTTY?: boolean; columns?: number };
  return {
    out: (text) => {
      stdout.write(text);
    },
    err: (text) => {
      stderr.write(text);
    },
    stdin: io.stdin ?? process.stdin,
    env: io.env ?? process.env,
    cwd: io.cwd ?? process.cwd(),
    now: io.now ?? (() => new Date()),
    columns: terminal.isTTY === true && typeof terminal.columns === 'number' ? terminal.columns : undefined,
  };
}
