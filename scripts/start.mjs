#!/usr/bin/env node
// `npm start`: builds the simulation lab (apps/lab) and serves it on http://127.0.0.1:5173.
// The lab reads the libraries and the scenario packs from their sources (the `@ruta/source` condition), so
// nothing else has to be built first; the build validates every pack listed in apps/lab/ruta.config.ts.
import { spawnSync } from 'node:child_process';

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
console.log('Ruta — building the simulation lab (apps/lab)…');
const build = spawnSync(npm, ['run', 'build', '-w', '@ruta/lab'], { stdio: 'inherit' });
if (build.status !== 0) {
  console.error('\nThe lab did not build; the messages above say why.');
  process.exit(build.status ?? 1);
}
console.log('\nRuta — the lab is served on http://127.0.0.1:5173 (Ctrl+C stops it).\n');
const serve = spawnSync(npm, ['run', 'preview', '-w', '@ruta/lab'], { stdio: 'inherit' });
process.exit(serve.status ?? 0);
