/**
 * `@ruta/scenario-engine/testing` — helpers for pack authors' tests: play every path of a scenario, random
 * valid packs and random walks (fast-check arbitraries).
 */
export { type ArbitraryEventsOptions, arbitraryEvents } from './testing/arbitrary-events';
export { type ArbitraryPackOptions, arbitraryPack } from './testing/arbitrary-pack';
export { type AllPathsResult, type PlayAllPathsOptions, playAllPaths } from './testing/play-all-paths';
