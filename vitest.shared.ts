import { defineConfig } from 'vitest/config';

/** Shared Vitest config: resolve workspace packages to their sources (no build needed for tests). */
export default defineConfig({
  resolve: {
    conditions: ['@ruta/source'],
  },
  ssr: {
    resolve: {
      conditions: ['@ruta/source'],
    },
  },
  test: {
    include: ['test/**/*.test.ts', 'test/**/*.test.tsx'],
    testTimeout: 60_000,
  },
});
