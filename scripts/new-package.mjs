#!/usr/bin/env node
// Scaffolds a library package under packages/<name> with the house layout:
//   node scripts/new-package.mjs <name> "<description>" [subpath ...]
// e.g. node scripts/new-package.mjs certification "Certification rules" verify
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const [name, description, ...subpaths] = process.argv.slice(2);
if (!name || !/^[a-z0-9]+(-[a-z0-9]+)*$/.test(name) || !description) {
  console.error('usage: node scripts/new-package.mjs <kebab-name> "<description>" [subpath ...]');
  process.exit(2);
}
const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const dir = join(root, 'packages', name);
if (existsSync(dir)) {
  console.error(`packages/${name} already exists`);
  process.exit(2);
}
const entry = (sub) => ({
  '@ruta/source': `./src/${sub}.ts`,
  import: { types: `./dist/${sub}.d.ts`, default: `./dist/${sub}.js` },
  require: { types: `./dist/${sub}.d.cts`, default: `./dist/${sub}.cjs` },
});
const exportsMap = { '.': entry('index') };
for (const sub of subpaths) exportsMap[`./${sub}`] = entry(sub);
exportsMap['./package.json'] = './package.json';
const pkg = {
  name: `@ruta/${name}`,
  version: '0.1.0',
  description,
  license: 'MIT',
  type: 'module',
  sideEffects: false,
  engines: { node: '>=20.19' },
  files: ['dist', 'src'],
  main: './dist/index.cjs',
  module: './dist/index.js',
  types: './dist/index.d.cts',
  exports: exportsMap,
  scripts: {
    build: 'tsup',
    test: 'vitest run && npm run test:package',
    'test:package': 'publint --strict && attw --pack . --profile node16',
    lint: 'biome check .',
    typecheck: 'tsc -p tsconfig.json',
  },
  dependencies: {},
  publishConfig: { access: 'public' },
};
mkdirSync(join(dir, 'src'), { recursive: true });
mkdirSync(join(dir, 'test'), { recursive: true });
writeFileSync(join(dir, 'package.json'), `${JSON.stringify(pkg, null, 2)}\n`);
writeFileSync(
  join(dir, 'tsconfig.json'),
  `${JSON.stringify({ extends: '../../tsconfig.base.json', include: ['src', 'test', '*.ts'] }, null, 2)}\n`,
);
const entries = ['index', ...subpaths].map((s) => `${JSON.stringify(s)}: 'src/${s}.ts'`).join(', ');
writeFileSync(
  join(dir, 'tsup.config.ts'),
  `import { rutaTsup } from '../../tsup.base';\n\nexport default rutaTsup({ ${entries} });\n`,
);
writeFileSync(join(dir, 'vitest.config.ts'), "export { default } from '../../vitest.shared.ts';\n");
for (const s of ['index', ...subpaths]) writeFileSync(join(dir, 'src', `${s}.ts`), 'export {};\n');
writeFileSync(join(dir, 'README.md'), `# @ruta/${name}\n\n${description}\n`);
console.log(`created packages/${name}: add sources under src/, tests under test/, then run npm install`);
