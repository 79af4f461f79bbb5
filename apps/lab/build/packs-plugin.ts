import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Plugin } from 'vite';
import type { LabConfig } from './lab-config.ts';

/**
 * The lab's packs as plugins. Once the configuration is resolved, every pack package of `ruta.config.ts` is imported, validated
 * (field rules) and checked (the engine's static analysis) in a child process; one invalid pack fails the
 * build with every issue and its path. The valid packs become virtual modules:
 * - `virtual:ruta-packs`: the catalogue (pack and scenario metadata, journeys) and a lazy loader per pack
 *   part, so the first load carries no scenario;
 * - `virtual:ruta-messages`: the interface messages compiled to react-intl's AST, one chunk per language
 *   (no ICU parser in the browser);
 * - one chunk per pack "shell" (everything but the scenarios) and one chunk per scenario, each in every
 *   language of the pack: its texts hold that language only, so a trainee downloads one language.
 */

const catalogueId = 'virtual:ruta-packs';
const messagesId = 'virtual:ruta-messages';
const partPrefix = 'virtual:ruta-pack/';

interface CheckedPack {
  name: string;
  ok: boolean;
  issues: { path: string; message: string; check?: string }[];
  pack?: Record<string, unknown> & { id: string; scenarios: ({ id: string } & Record<string, unknown>)[] };
}

const here = dirname(fileURLToPath(import.meta.url));

/** Runs one of the build scripts beside this file on the sources (tsx, `@ruta/source`); returns its JSON. */
function runScript(script: string, what: string, args: readonly string[]): unknown {
  const require = createRequire(import.meta.url);
  const tsx = pathToFileURL(require.resolve('tsx')).href;
  const dir = mkdtempSync(join(tmpdir(), 'ruta-lab-'));
  const out = join(dir, 'out.json');
  try {
    const run = spawnSync(
      process.execPath,
      ['--import', tsx, '--conditions=@ruta/source', join(here, script), out, ...args],
      { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
    );
    if (run.status !== 0)
      throw new Error(`${what} did not run: ${(run.stderr || run.error?.message || '').trim()}`);
    return JSON.parse(readFileSync(out, 'utf8'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function checkPacks(names: readonly string[]): CheckedPack[] {
  return runScript('validate-packs.ts', 'the pack check', names) as CheckedPack[];
}

/** The lines a failed build prints: each invalid pack, then each of its issues with its path. */
export function describeInvalid(checked: readonly CheckedPack[]): string {
  const bad = checked.filter((c) => !c.ok);
  return [
    `${bad.length} pack${bad.length === 1 ? '' : 's'} in ruta.config.ts ${bad.length === 1 ? 'is' : 'are'} not valid:`,
    ...bad.flatMap((c) => [
      `  pack package "${c.name}":`,
      ...c.issues.map(
        (issue) => `    ${issue.path}: ${issue.message}${issue.check ? ` [${issue.check}]` : ''}`,
      ),
    ]),
  ].join('\n');
}

const textLanguages = new Set(['es', 'en', 'fr']);

/** A pack Text: a non-empty object whose keys are all languages and whose values are all strings. */
function isText(value: object): value is Record<string, string> {
  const entries = Object.entries(value);
  return entries.length > 0 && entries.every(([k, v]) => textLanguages.has(k) && typeof v === 'string');
}

/** A copy of a pack part whose every Text holds only `lang` (the pack carries every text in each of its languages). */
export function inLanguage<T>(value: T, lang: string): T {
  if (Array.isArray(value)) return value.map((item) => inLanguage(item, lang)) as T;
  if (typeof value !== 'object' || value === null) return value;
  if (isText(value) && typeof value[lang] === 'string') return { [lang]: value[lang] } as T;
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, inLanguage(v, lang)])) as T;
}

const jsonModule = (value: unknown) =>
  `export default JSON.parse(${JSON.stringify(JSON.stringify(value))});\n`;

export function rutaPacks(config: LabConfig): Plugin {
  let checked: CheckedPack[] | undefined;
  let messages: Record<string, unknown> | undefined;
  let preview = false;
  const packs = () => (checked ?? []).map((c) => c.pack!);
  return {
    name: 'ruta-packs',
    // Checked while the configuration is resolved, before any bundling starts: an invalid pack stops the
    // build (or the dev server) with its issues, before other plugins run.
    config(_config, env) {
      preview = env.isPreview === true;
    },
    configResolved() {
      // `vite preview` serves a build already made: nothing to check.
      if (preview) return;
      const fail = (message: string): never => {
        checked = undefined;
        throw new Error(message);
      };
      if (config.packs.length === 0) fail('ruta.config.ts lists no pack: the lab needs at least one');
      const seen = new Set<string>();
      for (const name of config.packs)
        if (seen.has(name)) fail(`ruta.config.ts lists the pack package "${name}" twice`);
        else seen.add(name);
      checked ??= checkPacks(config.packs);
      if (checked.some((c) => !c.ok)) fail(describeInvalid(checked));
      const ids = new Map<string, string>();
      for (const c of checked) {
        const other = ids.get(c.pack!.id);
        if (other !== undefined)
          fail(`pack packages "${other}" and "${c.name}" both hold the pack id "${c.pack!.id}"`);
        ids.set(c.pack!.id, c.name);
      }
    },

    resolveId(id) {
      if (id === catalogueId || id.startsWith(partPrefix) || id.startsWith(messagesId)) return `\0${id}`;
      return undefined;
    },
    load(id) {
      if (!id.startsWith('\0')) return undefined;
      const bare = id.slice(1);
      if (bare === messagesId) {
        const lazy = ['es', 'en', 'fr']
          .map((lang) => `  ${lang}: () => import(${JSON.stringify(`${messagesId}/${lang}`)}),`)
          .join('\n');
        return `export const compiledMessages = {\n${lazy}\n};\n`;
      }
      if (bare.startsWith(`${messagesId}/`)) {
        messages ??= runScript('compile-messages.ts', 'the message compilation', []) as Record<
          string,
          unknown
        >;
        return jsonModule(messages[bare.slice(messagesId.length + 1)]);
      }
      if (bare === catalogueId) {
        const list = packs();
        const catalogue = list.map((pack, index) => ({
          package: checked![index]!.name,
          id: pack.id,
          version: pack.version,
          country: pack.country,
          languages: pack.languages,
          title: pack.title,
          description: pack.description,
          scenarios: pack.scenarios.map((s) => ({
            id: s.id,
            title: s.title,
            summary: s.summary,
            stage: s.stage,
            roles: s.roles,
            modules: s.modules,
            competencies: s.competencies,
            environment: (s.setting as { environment: string }).environment,
          })),
          journeys: pack.journeys ?? [],
        }));
        const lazy = (specifier: string) => `() => import(${JSON.stringify(specifier)})`;
        const byLang = (index: number, part: string, languages: readonly string[]) =>
          `{ ${languages.map((lang) => `${lang}: ${lazy(`${partPrefix}${index}/${part}/${lang}`)}`).join(', ')} }`;
        const loaders = list
          .map((pack, index) => {
            const languages = pack.languages as string[];
            const scenarios = pack.scenarios
              .map((s) => `      ${JSON.stringify(s.id)}: ${byLang(index, `scenario/${s.id}`, languages)},`)
              .join('\n');
            return `  ${JSON.stringify(pack.id)}: {\n    shell: ${byLang(index, 'shell', languages)},\n    scenarios: {\n${scenarios}\n    },\n  },`;
          })
          .join('\n');
        return `export const catalogue = JSON.parse(${JSON.stringify(JSON.stringify(catalogue))});\nexport const loaders = {\n${loaders}\n};\n`;
      }
      if (bare.startsWith(partPrefix)) {
        const rest = bare.slice(partPrefix.length).split('/');
        const pack = packs()[Number(rest[0])];
        if (pack === undefined) return undefined;
        const lang = rest[rest.length - 1]!;
        if (!(pack.languages as string[]).includes(lang)) return undefined;
        if (rest[1] === 'shell') {
          const { scenarios: _scenarios, ...shell } = pack;
          return jsonModule(inLanguage(shell, lang));
        }
        const scenario = pack.scenarios.find((s) => s.id === rest[2]);
        if (scenario === undefined) return undefined;
        return jsonModule(inLanguage(scenario, lang));
      }
      return undefined;
    },
  };
}
