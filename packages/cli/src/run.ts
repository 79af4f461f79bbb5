import type { Language } from '@ruta/curriculum';
import { version } from '../package.json';
import { type Command, type CommandName, type Context, commandNames } from './command';
import { analyzeCommand } from './commands/analyze';
import { certifyCommand } from './commands/certify';
import { keygenCommand } from './commands/keygen';
import { newPackCommand } from './commands/new-pack';
import { playCommand } from './commands/play';
import { schemaCommand } from './commands/schema';
import { validateCommand } from './commands/validate';
import { verifyCommand } from './commands/verify';
import { xapiCommand } from './commands/xapi';
import { CliFailure } from './failures';
import { type CliIo, completeIo } from './io';
import { languageFromArgs, languageFromEnvironment, type Messages, messagesIn } from './messages';
import { parseCommandLine } from './options';

const commands: Record<CommandName, Command> = {
  validate: validateCommand,
  analyze: analyzeCommand,
  play: playCommand,
  'new-pack': newPackCommand,
  schema: schemaCommand,
  keygen: keygenCommand,
  certify: certifyCommand,
  verify: verifyCommand,
  xapi: xapiCommand,
};

function globalHelp(t: Messages): string {
  const width = Math.max(...commandNames.map((name) => name.length));
  const lines = [
    t.globalUsage,
    '',
    t.commandsHeading,
    ...commandNames.map((name) => `  ${name.padEnd(width)}  ${t.help[name].summary}`),
    '',
    t.globalOptionsHelp,
    '',
    t.exitCodesHelp,
  ];
  return `${lines.join('\n')}\n`;
}

function commandHelp(name: CommandName, t: Messages): string {
  const help = t.help[name];
  return `${[`${t.usageWord}: ${help.usage}`, '', help.summary, '', help.details, '', t.globalOptionsHelp].join('\n')}\n`;
}

/**
 * Runs `ruta` with the given arguments (without the `node` and script paths) and resolves to the exit
 * code: 0 done, 1 a check failed (invalid pack, refused choice, invalid credential), 2 a usage error.
 * Never throws and never prints a stack trace: every failure becomes a message in the user's language.
 *
 * @example
 * const code = await run(['validate', 'scenarios/sv'], { stdout: { write: (s) => out.push(s) } });
 */
export async function run(argv: readonly string[], cliIo: CliIo = {}): Promise<number> {
  const io = completeIo(cliIo);
  let lang: Language = languageFromEnvironment(io.env);
  let t = messagesIn(lang);
  try {
    const fromArgs = languageFromArgs(argv, t);
    if (fromArgs !== undefined) {
      lang = fromArgs;
      t = messagesIn(lang);
    }
    const args = [...argv];
    // Options before the command: only --lang (already read), --help and --version.
    while (args[0]?.startsWith('--lang')) args.splice(0, args[0] === '--lang' ? 2 : 1);
    const [first, ...rest] = args;
    if (first === undefined) {
      io.err(`ruta: ${t.noCommand}\n`);
      return 2;
    }
    if (first === '--help' || first === '-h' || first === 'help') {
      // The topic is the first word that is neither an option nor the value of --lang.
      const topic = rest.find((arg, i) => !arg.startsWith('-') && rest[i - 1] !== '--lang');
      if (topic !== undefined) {
        const command = Object.hasOwn(commands, topic) ? commands[topic as CommandName] : undefined;
        if (command === undefined) {
          io.err(`ruta: ${t.unknownCommand(topic)}\n`);
          return 2;
        }
        io.out(commandHelp(command.name, t));
        return 0;
      }
      io.out(globalHelp(t));
      return 0;
    }
    if (first === '--version' || first === '-v') {
      io.out(`${version}\n`);
      return 0;
    }
    if (first.startsWith('-')) {
      io.err(`ruta: ${t.unknownOption(first)}\n`);
      return 2;
    }
    const command = Object.hasOwn(commands, first) ? commands[first as CommandName] : undefined;
    if (command === undefined) {
      io.err(`ruta: ${t.unknownCommand(first)}\n`);
      return 2;
    }
    if (rest.includes('--help') || rest.includes('-h')) {
      io.out(commandHelp(command.name, t));
      return 0;
    }
    const context: Context = { io, lang, t };
    return await command.run(parseCommandLine(rest, command.options, t), context);
  } catch (error) {
    if (error instanceof CliFailure) {
      io.err(`ruta: ${error.message}\n`);
      for (const detail of error.details) io.err(`  ${detail}\n`);
      return error.exitCode;
    }
    const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    io.err(`ruta: ${t.unexpectedError(message.split('\n')[0] ?? message)}\n`);
    return 1;
  }
}
