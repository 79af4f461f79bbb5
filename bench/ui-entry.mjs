/**
 * The size of `@ruta/ui`'s main entry (the built `packages/ui/dist/index.js`), bundled and minified with
 * esbuild, gzip -6:
 * - `gzipBytes`: without React and without the @ruta libraries it builds on (the engine, curriculum,
 *   competencies — an app loads them anyway to start a play): the components, their messages and
 *   react-intl. This is the target's figure (≤ 40 KB).
 * - `withLibrariesGzipBytes`: everything but React, the @ruta libraries included (and with them zod and
 *   the catalogue texts), for the whole picture; `largest` names what weighs most in it.
 * - `playAloneGzipBytes`: what an app that only starts a play (`startScenario`) loads already (the engine,
 *   zod, xstate): the difference to `withLibrariesGzipBytes` is what the UI adds to such an app.
 * Returns `{ status: 'not built' }` when the package has not been built.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const entry = join(fileURLToPath(new URL('.', import.meta.url)), '..', 'packages', 'ui', 'dist', 'index.js');
const react = ['react', 'react-dom', 'react/jsx-runtime'];

export async function uiEntrySize() {
  if (!existsSync(entry)) return { status: 'not built' };
  const { build } = await import('esbuild');
  const bundle = async (external, contents) => {
    const out = await build({
      ...(contents
        ? { stdin: { contents, resolveDir: join(entry, '..', '..'), loader: 'js' } }
        : { entryPoints: [entry] }),
      bundle: true,
      minify: true,
      format: 'esm',
      platform: 'browser',
      write: false,
      metafile: true,
      external,
      logLevel: 'silent',
    });
    const [output] = Object.values(out.metafile.outputs);
    return { bytes: gzipSync(out.outputFiles[0].contents, { level: 6 }).length, inputs: output.inputs };
  };
  const own = await bundle([...react, '@ruta/*']);
  let whole;
  let playAlone;
  try {
    whole = await bundle(react);
    playAlone = await bundle(
      react,
      "import { startScenario } from '@ruta/scenario-engine'; export { startScenario };",
    );
  } catch (error) {
    // A sibling library not built (its dist/ absent): the figure needs `npx --no-install turbo run build`.
    return { status: 'not built', reason: String(error?.errors?.[0]?.text ?? error) };
  }
  const weights = {};
  for (const [path, { bytesInOutput }] of Object.entries(whole.inputs)) {
    const name =
      path.match(/node_modules\/((?:@[^/]+\/)?[^/]+)/)?.[1] ?? path.match(/packages\/([^/]+)/)?.[1] ?? path;
    weights[name] = (weights[name] ?? 0) + bytesInOutput;
  }
  const largest = Object.entries(weights)
    .sort((a, b) => b[1] - a[1])
    .slice(0, 5)
    .map(([name, bytes]) => ({ name, minifiedBytes: bytes }));
  return {
    status: 'built',
    gzipBytes: own.bytes,
    withLibrariesGzipBytes: whole.bytes,
    playAloneGzipBytes: playAlone.bytes,
    largest,
  };
}
