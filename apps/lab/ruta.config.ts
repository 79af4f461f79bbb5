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
  // The program's issuer keys that the verification page trusts (public JWKs, as `ruta keygen` writes
  // them in `<prefix>.public.jwk`), each bound to its issuer id:
  //   { issuerId: 'https://rcm.example.org/issuer', name: 'Conferencia Regional sobre Migración', jwk: { … } }
  trustedIssuers: [],
});
