import type { Pack } from '@ruta/scenario-engine';
import packJson from '../pack.json';

/**
 * The El Salvador scenario pack (`ruta.pack/1`): the data in `pack.json`, typed.
 * It is plain data; validate it with `parsePack` from `@ruta/scenario-engine` before playing it
 * (`test/pack.test.ts` proves it validates, so the cast below only narrows JSON's widened literal types).
 */
export const pack: Pack = packJson as unknown as Pack;

export default pack;
