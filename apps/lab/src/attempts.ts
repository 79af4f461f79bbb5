import {
  decodeEvents,
  type Pack,
  type Play,
  type PlayResult,
  type PlaySave,
  replay,
  resume,
  type startScenario,
} from '@ruta/scenario-engine';
import { type Attempt, newId } from './storage';

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
    // Replayed rather than read from `play.result()`: inside a play's listener (where the lab hears of the
    // ending) the engine has not yet recorded the last decision in the result.
    summary: summarize(
      replay(play.pack, save.scenario, play.events, save.carry ? { carry: save.carry } : {}),
    ),
    ...extra,
  };
  if (save.carry !== undefined) attempt.carry = save.carry;
  return attempt;
}

/** The result of an attempt, replayed against the pack (throws a PlayError when it no longer replays). */
export function resultOf(pack: Pack, attempt: Attempt) {
  return replay(
    pack,
    attempt.scenarioId,
    decodeEvents(attempt.events),
    attempt.carry ? { carry: attempt.carry } : {},
  );
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

export type Started = { ok: true; play: Play; resumed: boolean } | { ok: false; reason: string };

/** Resumes a save, or says why it cannot be. */
export function resumeSave(
  pack: Pack,
  save: PlaySave,
  options: Parameters<typeof startScenario>[2] = {},
): Started {
  const resumed = resume(pack, save, options);
  if (resumed.ok) return { ok: true, play: resumed.value, resumed: true };
  return { ok: false, reason: resumed.issues.map((i) => `${i.path}: ${i.message}`).join('; ') };
}
