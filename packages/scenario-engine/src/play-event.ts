import { z } from 'zod';

/** The events of a play: plain objects, logged in order; the pack, scenario, carry and this log determine it. */
export const PlayEvent = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('CHOOSE'), choiceId: z.string() }),
  z.strictObject({ type: z.literal('NOTE'), indicatorId: z.string() }),
  z.strictObject({ type: z.literal('UNNOTE'), indicatorId: z.string() }),
  z.strictObject({ type: z.literal('TIMEOUT') }),
]);
export type PlayEvent = z.infer<typeof PlayEvent>;

/** Values carried into a scenario (a journey's carried variables): variable name → value. */
export type CarriedValues = Record<string, number | boolean>;

export { PlayError } from './play-error';

export type PlayErrorCode =
  | 'unknown-scenario'
  | 'invalid-pack'
  | 'unknown-journey'
  | 'invalid-event'
  | 'unknown-choice'
  | 'choice-not-offered'
  | 'unknown-indicator'
  | 'no-timeout'
  | 'play-over'
  | 'play-stopped'
  | 'invalid-carry'
  | 'invalid-accommodations'
  | 'journey-step-not-done'
  | 'journey-over';
