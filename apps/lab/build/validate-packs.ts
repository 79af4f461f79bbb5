/**
 * Run by the lab's Vite plugin in a child process (`node --import tsx --conditions=@ruta/source`), so it
 * reads the libraries and packs from their sources without a build:
 *   validate-packs.ts <out.json> <package> [<package> …]
 * For each pack package: import it, validate the pack (`parsePack`: field rules) and run the engine's static
 * checks (`analyzePack`: unreachable nodes, soft-locks, loops without exit, no protected ending). Writes
 * `[{ name, ok, issues, pack? }]` to out.json. Exit code 0 even when packs are invalid: the plugin reports.
 */
import { writeFileSync } from 'node:fs';
import { parsePack } from '@ruta/scenario-engine';
import { analyzePack } from '@ruta/scenario-engine/analysis';

interface Checked {
  name: string;
  ok: boolean;
  issues: { path: string; message: string }[];
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
  const parsed = parsePack(exported);
  if (!parsed.ok) {
    checked.push({ name, ok: false, issues: parsed.issues.map(({ path, message }) => ({ path, message })) });
    continue;
  }
  const analysis = analyzePack(parsed.value, { lang: 'en' });
  if (!analysis.ok) {
    checked.push({
      name,
      ok: false,
      issues: analysis.errors.map(({ path, message }) => ({ path, message })),
    });
    continue;
  }
  checked.push({ name, ok: true, issues: [], pack: parsed.value });
}
writeFileSync(out, JSON.stringify(checked));
