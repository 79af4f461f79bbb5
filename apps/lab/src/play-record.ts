import type { Play, PlayResult, PlaySave } from '@ruta/scenario-engine';
import { type Attempt, newId } from './storage';

// What a play page needs to record a play, with nothing of the engine's checks or replays: a fresh play
// loads this, and the pages that replay attempts load attempts.ts.

/** What an attempt keeps of its result for the home page (the certification self-check replays instead). */
export interface AttemptSummary {
  outcome: string | null;
  overall: number | null;
  competencies: Record<string, number>;
}

export function summarize(result: PlayResult): AttemptSummary {
  return {
    outcome: result.ending?.outcome ?? null,
    overall: result.scores.overall,
    competencies: { ...result.scores.competencies },
  };
}

/** The attempt a finished play leaves in the history (its events replay to its debrief). */
export function attemptOf(
  play: Play,
  startedAt: string,
  extra: Pick<Attempt, 'practice' | 'journey'> = {},
): Attempt {
  const save = play.save();
  const attempt: Attempt = {
    id: newId(),
    packId: save.pack,
    packVersion: save.version,
    scenarioId: save.scenario,
    events: save.events,
    startedAt,
    completedAt: new Date().toISOString(),
    summary: summarize(play.result()),
    ...extra,
  };
  if (save.carry !== undefined) attempt.carry = save.carry;
  return attempt;
}

/** The save of an attempt cut just before event `eventIndex`: where "try again from here" starts. */
export function saveBefore(attempt: Attempt, eventIndex: number): PlaySave {
  const save: PlaySave = {
    v: 1,
    pack: attempt.packId,
    version: attempt.packVersion,
    scenario: attempt.scenarioId,
    events: attempt.events.slice(0, Math.max(0, eventIndex)),
  };
  if (attempt.carry) save.carry = attempt.carry;
  return save;
}
