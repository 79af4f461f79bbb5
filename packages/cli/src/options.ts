import { parseArgs } from 'node:util';
import { usageError } from './failures';
import type { Messages } from './messages';

/** An option of a command: a flag (`--json`) or an option with a value (`--scenario id`). */
export interface OptionSpec {
  type: 'string' | 'boolean';
  /** May be given several times; `variadic` also takes the words after it (`--trust a.jwk b.jwk`). */
  multiple?: boolean;
  variadic?: boolean;
  short?: string;
}

export type OptionSpecs = Record<string, OptionSpec>;

export interface CommandLine {
  values: Record<string, string | boolean | string[] | undefined>;
  positionals: string[];
}

/** Options every command accepts. */
export const globalOptions: OptionSpecs = {
  lang: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
};

/** `--trust a b --json` → `--trust a --trust b --json`: the words after a variadic option are its values. */
function expandVariadic(args: readonly string[], specs: OptionSpecs): string[] {
  const out: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    out.push(arg);
    const name = arg.startsWith('--') && !arg.includes('=') ? arg.slice(2) : undefined;
    if (name === undefined || specs[name]?.variadic !== true) continue;
    if (i + 1 < args.length) out.push(args[++i] as string);
    while (i + 1 < args.length && !(args[i + 1] as string).startsWith('-'))
      out.push(arg, args[++i] as string);
  }
  return out;
}

/** Whether a word is one of the options (`--name`, `--name=value`, `-h`), rather than a value. */
function isOptionWord(word: string, specs: OptionSpecs): boolean {
  if (word === '-' || !word.startsWith('-')) return false;
  if (word.startsWith('--')) return Object.hasOwn(specs, word.slice(2).split('=')[0] as string);
  return Object.values(specs).some((spec) => spec.short !== undefined && word === `-${spec.short}`);
}

/**
 * `--max-states -5` → `--max-states=-5`: a value that starts with a dash but is no option is the value of
 * the option before it, so the command can say what is wrong with it (not that the value is missing).
 */
function attachDashValues(args: readonly string[], specs: OptionSpecs): string[] {
  const out: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    const next = args[i + 1];
    const name = arg.startsWith('--') && !arg.includes('=') ? arg.slice(2) : undefined;
    if (
      name !== undefined &&
      specs[name]?.type === 'string' &&
      next?.startsWith('-') === true &&
      next !== '-' &&
      next !== '--' &&
      !isOptionWord(next, specs)
    ) {
      out.push(`${arg}=${next}`);
      i++;
    } else out.push(arg);
  }
  return out;
}

function optionNameIn(message: string): string {
  const quoted = /'(-[^' ]+)/.exec(message);
  return quoted?.[1] ?? message;
}

/**
 * Parses a command's arguments strictly with `node:util` `parseArgs`; an unknown option, an option without
 * its value or a flag given a value is a usage error (exit 2) in the user's language.
 */
export function parseCommandLine(args: readonly string[], specs: OptionSpecs, t: Messages): CommandLine {
  const all: OptionSpecs = { ...globalOptions, ...specs };
  const options: Record<string, { type: 'string' | 'boolean'; multiple?: boolean; short?: string }> = {};
  for (const [name, spec] of Object.entries(all))
    options[name] = {
      type: spec.type,
      ...(spec.multiple || spec.variadic ? { multiple: true } : {}),
      ...(spec.short ? { short: spec.short } : {}),
    };
  try {
    const parsed = parseArgs({
      args: expandVariadic(attachDashValues(args, all), all),
      options,
      allowPositionals: true,
      strict: true,
    });
    return { values: parsed.values as CommandLine['values'], positionals: parsed.positionals };
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    const message = error instanceof Error ? error.message : String(error);
    const name = optionNameIn(message);
    if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') throw usageError(t.unknownOption(name));
    if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
      const bare = name.replace(/^-+/, '').split(/[ =]/)[0] ?? name;
      throw usageError(
        all[bare]?.type === 'boolean' ? t.optionTakesNoValue(`--${bare}`) : t.optionNeedsValue(`--${bare}`),
      );
    }
    throw usageError(t.badCommandLine(message));
  }
}

/** The value of a string option (the last one when repeated). */
export function stringOption(line: CommandLine, name: string): string | undefined {
  const value = line.values[name];
  if (Array.isArray(value)) return value[value.length - 1];
  return typeof value === 'string' ? value : undefined;
}

/** Every value of a repeatable option. */
export function listOption(line: CommandLine, name: string): string[] {
  const value = line.values[name];
  if (Array.isArray(value)) return value;
  return typeof value === 'string' ? [value] : [];
}

export function flag(line: CommandLine, name: string): boolean {
  return line.values[name] === true;
}

/** Exactly `names.length` positionals, else a usage error naming the missing or the extra one. */
export function positionals(line: CommandLine, names: readonly string[], t: Messages): string[] {
  if (line.positionals.length > names.length)
    throw usageError(t.unexpectedArgument(line.positionals[names.length] as string));
  if (line.positionals.length < names.length)
    throw usageError(t.missingArgument(names[line.positionals.length] as string));
  return line.positionals;
}

/** A required option, else a usage error. */
export function requiredOption(line: CommandLine, name: string, t: Messages): string {
  const value = stringOption(line, name);
  if (value === undefined || value === '') throw usageError(t.missingOption(`--${name}`));
  return value;
}
