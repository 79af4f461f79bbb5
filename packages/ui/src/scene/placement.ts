import type { Vec3 } from './kit';
import { type CharacterRole, roleGroup, type SceneCharacter, type Spot, type StageDefinition } from './types';

export interface Placed {
  character: SceneCharacter;
  /** Where the figure stands (x, y, z). */
  at: Vec3;
}

/**
 * Places each character by role: first on the stage's spots for that role (the judge's bench, the witness
 * stand), then on the spots of the role's side (institution, public, apart), then in a row behind the others.
 * The same characters on the same stage always stand in the same place.
 */
export function placeCharacters(stage: StageDefinition, characters: readonly SceneCharacter[]): Placed[] {
  const used = new Set<string>();
  const key = (s: Spot) => `${s[0]},${s[1]}`;
  const take = (list: readonly Spot[] | undefined) => list?.find((s) => !used.has(key(s)));
  let overflow = 0;
  return characters.map((character) => {
    const role: CharacterRole = character.role;
    const spot = take(stage.roleSpots?.[role]) ?? take(stage.spots[roleGroup[role]]) ?? take(allSpots(stage));
    if (spot) {
      used.add(key(spot));
      return { character, at: [spot[0], spot[2] ?? 0, spot[1]] as const };
    }
    const i = overflow++;
    const t = stage.view.target;
    return { character, at: [t[0] - 3 + (i % 6) * 1.2, 0, t[2] - 2.5 - Math.floor(i / 6) * 1.2] as const };
  });
}

function allSpots(stage: StageDefinition): Spot[] {
  return [...stage.spots.public, ...stage.spots.institution, ...stage.spots.apart];
}

/** Where the camera looks at and stands when it frames the speaker (or the overview without one). */
export function framing(stage: StageDefinition, speaker: Vec3 | undefined): { position: Vec3; target: Vec3 } {
  if (!speaker) return stage.view;
  const { position: p, target: t } = stage.view;
  const head: Vec3 = [speaker[0], speaker[1] + 1.35, speaker[2]];
  const target: Vec3 = [
    t[0] + (head[0] - t[0]) * 0.75,
    t[1] + (head[1] - t[1]) * 0.75,
    t[2] + (head[2] - t[2]) * 0.75,
  ];
  const d = [p[0] - t[0], p[1] - t[1], p[2] - t[2]] as const;
  const length = Math.hypot(d[0], d[1], d[2]);
  const distance = Math.max(5.5, length * (stage.closeUp ?? 0.62));
  const position: Vec3 = [
    target[0] + (d[0] / length) * distance,
    Math.max(target[1] + 0.6, target[1] + (d[1] / length) * distance),
    target[2] + (d[2] / length) * distance,
  ];
  return { position, target };
}
