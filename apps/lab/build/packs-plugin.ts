import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Plugin } from 'vite';
import type { LabConfig } from './lab-config.ts';

/**
 * The lab's packs as plugins. At build start every pack package of `ruta.config.ts` is imported, validated
 * (field rules) and checked (the engine's static analysis) in a child process; one invalid pack fails the
 * build with every issue and its path. The valid packs become virtual modules:
 * - `virtual:ruta-packs`: the catalogue (pack and scenario metadata, journeys) and a lazy loader per pack
 *   part, so the first load carries no scenario;
 * - one chunk per pack "shell" (everything but the scenarios) and one chunk per scenario.
 */

const catalogueId = 'virtual:ruta-packs';
const partPrefix = 'virtual:ruta-pack/';

interface CheckedPack {
  name: string;
  ok: boolean;
  issues: { path: string; message: string }[];
  pack?: Record<string, unknown> & { id: string; scenarios: ({ id: string } & Record<string, unknown>)[] };
}

const here = dirname(fileURLToPath(import.meta.url));

function checkPacks(names: readonly string[]): CheckedPack[] {
  const require = createRequire(import.meta.url);
  const tsx = pathToFileURL(require.resolve('tsx')).href;
  const dir = mkdtempSync(join(tmpdir(), 'ruta-packs-'));
  const out = join(dir, 'packs.json');
  try {
    const run = spawnSync(
      process.execPath,
      ['--import', tsx, '--conditions=@ruta/source', join(here, 'validate-packs.ts'), out, ...names],
      { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
    );
    if (run.status !== 0)
      throw new Error(`the pack check did not run: ${(run.stderr || run.error?.message || '').trim()}`);
    return JSON.parse(readFileSync(out, 'utf8')) as CheckedPack[];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The lines a failed build prints: each invalid pack, then each of its issues with its path. */
export function describeInvalid(checked: readonly CheckedPack[]): string {
  const bad = checked.filter((c) => !c.ok);
  return [
    `${bad.length} pack${bad.length === 1 ? '' : 's'} in ruta.config.ts ${bad.length === 1 ? 'is' : 'are'} not valid:`,
    ...bad.flatMap((c) => [
      `  pack package "${c.name}":`,
      ...c.issues.map((issue) => `    ${issue.path}: ${issue.message}`),
    ]),
  ].join('\n');
}

const jsonModule = (value: unknown) =>
  `export default JSON.parse(${JSON.stringify(JSON.stringify(value))});\n`;

export function rutaPacks(config: LabConfig): Plugin {
  let checked: CheckedPack[] | undefined;
  const packs = () => (checked ?? []).map((c) => c.pack!);
  return {
    name: 'ruta-packs',
    buildStart() {
      if (config.packs.length === 0) this.error('ruta.config.ts lists no pack: the lab needs at least one');
      const seen = new Set<string>();
      for (const name of config.packs)
        if (seen.has(name)) this.error(`ruta.config.ts lists the pack package "${name}" twice`);
        else seen.add(name);
      checked ??= checkPacks(config.packs);
      if (checked.some((c) => !c.ok)) {
        const message = describeInvalid(checked);
        checked = undefined;
        this.error(message);
      }
      const ids = new Map<string, string>();
      for (const c of checked) {
        const other = ids.get(c.pack!.id);
        if (other !== undefined)
          this.error(`pack packages "${other}" and "${c.name}" both hold the pack id "${c.pack!.id}"`);
        ids.set(c.pack!.id, c.name);
      }
    },
    resolveId(id) {
      if (id === catalogueId || id.startsWith(partPrefix)) return `\0${id}`;
      return undefined;
    },
    load(id) {
      if (!id.startsWith('\0')) return undefined;
      const bare = id.slice(1);
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
        const loaders = list
          .map(
            (pack, index) =>
              `  ${JSON.stringify(pack.id)}: {\n    shell: () => import(${JSON.stringify(`${partPrefix}${index}/shell`)}),\n    scenarios: {\n${pack.scenarios
                .map(
                  (s) =>
                    `      ${JSON.stringify(s.id)}: () => import(${JSON.stringify(`${partPrefix}${index}/scenario/${s.id}`)}),`,
                )
                .join('\n')}\n    },\n  },`,
          )
          .join('\n');
        return `export const catalogue = JSON.parse(${JSON.stringify(JSON.stringify(catalogue))});\nexport const loaders = {\n${loaders}\n};\n`;
      }
      if (bare.startsWith(partPrefix)) {
        const [index, part, scenarioId] = bare.slice(partPrefix.length).split('/');
        const pack = packs()[Number(index)];
        if (pack === undefined) return undefined;
        if (part === 'shell') {
          const { scenarios: _scenarios, ...shell } = pack;
          return jsonModule(shell);
        }
        const scenario = pack.scenarios.find((s) => s.id === scenarioId);
        if (scenario === undefined) return undefined;
        return jsonModule(scenario);
      }
      return undefined;
    },
  };
}
