import type { Command } from '../command';
import { printJson } from '../command';
import { CliFailure } from '../failures';
import { flag, positionals } from '../options';
import { issueLine, readPack } from '../pack-files';

/**
 * `ruta validate <pack>`: the engine's `validatePackJson` on a pack file, directory or package — the field
 * rules and the static checks, every message in the user's language (`--lang`).
 */
export const validateCommand: Command = {
  name: 'validate',
  options: { json: { type: 'boolean' } },
  async run(line, { io, t, lang }) {
    const [argument] = positionals(line, [t.argPack], t) as [string];
    const json = flag(line, 'json');
    let read: ReturnType<typeof readPack>;
    try {
      read = readPack(io, t, argument, { lang, staticChecks: true });
    } catch (error) {
      // A file that exists but cannot be read as a pack (binary, too large) is an invalid pack for tools too.
      if (json && error instanceof CliFailure && error.exitCode === 1) {
        printJson(io, { ok: false, file: argument, issues: [{ path: '(file)', message: error.message }] });
        return 1;
      }
      throw error;
    }
    const { result, file } = read;
    if (result.ok) {
      const pack = result.value;
      const summary = {
        id: pack.id,
        version: pack.version,
        country: pack.country,
        languages: pack.languages,
        scenarios: pack.scenarios.map((s) => s.id),
        journeys: (pack.journeys ?? []).map((j) => j.id),
      };
      if (json) printJson(io, { ok: true, file, pack: summary });
      else io.out(`${t.packValid(pack.id, pack.version, pack.scenarios.length, pack.languages)}\n`);
      return 0;
    }
    if (json) printJson(io, { ok: false, file, issues: result.issues });
    else {
      io.err(`ruta: ${t.packInvalid(argument, result.issues.length)}\n`);
      for (const issue of result.issues) io.err(`  ${issueLine(issue)}\n`);
    }
    return 1;
  },
};
