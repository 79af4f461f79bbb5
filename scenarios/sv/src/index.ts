import type { Pack } from '@ruta/scenario-engine';
import packJson from '../pack.json';

/**
 * The El Salvador scenario pack (`ruta.pack/1`): the data in `pack.json`, typed.
 * It is plain data: a lab or CLI that loads `pack.json` itself validates it with `parsePack` from
 * `@ruta/scenario-engine`. JSON carries no literal types, so the type is asserted here and proven by
 * `test/pack.test.ts` (`parsePack`, the engine's analysis and every path played).
 */
export const pack: Pack = packJson as unknown as Pack;

export default pack;
