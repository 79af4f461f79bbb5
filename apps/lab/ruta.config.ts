import { defineLabConfig } from './build/lab-config.ts';

/**
 * The scenario packs built into the lab. A country adds its published pack with
 * `npm install @country/pack -w @ruta/lab` and one line below; `npm run build -w @ruta/lab` then validates
 * it (field rules and the engine's static checks) and fails with its issues when it is not valid.
 */
export default defineLabConfig({
  packs: [
    '@ruta/pack-regional', // the RCM regional pack (es, en, fr) and its four-stage journey
    '@ruta/pack-sv', // El Salvador
    '@ruta/pack-mx', // Mexico
  ],
});
