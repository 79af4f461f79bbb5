import { Id } from '@ruta/curriculum';
import { z } from 'zod';
import type { PlayEvent } from './play-event';

/**
 * The save of a play: compact JSON, small enough for a browser's local storage or a URL. Events are encoded
 * as short strings: `"c:<choice>"`, `"n:<indicator>"`, `"u:<indicator>"` and `"t"` (a timeout).
 */

export const saveFormatVersion = 1 as const;

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
  events: z.array(EncodedEvent).max(100_000),
});
/** A saved play: `{ v: 1, pack, version, scenario, carry?, events }`. */
export type PlaySave = z.infer<typeof PlaySave>;

/** Encodes events as the save's short strings. */
export function encodeEvents(events: readonly PlayEvent[]): string[] {
  return events.map((event) => {
    switch (event.type) {
      case 'CHOOSE':
        return `c:${event.choiceId}`;
      case 'NOTE':
        return `n:${event.indicatorId}`;
      case 'UNNOTE':
        return `u:${event.indicatorId}`;
      default:
        return 't';
    }
  });
}

/** Decodes the save's short strings back into events (the strings must match the save format). */
export function decodeEvents(encoded: readonly string[]): PlayEvent[] {
  return encoded.map((code) => {
    if (code === 't') return { type: 'TIMEOUT' };
    const id = code.slice(2);
    if (code.startsWith('c:')) return { type: 'CHOOSE', choiceId: id };
    if (code.startsWith('n:')) return { type: 'NOTE', indicatorId: id };
    return { type: 'UNNOTE', indicatorId: id };
  });
}
