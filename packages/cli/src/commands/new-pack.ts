import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname, join, resolve } from 'node:path';
import { countryCodes, kebabCase, type Language, languages } from '@ruta/curriculum';
import { version } from '../../package.json';
import type { Command } from '../command';
import { checkFailure, usageError } from '../failures';
import { fileKind } from '../files';
import { positionals, requiredOption, stringOption } from '../options';
import { packTemplateFiles } from '../pack-template';

const countries = [...countryCodes, 'RCM'] as const;
type PackCountry = (typeof countries)[number];

/** The installed engine's version, so the scaffold depends on what the CLI itself runs. */
function engineRange(cwd: string): string {
  // The CLI's own location (defined in its CJS and shimmed ESM builds), then the user's project.
  const own = typeof __filename === 'string' ? [__filename] : [];
  for (const from of [...own, join(cwd, 'package.json')]) {
    try {
      const manifest = createRequire(from).resolve('@ruta/scenario-engine/package.json');
      const { version } = JSON.parse(readFileSync(manifest, 'utf8')) as { version?: unknown };
      if (typeof version === 'string') return `^${version}`;
    } catch {
      // Try the next place to resolve from.
    }
  }
  return '*';
}

/**
 * `ruta new-pack <dir> --country XX --lang es,en [--id name]`: a scenario-pack package with one small
 * complete scenario that passes `ruta validate`, `ruta analyze` and its own test.
 */
export const newPackCommand: Command = {
  name: 'new-pack',
  options: {
    country: { type: 'string' },
    id: { type: 'string' },
    name: { type: 'string' },
  },
  async run(line, { io, t }) {
    const [target] = positionals(line, [t.argDirectory], t) as [string];
    const country = requiredOption(line, 'country', t).toUpperCase();
    if (!countries.includes(country as PackCountry))
      throw usageError(t.badChoice('--country', country, countries));
    const langList = (stringOption(line, 'lang') ?? 'es')
      .split(',')
      .map((l) => l.trim())
      .filter((l) => l !== '');
    for (const lang of langList)
      if (!languages.includes(lang as Language)) throw usageError(t.badChoice('--lang', lang, languages));
    if (new Set(langList).size !== langList.length || langList.length === 0)
      throw usageError(t.badLanguageList(langList.join(',')));

    const dir = resolve(io.cwd, target);
    const id =
      stringOption(line, 'id') ??
      basename(dir)
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-|-$/g, '');
    if (!kebabCase.test(id) || id.length > 64) throw usageError(t.badPackId(id));
    const packageName = stringOption(line, 'name') ?? `@ruta/pack-${id}`;
    if (!/^(@[a-z0-9][a-z0-9._~-]*\/)?[a-z0-9][a-z0-9._~-]*$/.test(packageName) || packageName.length > 214)
      throw usageError(t.badPackageName(packageName));

    const kind = fileKind(dir);
    if (kind === 'file' || kind === 'other') throw usageError(t.notADirectory(target));
    if (kind === 'directory' && readdirSync(dir).length > 0) throw checkFailure(t.directoryNotEmpty(target));

    const files = packTemplateFiles({
      id,
      packageName,
      country: country as PackCountry,
      languages: langList as Language[],
      engineRange: engineRange(io.cwd),
      toolRanges: {
        vitest: '~4.1.12',
        tsup: '~8.5.0',
        typescript: '~5.9.3',
        '@types/node': '^20.19.0',
        // The README's `npx --no-install ruta …` lines run the pack's own copy of this CLI.
        '@ruta/cli': `^${version}`,
      },
    });
    try {
      for (const [relative, content] of Object.entries(files)) {
        const file = join(dir, relative);
        mkdirSync(dirname(file), { recursive: true });
        writeFileSync(file, content);
      }
    } catch (error) {
      throw checkFailure(t.cannotWrite(target, (error as { code?: string }).code ?? String(error)));
    }
    io.out(`${t.packScaffolded(id, target, Object.keys(files))}\n`);
    return 0;
  },
};
