/** What `ruta.config.ts` holds: the npm package names of the scenario packs built into the lab. */
export interface LabConfig {
  /** Pack packages, each exporting a `ruta.pack/1` pack as `pack` or as its default export. */
  packs: string[];
}

/** Identity function that only adds types (like Vite's `defineConfig`). */
export function defineLabConfig(config: LabConfig): LabConfig {
  return config;
}
