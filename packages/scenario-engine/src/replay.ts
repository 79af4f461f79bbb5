import { type Play, startScenario } from './play';
import { type CarriedValues, PlayError, PlayEvent } from './play-event';
import type { Accommodations, PlayResult } from './result';
import type { Pack } from './schema';

/** What a replay needs beside the events: the carried values, and the accommodations to record again. */
export interface ReplayOptions {
  carry?: CarriedValues;
  /**
   * The accessibility accommodations of the play (`result.accommodations`): recorded in the replayed result,
   * never scored, so the scores are the same with or without them.
   */
  accommodations?: Accommodations;
}

/**
 * Replays a play from its event log (no clock: timeouts happen where the log has a `TIMEOUT`). The same
 * pack, scenario, carry and events always give the same result. Throws a {@link PlayError} with the index of
 * the first event that is not accepted.
 */
export function replay(
  pack: Pack,
  scenarioId: string,
  events: readonly PlayEvent[],
  options: ReplayOptions = {},
): PlayResult {
  const play = replayPlay(pack, scenarioId, events, options);
  const result = play.result();
  play.stop();
  return result;
}

/** Replays events into a new play (no clock) and returns the play, ready to continue. */
export function replayPlay(
  pack: Pack,
  scenarioId: string,
  events: readonly PlayEvent[],
  options: ReplayOptions = {},
): Play {
  if (!Array.isArray(events)) throw new PlayError('invalid-event', 'events must be a list of play events');
  const play = startScenario(pack, scenarioId, {
    carry: options.carry,
    timers: false,
    ...(options.accommodations === undefined ? {} : { accommodations: options.accommodations }),
  });
  try {
    events.forEach((event, index) => {
      const checked = PlayEvent.safeParse(event);
      if (!checked.success)
        throw new PlayError(
          'invalid-event',
          `event ${index} is not a play event: expected { "type": "CHOOSE", "choiceId" } , { "type": "NOTE"|"UNNOTE", "indicatorId" } or { "type": "TIMEOUT" }`,
          index,
        );
      try {
        play.send(checked.data);
      } catch (error) {
        if (error instanceof PlayError) {
          error.eventIndex = index;
          error.message = `event ${index}: ${error.message}`;
        }
        throw error;
      }
    });
  } catch (error) {
    play.stop();
    throw error;
  }
  return play;
}
