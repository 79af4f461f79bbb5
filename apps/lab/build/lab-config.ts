/** What `ruta.config.ts` holds: the npm package names of the scenario packs built into the lab. */
export interface LabConfig {
  /** Pack packages, each exporting a `ruta.pack/1` pack as `pack` or as its default export. */
  packs: string[];
  /**
   * The issuers whose certificates the lab's verification page trusts: each public key (JWK, never one with a
   * private member `d`) bound to the issuer id it signs as, and the name shown for it.
   */
  trustedIssuers?: { issuerId: string; name: string; jwk: Record<string, unknown> }[];
}

/** Identity function that only adds types (like Vite's `defineConfig`). */
export function defineLabConfig(config: LabConfig): LabConfig {
  return config;
}
