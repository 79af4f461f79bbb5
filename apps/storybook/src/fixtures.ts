import mx from '@ruta/pack-mx';
import regional from '@ruta/pack-regional';
import sv from '@ruta/pack-sv';
import {
  isEnding,
  type Outcome,
  type Pack,
  type Play,
  type PlayResult,
  startScenario,
} from '@ruta/scenario-engine';
import { type ValidationIssue, validatePack } from '@ruta/scenario-engine/validate';
import type { Lang } from '@ruta/ui';

export const packs: readonly Pack[] = [regional, sv, mx];
export { mx, regional, sv };

/** The ids of a choice path: the choices made, in order. */
type Path = string[];

/**
 * Plays `choices` in a fresh play of the scenario (no timers: stories and tests never wait on the clock).
 */
export function playPath(
  pack: Pack,
  scenarioId: string,
  choices: readonly string[],
  notes: readonly string[] = [],
): Play {
  const play = startScenario(pack, scenarioId, { timers: false });
  for (const id of notes) play.note(id);
  for (const id of choices) play.choose(id);
  return play;
}

const paths = new Map<string, Path>();

/**
 * The first path (depth first, choices in pack order) that ends with `outcome`, optionally through a
 * harmful choice. Found by playing the engine, so it follows the pack's conditions and effects.
 */
export function pathTo(
  pack: Pack,
  scenarioId: string,
  outcome: Outcome,
  options: { harmful?: boolean } = {},
): Path {
  const key = `${pack.id}/${scenarioId}/${outcome}/${options.harmful === true}`;
  const cached = paths.get(key);
  if (cached !== undefined) return cached;
  const seen = new Set<string>();
  const search = (path: Path): Path | undefined => {
    const play = playPath(pack, scenarioId, path);
    if (play.done) {
      const result = play.result();
      const fits =
        result.ending?.outcome === outcome && (options.harmful !== true || result.harmful.length > 0);
      return fits ? path : undefined;
    }
    const key = `${play.nodeId}|${JSON.stringify(play.variables)}|${path.length > 12}`;
    if (seen.has(key) || path.length > 24) return undefined;
    seen.add(key);
    for (const choice of play.choices()) {
      const found = search([...path, choice.id]);
      if (found) return found;
    }
    return undefined;
  };
  const found = search([]);
  if (found === undefined) throw new Error(`no path to a ${outcome} ending in ${pack.id}/${scenarioId}`);
  paths.set(key, found);
  return found;
}

/** A finished play of the scenario that ends with `outcome`, with the indicators of its first node noted. */
export function endedPlay(
  pack: Pack,
  scenarioId: string,
  outcome: Outcome,
  options: { harmful?: boolean } = {},
): Play {
  const path = pathTo(pack, scenarioId, outcome, options);
  const scenario = pack.scenarios.find((s) => s.id === scenarioId)!;
  const first = scenario.nodes[scenario.start]!;
  // Note two of the indicators present and one that is not, so the debrief shows found, missed and wrong.
  const present = (first.present ?? []).slice(0, 2);
  const wrong = ['ilo-excessive-overtime'].filter((id) => !(first.present ?? []).includes(id));
  const play = playPath(pack, scenarioId, path, [...present, ...wrong]);
  if (!play.done || !isEnding(play.node)) throw new Error('the path did not end');
  return play;
}

export function endedResult(
  pack: Pack,
  scenarioId: string,
  outcome: Outcome,
  options: { harmful?: boolean } = {},
): PlayResult {
  return endedPlay(pack, scenarioId, outcome, options).result();
}

export const borderPost = 'identification-border-post';

/**
 * A copy of the regional pack with mistakes an author makes, and what `validatePack` says about it in `lang`
 * (the issues a pack import panel shows a user in that language).
 */
export function brokenPackIssues(lang: Lang): ValidationIssue[] {
  const broken = structuredClone(regional) as unknown as Record<string, unknown> & {
    scenarios: Array<{ nodes: Record<string, { choices?: Array<{ to: string }> }>; stage: string }>;
    version: string;
  };
  broken.version = '1.0';
  const scenario = broken.scenarios[0]!;
  scenario.stage = 'identificaton';
  const first = Object.values(scenario.nodes).find((node) => node.choices !== undefined)!;
  first.choices![0]!.to = 'interveiw';
  const validation = validatePack(broken, { lang });
  return validation.ok ? [] : validation.issues;
}
