import type { Language } from '@ruta/curriculum';
import type { Io } from './io';
import type { Messages } from './messages';
import type { CommandLine, OptionSpecs } from './options';

/** What a command gets: the streams, the user's language and its messages. */
export interface Context {
  io: Io;
  lang: Language;
  t: Messages;
}

/** One `ruta <name>` command: its options and what it does (resolving to the exit code). */
export interface Command {
  name: CommandName;
  options: OptionSpecs;
  run(line: CommandLine, context: Context): Promise<number>;
}

/** The commands of `ruta`, in the order `ruta --help` lists them. */
export const commandNames = [
  'validate',
  'analyze',
  'play',
  'new-pack',
  'schema',
  'keygen',
  'certify',
  'verify',
  'xapi',
] as const;
export type CommandName = (typeof commandNames)[number];

/** Prints a JSON value (two-space indented) on standard output. */
export function printJson(io: Io, value: unknown): void {
  io.out(`${JSON.stringify(value, null, 2)}\n`);
}
