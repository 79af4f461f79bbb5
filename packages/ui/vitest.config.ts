import { defineConfig } from 'vitest/config';
import shared from '../../vitest.shared.ts';

/**
 * Two projects: the components in jsdom, the 3D scenes (`test/scene/**`) in node with
 * @react-three/test-renderer (no DOM, no WebGL needed). Resolution (the `@ruta/source` condition) comes
 * from the shared config.
 */
export default defineConfig({
  resolve: shared.resolve,
  ssr: shared.ssr,
  test: {
    testTimeout: 60_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'dom',
          environment: 'jsdom',
          include: ['test/**/*.test.ts', 'test/**/*.test.tsx'],
          exclude: ['test/scene/**'],
          setupFiles: ['./test/setup.ts', './test/setup-dom.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'scene',
          environment: 'node',
          include: ['test/scene/**/*.test.ts', 'test/scene/**/*.test.tsx'],
          setupFiles: ['./test/setup.ts'],
        },
      },
    ],
  },
});
