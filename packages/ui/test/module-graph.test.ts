// @vitest-environment node
import { join } from 'node:path';
import { build } from 'esbuild';
import { expect, test } from 'vitest';

const root = join(__dirname, '..');

/** Every module a bundle of `entry` pulls in (React left out, as an app provides it). */
async function moduleGraph(options: { entry?: string; contents?: string }): Promise<string[]> {
  const result = await build({
    ...(options.entry
      ? { entryPoints: [join(root, options.entry)] }
      : { stdin: { contents: options.contents ?? '', resolveDir: root, loader: 'ts' } }),
    bundle: true,
    write: false,
    metafile: true,
    format: 'esm',
    platform: 'browser',
    conditions: ['@ruta/source'],
    external: ['react', 'react-dom', 'react/jsx-runtime'],
    jsx: 'automatic',
    logLevel: 'silent',
  });
  return Object.keys(result.metafile.inputs);
}

const threeish = (inputs: string[]) =>
  inputs.filter((input) => /node_modules\/(three|@react-three)\/|src\/scene(\.ts|\/)/.test(input));

test("the main entry's module graph contains no three, no @react-three and no scene code", async () => {
  const inputs = await moduleGraph({ entry: 'src/index.ts' });
  expect(inputs.some((input) => input.endsWith('src/scenario-player.tsx'))).toBe(true);
  expect(threeish(inputs)).toEqual([]);
});

test('the check finds three when a module imports it', async () => {
  const inputs = await moduleGraph({
    contents: "import { Vector3 } from 'three'; console.log(new Vector3());",
  });
  expect(threeish(inputs).length).toBeGreaterThan(0);
});
