import { defineConfig } from 'vitest/config';
import shared from '../../vitest.shared.ts';

/** Every story rendered in jsdom through `composeStories`, each checked with axe-core. */
export default defineConfig({
  resolve: shared.resolve,
  ssr: shared.ssr,
  test: {
    environment: 'jsdom',
    include: ['test/**/*.test.tsx'],
    setupFiles: ['./test/setup.ts'],
    testTimeout: 120_000,
  },
});
