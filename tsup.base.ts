import { defineConfig, type Options } from 'tsup';

/**
 * The one tsup options factory every library calls: ESM + CJS + `.d.ts`/`.d.cts`,
 * one entry per subpath export, source maps, no minification (readable stack traces for partners).
 */
export function rutaTsup(entry: Record<string, string>, overrides: Options = {}) {
  return defineConfig({
    entry,
    format: ['esm', 'cjs'],
    dts: true,
    sourcemap: true,
    clean: true,
    target: 'node20',
    splitting: false,
    treeshake: true,
    ...overrides,
  });
}
