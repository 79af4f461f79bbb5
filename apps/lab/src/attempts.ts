import { decodeEvents, type Pack, replay } from '@ruta/scenario-engine';
import type { Attempt } from './storage';

export { type AttemptSummary, attemptOf, saveBefore, summarize } from './play-record';

/** The result of an attempt, replayed against the pack (throws a PlayError when it no longer replays). */
export function resultOf(pack: Pack, attempt: Attempt) {
  return replay(
    pack,
    attempt.scenarioId,
    decodeEvents(attempt.events),
    attempt.carry ? { carry: attempt.carry } : {},
  );
}
