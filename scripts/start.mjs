#!/usr/bin/env node
import { spawnSync } from 'node:child_process';
// `npm start`: starts the simulation lab once it exists (apps/lab); until then it says what it will do.
import { existsSync } from 'node:fs';

if (existsSync(new URL('../apps/lab/package.json', import.meta.url))) {
  const r = spawnSync('npm', ['run', 'start', '-w', 'apps/lab'], { stdio: 'inherit' });
  process.exit(r.status ?? 1);
}
console.log(`Ruta — the simulation lab is not built yet.

When it lands (apps/lab), \`npm start\` will build the libraries and serve the lab on http://localhost:5173:
3D scenes with a full text mode, in Spanish, English and French.

What you can use today:
  npm test                          run every test, the package checks and the consumer test
  npm run build                     build every library (ESM + CJS + types)
  npx ruta --help                   the command line for pack authors and program offices (after npm run build)
`);
