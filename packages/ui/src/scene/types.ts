import type { Character, Setting } from '@ruta/scenario-engine';
import type { Kit, Vec3 } from './kit';

/** One of the 11 environments of the pack spec (`setting.environment`). */
export type Environment = Setting['environment'];
/** A character's role (`characterRoles` of @ruta/scenario-engine). */
export type CharacterRole = Character['role'];
/** What a scene needs to know about a character: its id, name and role (a pack's `Character` fits). */
export type SceneCharacter = Pick<Character, 'id' | 'name' | 'role'>;

/**
 * The environments, in the order of the pack spec. Written out here (and checked against the engine's list by
 * a test) so that `@ruta/ui/scene` imports only types from @ruta/scenario-engine, not zod.
 */
export const sceneEnvironments = [
  'border-post',
  'bus-terminal',
  'port',
  'worksite',
  'farm',
  'street',
  'office',
  'shelter',
  'hospital',
  'consulate',
  'courtroom',
] as const satisfies readonly Environment[];

/** Where a figure stands: x, z on the floor, and y if it stands raised (a judge's bench, a witness stand). */
export type Spot = readonly [x: number, z: number, y?: number];

/** Which side of a scene a role stands on when the stage has no spot for the role itself. */
export type SpotGroup = 'institution' | 'public' | 'apart';

export const roleGroup: Record<CharacterRole, SpotGroup> = {
  official: 'institution',
  colleague: 'institution',
  interpreter: 'institution',
  victim: 'public',
  witness: 'public',
  other: 'public',
  suspect: 'apart',
};

/** The light and air of a stage. Colours are CSS hex strings. */
export interface Atmosphere {
  /** Sky colours from the horizon up (outdoors), or the colour behind the walls (indoors). */
  sky: readonly [horizon: string, zenith: string];
  fog: readonly [color: string, near: number, far: number];
  /** Hemisphere light: sky colour, ground colour, intensity. */
  hemi: readonly [string, string, number];
  /** The key light (sun or ceiling): colour, intensity, direction it comes from. */
  key: readonly [string, number, Vec3];
  /** Warm or cool point lights (lamps), at most two. */
  /** Indoors: no sky dome (the walls close the view). */
  indoor?: boolean;
  lamps?: readonly (readonly [color: string, intensity: number, at: Vec3, distance: number])[];
}

/** What a stage is: its static set, its moving parts, its light, where people stand and the camera. */
export interface StageDefinition {
  environment: Environment;
  atmosphere: Atmosphere;
  /** Adds every static prop of the set to the kit. */
  build: (k: Kit) => void;
  /** Parts that move (a flag, a crane, clouds); drawn in their own group, still under reduced motion. */
  motion?: {
    build: (k: Kit) => void;
    /** The group's pivot. */
    pivot: Vec3;
    kind: 'sway' | 'spin' | 'drift' | 'bob' | 'pulse';
    /** Axis (spin/sway) or direction (drift/bob). */
    axis: 'x' | 'y' | 'z';
    amount: number;
    speed: number;
  }[];
  spots: Record<SpotGroup, readonly Spot[]>;
  roleSpots?: Partial<Record<CharacterRole, readonly Spot[]>>;
  /** How close the camera comes when it frames a speaker (share of the overview distance, 0.62 by default). */
  closeUp?: number;
  /** The overview camera: where it is and what it looks at. */
  view: { position: Vec3; target: Vec3 };
}

export interface StageProps {
  /** Stop every ambient motion (the app's setting or prefers-reduced-motion). */
  reducedMotion?: boolean;
}
