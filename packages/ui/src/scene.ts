/**
 * `@ruta/ui/scene`: the 3D stages of the 11 environments, the characters placed by role and the guarded
 * `SceneView`. Needs three and @react-three/fiber; load it lazily so three stays out of an app's first load:
 *
 *   const SceneView = lazy(() => import('@ruta/ui/scene').then((m) => ({ default: m.SceneView })));
 */

export { hasWebGL } from './has-webgl';
export { type SceneLang, sceneLabel, sceneMessages } from './scene/labels';
export {
  Characters,
  type CharactersProps,
  SceneContents,
  type SceneContentsProps,
  type SceneUnavailableReason,
  SceneView,
  type SceneViewProps,
  Stage,
  sceneBudget,
  usePrefersReducedMotion,
} from './scene/scene-view';
export { stages } from './scene/stage-components';
export {
  type CharacterRole,
  type Environment,
  type SceneCharacter,
  type StageProps,
  sceneEnvironments,
} from './scene/types';
