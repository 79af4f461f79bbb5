/**
 * Run by the lab's Vite plugin in a child process (`node --import tsx --conditions=@ruta/source`), so it
 * reads the libraries and packs from their sources without a build:
 *   validate-packs.ts <out.json> <package> [<package> …]
 * For each pack package: import it and validate the pack with the engine's one validity function
 * (`validatePack` from `@ruta/scenario-engine/validate`: the field rules and the static checks — unreachable
 * nodes, soft-locks, loops without exit, no protected ending, a scenario too large to check). Writes
 * `[{ name, ok, issues, pack? }]` to out.json. Exit code 0 even when packs are invalid: the plugin reports.
 */
import { writeFileSync } from 'node:fs';
import { validatePack } from '@ruta/scenario-engine/validate';

interface Checked {
  name: string;
  ok: boolean;
  /** Each issue's path and message, and for a static check which one (`unreachable-node`, `soft-lock`…). */
  issues: { path: string; message: string; check?: string }[];
  pack?: unknown;
}

const [out, ...names] = process.argv.slice(2);
if (out === undefined) {
  process.stderr.write('usage: validate-packs.ts <out.json> <package> [<package> …]\n');
  process.exit(2);
}

const checked: Checked[] = [];
for (const name of names) {
  let exported: unknown;
  try {
    const module = (await import(name)) as { pack?: unknown; default?: unknown };
    exported = module.pack ?? module.default;
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    checked.push({
      name,
      ok: false,
      issues: [
        {
          path: '(package)',
          message: `cannot import the package (is it installed? npm install ${name} -w @ruta/lab): ${reason}`,
        },
      ],
    });
    continue;
  }
  if (exported === undefined) {
    checked.push({
      name,
      ok: false,
      issues: [
        { path: '(package)', message: 'the package exports no pack (expected `pack` or a default export)' },
      ],
    });
    continue;
  }
  const validation = validatePack(exported, { lang: 'en' });
  if (!validation.ok) {
    checked.push({
      name,
      ok: false,
      issues: validation.issues.map(({ path, message, check }) =>
        check === undefined ? { path, message } : { path, message, check },
      ),
    });
    continue;
  }
  checked.push({ name, ok: true, issues: [], pack: validation.value });
}
writeFileSync(out, JSON.stringify(checked));
