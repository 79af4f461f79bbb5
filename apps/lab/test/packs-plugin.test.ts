import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { run } from '@ruta/cli';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inLanguage } from '../build/packs-plugin.ts';

/**
 * A country adds its published pack the way the lab's README says: the pack package in node_modules (what
 * `npm install @country/pack` leaves there) and one line in ruta.config.ts. The pack is what `ruta new-pack`
 * scaffolds. The lab is copied to a scratch directory so the real one is never touched.
 */
const lab = join(import.meta.dirname, '..');
const scratch = join(lab, 'test', '.tmp');

async function scaffoldPack(dir: string, name: string, id: string) {
  const out: string[] = [];
  const io = {
    stdout: { write: (t: string) => out.push(t) },
    stderr: { write: (t: string) => out.push(t) },
    cwd: scratch,
  };
  const code = await run(
    ['new-pack', dir, '--country', 'GT', '--lang', 'es,en', '--id', id, '--name', name],
    io,
  );
  if (code !== 0) throw new Error(`ruta new-pack failed: ${out.join('')}`);
}

function copyLab(to: string) {
  rmSync(to, { recursive: true, force: true });
  mkdirSync(to, { recursive: true });
  for (const entry of ['build', 'src', 'index.html', 'ruta.config.ts', 'vite.config.ts', 'package.json'])
    cpSync(join(lab, entry), join(to, entry), { recursive: true });
}

function addPack(labCopy: string, name: string) {
  const config = join(labCopy, 'ruta.config.ts');
  const text = readFileSync(config, 'utf8');
  const line = "    '@ruta/pack-mx', // Mexico\n";
  if (!text.includes(line))
    throw new Error('ruta.config.ts no longer lists @ruta/pack-mx on a line of its own');
  writeFileSync(config, text.replace(line, `${line}    '${name}',\n`));
}

async function buildLab(root: string) {
  await build({
    root,
    configFile: join(root, 'vite.config.ts'),
    logLevel: 'silent',
    build: { outDir: join(root, 'dist') },
  });
}

beforeAll(() => mkdirSync(scratch, { recursive: true }));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('packs as plugins', () => {
  it('builds a country pack added with its package and one line in ruta.config.ts', async () => {
    const root = join(scratch, 'lab-ok');
    copyLab(root);
    const pkg = join(root, 'node_modules', '@fixture', 'pack-gt');
    await scaffoldPack(pkg, '@fixture/pack-gt', 'gt-fixture');
    addPack(root, '@fixture/pack-gt');
    await buildLab(root);
    const assets = readdirSync(join(root, 'dist', 'assets'));
    const code = assets
      .filter((f) => f.endsWith('.js'))
      .map((f) => readFileSync(join(root, 'dist', 'assets', f), 'utf8'))
      .join('\n');
    expect(code).toContain('gt-fixture');
    const pack = JSON.parse(readFileSync(join(pkg, 'pack.json'), 'utf8')) as { scenarios: { id: string }[] };
    const manifest = readFileSync(join(root, 'dist', '.vite', 'manifest.json'), 'utf8');
    expect(manifest).toContain(`virtual:ruta-pack/3/scenario/${pack.scenarios[0]!.id}/es`);
    expect(manifest).toContain(`virtual:ruta-pack/3/scenario/${pack.scenarios[0]!.id}/en`);
  });

  it('fails the build with every issue of an invalid pack, naming the package and the path', async () => {
    const root = join(scratch, 'lab-bad');
    copyLab(root);
    const pkg = join(root, 'node_modules', '@fixture', 'pack-broken');
    await scaffoldPack(pkg, '@fixture/pack-broken', 'broken-fixture');
    const file = join(pkg, 'pack.json');
    const pack = JSON.parse(readFileSync(file, 'utf8'));
    const scenario = pack.scenarios[0];
    const node = Object.values(scenario.nodes as Record<string, { choices?: { to: string }[] }>).find(
      (n) => n.choices?.length,
    )!;
    node.choices![0]!.to = 'interveiw';
    pack.version = 'one';
    writeFileSync(file, JSON.stringify(pack, null, 2));
    addPack(root, '@fixture/pack-broken');
    const error = await buildLab(root).then(
      () => undefined,
      (e: unknown) => (e instanceof Error ? e.message : String(e)),
    );
    expect(error).toContain('pack package "@fixture/pack-broken"');
    expect(error).toMatch(/version: /);
    expect(error).toContain('interveiw');
  });

  it('fails the build with the static checks of validatePack when the fields are right', async () => {
    const root = join(scratch, 'lab-unreachable');
    copyLab(root);
    const pkg = join(root, 'node_modules', '@fixture', 'pack-unreachable');
    await scaffoldPack(pkg, '@fixture/pack-unreachable', 'unreachable-fixture');
    const file = join(pkg, 'pack.json');
    const pack = JSON.parse(readFileSync(file, 'utf8'));
    const scenario = pack.scenarios[0];
    const ending = Object.values(scenario.nodes as Record<string, { ending?: unknown }>).find(
      (n) => n.ending,
    );
    scenario.nodes['forgotten-room'] = structuredClone(ending);
    writeFileSync(file, JSON.stringify(pack, null, 2));
    addPack(root, '@fixture/pack-unreachable');
    const error = await buildLab(root).then(
      () => undefined,
      (e: unknown) => (e instanceof Error ? e.message : String(e)),
    );
    expect(error).toContain('pack package "@fixture/pack-unreachable"');
    expect(error).toMatch(/scenarios\[0\]\.nodes\.forgotten-room: .*\[unreachable-node\]/);
  });

  it('fails the build when a listed pack is not installed', async () => {
    const root = join(scratch, 'lab-missing');
    copyLab(root);
    addPack(root, '@fixture/not-installed');
    await expect(buildLab(root)).rejects.toThrow(/"@fixture\/not-installed".*\n.*cannot import the package/);
  });
});

describe('inLanguage', () => {
  it('keeps one language of every text and leaves everything else as it is', () => {
    const part = {
      id: 'border',
      title: { es: 'Frontera', en: 'Border', fr: 'Frontière' },
      variables: { trust: { type: 'number', initial: 5, min: 0, max: 10 } },
      nodes: {
        a: { text: { es: 'Hola', en: 'Hello' }, choices: [{ id: 'x', text: { es: 'Sí', en: 'Yes' } }] },
      },
      tags: ['es', 'en'],
    };
    expect(inLanguage(part, 'en')).toEqual({
      id: 'border',
      title: { en: 'Border' },
      variables: { trust: { type: 'number', initial: 5, min: 0, max: 10 } },
      nodes: { a: { text: { en: 'Hello' }, choices: [{ id: 'x', text: { en: 'Yes' } }] } },
      tags: ['es', 'en'],
    });
  });
});
