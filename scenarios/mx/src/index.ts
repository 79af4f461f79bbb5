import type { Pack } from '@ruta/scenario-engine';
import packJson from '../pack.json' with { type: 'json' };

const data: unknown = packJson;

/**
 * Mexico's scenario pack (`ruta.pack/1`): the plain data of `pack.json`, typed as a `Pack`.
 * JSON carries no literal types, so the type is asserted here and proven by `test/pack.test.ts`, which runs
 * `parsePack` and the engine's analysis on it. A lab or CLI that loads `pack.json` itself runs `parsePack`.
 */
export const pack = data as Pack;

export default pack;
