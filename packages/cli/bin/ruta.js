#!/usr/bin/env node
// The `ruta` command as npm links it (`npx --no-install ruta`, `npm exec ruta`): committed, so the link
// exists right after `npm ci`, before anything is built. It runs the built CLI in `dist/`; when the build
// is missing it says, in one line, what to do.
import { existsSync } from 'node:fs';

const built = new URL('../dist/bin.js', import.meta.url);
if (existsSync(built)) await import(built.href);
else {
  const env = process.env;
  const locale = [env.LC_ALL, env.LC_MESSAGES, env.LANG].find((value) => value !== undefined && value !== '');
  const lang = (locale ?? '').slice(0, 2).toLowerCase();
  const line =
    {
      en: 'ruta: the command line is not built yet; run `npm run build` at the root of the repository first',
      fr: 'ruta : la ligne de commande n’est pas encore construite ; lancez d’abord `npm run build` à la racine du dépôt',
    }[lang] ??
    'ruta: la línea de comandos aún no está construida; ejecute primero `npm run build` en la raíz del repositorio';
  process.stderr.write(`${line}\n`);
  process.exitCode = 1;
}
