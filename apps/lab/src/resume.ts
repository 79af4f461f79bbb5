import type { Pack, Play, PlaySave, startScenario } from '@ruta/scenario-engine';
import { resume } from '@ruta/scenario-engine';

// Resuming a save runs the engine's full check of it (its schema and the messages of its issues), so the play
// page loads this module only when there is a save to resume.

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
