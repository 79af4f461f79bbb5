#!/usr/bin/env node
// `npm run pack`: every publishable package (packages/* and scenarios/*, after `npm run build`) as a
// tarball in one folder, `tarballs/`, named without its version (`tarballs/ruta-scenario-engine.tgz`), so
// the install lines in the READMEs stay the same from one release to the next. Until the first release on
// the registry this is how a partner installs Ruta: from a project next to the clone,
//   npm install ../ruta/tarballs/ruta-scenario-engine.tgz ../ruta/tarballs/ruta-curriculum.tgz
// one package with the tarballs of the Ruta packages it depends on (the line for each package is printed).
// `node scripts/pack.mjs --out <dir>` writes them elsewhere.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const outIndex = process.argv.indexOf('--out');
const out = outIndex > 0 ? resolve(process.argv[outIndex + 1] ?? '') : join(root, 'tarballs');

/** The publishable packages of the workspace: name → { dir, pkg }. */
export function publishablePackages() {
  const found = new Map();
  for (const group of ['packages', 'scenarios']) {
    const groupDir = join(root, group);
    if (!existsSync(groupDir)) continue;
    for (const name of readdirSync(groupDir).sort()) {
      const file = join(groupDir, name, 'package.json');
      if (!existsSync(file)) continue;
      const pkg = JSON.parse(readFileSync(file, 'utf8'));
      if (!pkg.private) found.set(pkg.name, { dir: join(groupDir, name), pkg });
    }
  }
  return found;
}

/** `@ruta/scenario-engine` → `ruta-scenario-engine.tgz`. */
export const tarballName = (name) => `${name.replace(/^@/, '').replace('/', '-')}.tgz`;

/** A package and every workspace package it depends on, directly or not (what its install line needs). */
export function closure(name, packages) {
  const seen = new Set();
  const visit = (current) => {
    if (seen.has(current) || !packages.has(current)) return;
    seen.add(current);
    for (const dependency of Object.keys(packages.get(current).pkg.dependencies ?? {})) visit(dependency);
  };
  visit(name);
  return [...seen];
}

function main() {
  const packages = publishablePackages();
  const unbuilt = [...packages.values()].filter(
    ({ dir, pkg }) =>
      pkg.exports && !existsSync(join(dir, 'dist')) && existsSync(join(dir, 'tsup.config.ts')),
  );
  if (unbuilt.length > 0) {
    console.error(
      `pack: ${unbuilt.map(({ pkg }) => pkg.name).join(', ')} not built (no dist/): run npm run build first`,
    );
    process.exit(1);
  }
  mkdirSync(out, { recursive: true });
  for (const { dir, pkg } of packages.values()) {
    const written = execFileSync('npm', ['pack', '--silent', '--pack-destination', out], {
      cwd: dir,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    })
      .trim()
      .split('\n')
      .pop();
    const target = join(out, tarballName(pkg.name));
    rmSync(target, { force: true });
    renameSync(join(out, written), target);
  }
  const shown = relative(process.cwd(), out) || '.';
  console.log(
    `pack: ${packages.size} packages in ${shown}/. To install one in a project next to this clone:`,
  );
  for (const name of packages.keys())
    console.log(
      `  npm install ${closure(name, packages)
        .map((member) => `../${relative(dirname(root), out)}/${tarballName(member)}`)
        .join(' ')}`,
    );
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    main();
  } catch (error) {
    console.error(`pack: ${(error.stderr || error.message).toString().trim()}`);
    process.exit(1);
  }
}
