#!/usr/bin/env node
// The consumer test: what a partner organisation does with our packages.
// 1. `npm pack` every publishable library under packages/ (and every scenario pack under scenarios/);
// 2. install the tarballs into a fresh project in the OS temp dir, outside the workspace;
// 3. there, `import` (ESM) and `require` (CJS) every subpath export and check both give the same surface;
// 4. type-check each package's `test/consumer.ts` (a small program written as a partner would) against the
//    installed types, with TypeScript's `nodenext` resolution, then run it;
// 5. install ONE package alone into another fresh project, `@ruta/cli`, with only the tarballs of the Ruta
//    packages it depends on (as a partner does before the first release), and run its `ruta` command there.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const keep = process.argv.includes('--keep');
const log = (msg) => console.log(`consumer-test: ${msg}`);
const run = (cmd, args, cwd) =>
  execFileSync(cmd, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8' });

const libraries = [];
for (const group of ['packages', 'scenarios']) {
  const dir = join(root, group);
  if (!existsSync(dir)) continue;
  for (const name of readdirSync(dir).sort()) {
    const pkgDir = join(dir, name);
    const file = join(pkgDir, 'package.json');
    if (!existsSync(file)) continue;
    const pkg = JSON.parse(readFileSync(file, 'utf8'));
    if (pkg.private || !pkg.exports) continue;
    libraries.push({ dir: pkgDir, pkg });
  }
}
if (libraries.length === 0) {
  console.error('consumer-test: no library found under packages/ or scenarios/');
  process.exit(1);
}

const work = mkdtempSync(join(tmpdir(), 'ruta-consumer-'));
let failures = 0;
let passes = 0;
try {
  const tarballs = [];
  const tarballOf = new Map();
  for (const { dir, pkg } of libraries) {
    if (!existsSync(join(dir, 'dist')))
      throw new Error(`${pkg.name} is not built (no dist/): run npm run build first`);
    const out = run('npm', ['pack', '--silent', '--pack-destination', work], dir).trim().split('\n').pop();
    tarballs.push(join(work, out));
    tarballOf.set(pkg.name, join(work, out));
  }
  log(`packed ${tarballs.length} packages into ${work}`);
  // A partner installs a library's peers (React, three…) and their types, as its README says.
  const peers = [
    ...new Set(
      libraries.flatMap(({ pkg }) =>
        Object.keys(pkg.peerDependencies ?? {}).flatMap((name) =>
          [name, `@types/${name.replace(/^@(.*)\//, '$1__')}`]
            .filter(
              (dep) => pkg.devDependencies?.[dep] ?? (dep === name ? pkg.peerDependencies[dep] : undefined),
            )
            .map((dep) => `${dep}@${pkg.devDependencies?.[dep] ?? pkg.peerDependencies[dep]}`),
        ),
      ),
    ),
  ];

  const project = join(work, 'partner-app');
  run('mkdir', ['-p', project], work);
  writeFileSync(
    join(project, 'package.json'),
    JSON.stringify({ name: 'partner-app', private: true, version: '1.0.0' }),
  );
  run(
    'npm',
    [
      'install',
      '--no-audit',
      '--no-fund',
      '--prefer-offline',
      '--loglevel=error',
      '@types/node@^20.19.0',
      'typescript@~5.9.3',
      ...peers,
      ...tarballs,
    ],
    project,
  );
  log('installed the tarballs into a fresh project');

  const subpaths = (pkg) =>
    Object.keys(pkg.exports)
      .filter((k) => k !== './package.json' && !k.endsWith('.json') && !k.includes('*'))
      .map((k) => (k === '.' ? pkg.name : `${pkg.name}/${k.slice(2)}`));

  for (const { pkg } of libraries) {
    for (const spec of subpaths(pkg)) {
      const esm = `const m = await import(${JSON.stringify(spec)}); console.log(JSON.stringify(Object.keys(m).filter(k => k !== 'default' && k !== 'module.exports').sort()));`;
      const cjs = `const m = require(${JSON.stringify(spec)}); console.log(JSON.stringify(Object.keys(m).filter(k => k !== 'default').sort()));`;
      writeFileSync(join(project, 'probe.mjs'), esm);
      writeFileSync(join(project, 'probe.cjs'), cjs);
      try {
        const esmKeys = JSON.parse(run('node', ['probe.mjs'], project));
        const cjsKeys = JSON.parse(run('node', ['probe.cjs'], project));
        if (esmKeys.length === 0) throw new Error('import gave no exports');
        if (JSON.stringify(esmKeys) !== JSON.stringify(cjsKeys))
          throw new Error(`import and require differ:\n  esm: ${esmKeys}\n  cjs: ${cjsKeys}`);
        log(`ok   ${spec}: import and require give the same ${esmKeys.length} exports`);
        passes++;
      } catch (error) {
        failures++;
        console.error(`consumer-test: FAIL ${spec}: ${error.stderr || error.message}`);
      }
    }
  }

  // Type-check and run each package's consumer program against the installed types.
  const consumerOf = (dir) =>
    ['consumer.ts', 'consumer.tsx'].map((file) => join(dir, 'test', file)).find((file) => existsSync(file));
  const programs = libraries.filter(({ dir }) => consumerOf(dir));
  const outputOf = {};
  for (const { dir, pkg } of programs) {
    const name = pkg.name.replace(/^@ruta\//, '').replace(/[^a-z0-9-]/g, '-');
    const tsx = consumerOf(dir).endsWith('.tsx');
    cpSync(consumerOf(dir), join(project, tsx ? `${name}.tsx` : `${name}.mts`));
    outputOf[pkg.name] = tsx ? `${name}.js` : `${name}.mjs`;
  }
  writeFileSync(
    join(project, 'tsconfig.json'),
    JSON.stringify({
      compilerOptions: {
        target: 'ES2022',
        module: 'NodeNext',
        moduleResolution: 'NodeNext',
        strict: true,
        noEmit: false,
        outDir: 'out',
        skipLibCheck: false,
        types: ['node'],
        lib: ['ES2023', 'DOM'],
        jsx: 'react-jsx',
      },
      include: ['*.mts', '*.tsx'],
    }),
  );
  const tsc = join(project, 'node_modules', 'typescript', 'bin', 'tsc');
  try {
    run('node', [tsc, '-p', 'tsconfig.json'], project);
    log(`ok   type-checked ${programs.length} consumer programs (NodeNext resolution, skipLibCheck off)`);
    passes++;
    for (const { pkg } of programs) {
      try {
        run('node', [join('out', outputOf[pkg.name])], project);
        log(`ok   ran ${pkg.name}'s consumer program`);
        passes++;
      } catch (error) {
        failures++;
        console.error(
          `consumer-test: FAIL running ${pkg.name}'s consumer program: ${error.stderr || error.message}`,
        );
      }
    }
  } catch (error) {
    failures++;
    console.error(`consumer-test: FAIL type-check:\n${error.stdout || ''}${error.stderr || error.message}`);
  }

  // One package alone: its tarball and its Ruta dependencies' tarballs, nothing from the registry under @ruta.
  const alone = '@ruta/cli';
  const needed = new Set();
  const visit = (name) => {
    const library = libraries.find(({ pkg }) => pkg.name === name);
    if (library === undefined || needed.has(name)) return;
    needed.add(name);
    for (const dependency of Object.keys(library.pkg.dependencies ?? {})) visit(dependency);
  };
  visit(alone);
  const single = join(work, 'one-package');
  run('mkdir', ['-p', single], work);
  writeFileSync(
    join(single, 'package.json'),
    JSON.stringify({ name: 'one-package', private: true, version: '1.0.0' }),
  );
  try {
    run(
      'npm',
      [
        'install',
        '--no-audit',
        '--no-fund',
        '--prefer-offline',
        '--loglevel=error',
        ...[...needed].map((name) => tarballOf.get(name)),
      ],
      single,
    );
    const installed = readdirSync(join(single, 'node_modules', '@ruta'))
      .map((name) => `@ruta/${name}`)
      .sort();
    if (JSON.stringify(installed) !== JSON.stringify([...needed].sort()))
      throw new Error(`installed ${installed.join(', ')}; expected only ${[...needed].sort().join(', ')}`);
    const lock = JSON.parse(readFileSync(join(single, 'package-lock.json'), 'utf8'));
    const fromRegistry = Object.entries(lock.packages ?? {}).filter(
      ([path, entry]) =>
        path.includes('node_modules/@ruta/') && !String(entry.resolved ?? '').startsWith('file:'),
    );
    if (fromRegistry.length > 0)
      throw new Error(`fetched from the registry: ${fromRegistry.map(([path]) => path).join(', ')}`);
    const version = run('npx', ['--no-install', 'ruta', '--version'], single).trim();
    log(
      `ok   ${alone} alone, with ${needed.size - 1} sibling tarballs: installed, and \`npx --no-install ruta --version\` says ${version}`,
    );
    passes++;
  } catch (error) {
    failures++;
    console.error(`consumer-test: FAIL ${alone} alone: ${error.stderr || error.message}`);
  }
} catch (error) {
  failures++;
  console.error(`consumer-test: ${error.stderr || error.message}`);
} finally {
  if (keep) log(`kept ${work}`);
  else rmSync(work, { recursive: true, force: true });
}
if (failures === 0) log('all packages install, import, require and type-check as a partner would use them');
console.log(`consumer: ${passes} passed, ${failures} failed`);
if (failures > 0) process.exit(1);
