import { VitePWA } from 'vite-plugin-pwa';

/**
 * The lab offline (vite-plugin-pwa, Workbox `generateSW`): the service worker precaches every file of the
 * build — the pages, every pack's scenario chunks in every language, three.js and the scenes — so after
 * the first visit the lab opens and plays with no network. `registerType: 'prompt'`: a new version waits
 * until the trainee accepts it (src/offline.tsx offers it, and never during a play); nothing reloads by
 * itself. The app registers the worker (no injected script), after the first page has rendered.
 */
export function labOffline() {
  return VitePWA({
    registerType: 'prompt',
    injectRegister: false,
    manifest: false,
    workbox: {
      globPatterns: ['**/*.{js,css,html,json,svg,png,woff2}'],
      globIgnores: ['.vite/**'],
      // three.js and the scenes are one chunk of about 1 MB.
      maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
      navigateFallback: 'index.html',
      cleanupOutdatedCaches: true,
    },
  });
}
