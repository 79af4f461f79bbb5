import { Id } from '@ruta/curriculum';
import { z } from 'zod';
import { saveFormatVersion } from './save-events';

/**
 * The save of a play: compact JSON, small enough for a browser's local storage or a URL. Events are encoded
 * as short strings: `"c:<choice>"`, `"n:<indicator>"`, `"u:<indicator>"` and `"t"` (a timeout).
 */

export { decodeEvents, encodeEvents, saveFormatVersion } from './save-events';

const EncodedEvent = z
  .string()
  .regex(
    /^(t|[cnu]:[a-z0-9]+(-[a-z0-9]+)*)$/,
    'must be an encoded event: "c:<choice>", "n:<indicator>", "u:<indicator>" or "t"',
  );

export const PlaySave = z.strictObject({
  v: z.literal(saveFormatVersion, {
    error: () => `must be ${saveFormatVersion} (the save format this engine reads)`,
  }),
  pack: Id,
  version: z.string().min(1),
  scenario: Id,
  carry: z.record(Id, z.union([z.number(), z.boolean()])).optional(),
  /** The accessibility accommodations used so far (`play.accommodations`); absent when none was. */
  accommodations: z.strictObject({ timerPaused: z.boolean().optional() }).optional(),
  events: z.array(EncodedEvent).max(100_000),
});
/** A saved play: `{ v: 1, pack, version, scenario, carry?, accommodations?, events }`. */
export type PlaySave = z.infer<typeof PlaySave>;
