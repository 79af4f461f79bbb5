import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/** The bench's scene page. RUTA_SOURCE=1 reads @ruta/ui from its sources (for looking at the stages while
 * working on them); by default it uses the built package, as an app would. */
export default defineConfig({
  root: import.meta.dirname,
  base: './',
  plugins: [react()],
  resolve: { conditions: process.env.RUTA_SOURCE ? ['@ruta/source'] : [] },
  build: {
    outDir: process.env.RUTA_SCENE_OUT ?? '../.cache/scene-page',
    emptyOutDir: true,
    chunkSizeWarningLimit: 2000,
  },
  logLevel: 'warn',
});
