import type { SceneCharacter } from '../../src/scene/types';

/** One character of each role (the largest cast a scene is drawn with in these tests). */
export const cast: SceneCharacter[] = [
  { id: 'ana', name: 'Ana', role: 'victim' },
  { id: 'luis', name: 'Luis', role: 'official' },
  { id: 'marta', name: 'Marta', role: 'interpreter' },
  { id: 'jorge', name: 'Jorge', role: 'suspect' },
  { id: 'rosa', name: 'Rosa', role: 'witness' },
  { id: 'pablo', name: 'Pablo', role: 'colleague' },
  { id: 'tere', name: 'Tere', role: 'other' },
];
