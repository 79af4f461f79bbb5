import type { Pack } from '@ruta/scenario-engine';
import packJson from '../pack.json' with { type: 'json' };

const data: unknown = packJson;

/**
 * The RCM regional scenario pack (`ruta.pack/1`): one trafficking case between Honduras and Guatemala played
 * through identification, referral, shelter and prosecution, and a journey that carries trust, safety and
 * evidence from stage to stage. It is the plain data of `pack.json`, typed as a `Pack`: JSON carries no literal
 * types, so the type is asserted here and proven by `test/pack.test.ts` (`parsePack` plus the engine's
 * analysis). A lab or CLI that loads `pack.json` itself validates it with `parsePack`.
 */
export const pack = data as Pack;

export default pack;
