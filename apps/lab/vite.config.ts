import react from '@vitejs/plugin-react';
import { defaultClientConditions, defineConfig } from 'vite';
import { labOffline } from './build/offline.ts';
import { rutaPacks } from './build/packs-plugin.ts';
import labConfig from './ruta.config.ts';

/**
 * The lab reads the Ruta libraries from their sources (the `@ruta/source` condition), so it builds on a
 * fresh clone without building the libraries first. `base: './'` lets any static host serve `dist/` from any path.
 */
export default defineConfig({
  base: './',
  plugins: [react(), rutaPacks(labConfig), labOffline()],
  resolve: {
    conditions: ['@ruta/source', ...defaultClientConditions],
    // Every message is compiled at build time (virtual:ruta-messages): react-intl needs no parser.
    alias: [
      {
        find: /^@formatjs\/icu-messageformat-parser$/,
        replacement: '@formatjs/icu-messageformat-parser/no-parser.js',
      },
    ],
  },
  build: {
    manifest: true,
    target: 'es2022',
    chunkSizeWarningLimit: 1500,
  },
  preview: { host: '127.0.0.1', port: 5173, strictPort: true },
  server: { host: '127.0.0.1', port: 5173, strictPort: true },
});
