import { Canvas, type RootState, useFrame, useThree } from '@react-three/fiber';
import {
  Component,
  type CSSProperties,
  type ErrorInfo,
  type ReactNode,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  useSyncExternalStore,
} from 'react';
import { Vector3 } from 'three';
import { hasWebGL } from '../has-webgl';
import { CharactersLayout } from './characters';
import { type SceneLang, sceneLabel } from './labels';
import { framing, placeCharacters } from './placement';
import { StageSet } from './stage-set';
import { stageDefinition } from './stages/index';
import {
  type Environment,
  type SceneCharacter,
  type StageDefinition,
  type StageProps,
  sceneEnvironments,
} from './types';

/** The draw calls and triangles each environment (with its characters) must stay within. */
export const sceneBudget = { drawCalls: 60, triangles: 60_000 } as const;

const reducedQuery = '(prefers-reduced-motion: reduce)';
const subscribeReduced = (notify: () => void) => {
  if (typeof window === 'undefined' || !window.matchMedia) return () => {};
  const query = window.matchMedia(reducedQuery);
  query.addEventListener('change', notify);
  return () => query.removeEventListener('change', notify);
};
const prefersReduced = () =>
  typeof window !== 'undefined' &&
  typeof window.matchMedia === 'function' &&
  window.matchMedia(reducedQuery).matches;

/** True when the system asks for reduced motion (`prefers-reduced-motion: reduce`). */
export function usePrefersReducedMotion(): boolean {
  return useSyncExternalStore(subscribeReduced, prefersReduced, () => false);
}

export interface CharactersProps {
  environment: Environment;
  characters: readonly SceneCharacter[];
  speakerId?: string | undefined;
  reducedMotion?: boolean;
}

/** The characters of a scene, placed by role on the stage of `environment`, the speaker highlighted. */
export function Characters({ environment, characters, speakerId, reducedMotion = false }: CharactersProps) {
  const definition = stageDefinition(environment);
  const placed = useMemo(() => placeCharacters(definition, characters), [definition, characters]);
  const p = definition.view.position;
  return (
    <CharactersLayout
      placed={placed}
      speakerId={speakerId}
      reducedMotion={reducedMotion}
      audience={[p[0], p[2]]}
    />
  );
}

/** The stage of one environment (the set, its light and its ambient motion), without characters. */
export function Stage({ environment, reducedMotion }: StageProps & { environment: Environment }) {
  return <StageSet definition={stageDefinition(environment)} reducedMotion={reducedMotion ?? false} />;
}

function CameraRig({
  definition,
  speaker,
  reducedMotion,
}: {
  definition: StageDefinition;
  speaker: readonly [number, number, number] | undefined;
  reducedMotion: boolean;
}) {
  const camera = useThree((s) => s.camera);
  const invalidate = useThree((s) => s.invalidate);
  const goal = useMemo(() => framing(definition, speaker), [definition, speaker]);
  const target = useRef<Vector3 | null>(null);
  const place = useRef(new Vector3());
  useLayoutEffect(() => {
    // Cut (no glide) on the first frame, under reduced motion, and from one stage to another.
    if (reducedMotion || !target.current || camera.userData.environment !== definition.environment) {
      camera.userData.environment = definition.environment;
      camera.position.set(goal.position[0], goal.position[1], goal.position[2]);
      target.current = new Vector3(goal.target[0], goal.target[1], goal.target[2]);
      camera.lookAt(target.current);
      camera.userData.framing = goal;
    }
    invalidate();
  }, [camera, goal, reducedMotion, invalidate, definition]);
  useFrame((_, delta) => {
    const t = target.current;
    if (!t || reducedMotion) return;
    const k = 1 - Math.exp(-Math.min(delta, 0.1) * 2.5);
    camera.position.lerp(place.current.set(goal.position[0], goal.position[1], goal.position[2]), k);
    t.lerp(place.current.set(goal.target[0], goal.target[1], goal.target[2]), k);
    camera.lookAt(t);
    camera.userData.framing = goal;
  });
  return null;
}

export interface SceneContentsProps extends CharactersProps {}

/** Everything inside the canvas: the stage, the characters and the camera that frames the speaker. For an
 * app that brings its own `<Canvas>`; most apps use `SceneView`. */
export function SceneContents({
  environment,
  characters,
  speakerId,
  reducedMotion = false,
}: SceneContentsProps) {
  const definition = stageDefinition(environment);
  const placed = useMemo(() => placeCharacters(definition, characters), [definition, characters]);
  const speaker = placed.find((p) => p.character.id === speakerId)?.at;
  const p = definition.view.position;
  return (
    <>
      <StageSet definition={definition} reducedMotion={reducedMotion} />
      <CharactersLayout
        placed={placed}
        speakerId={speakerId}
        reducedMotion={reducedMotion}
        audience={[p[0], p[2]]}
      />
      <CameraRig definition={definition} speaker={speaker} reducedMotion={reducedMotion} />
    </>
  );
}

/** Why the 3D scene cannot be shown; the app then shows the text mode. */
export type SceneUnavailableReason = 'no-webgl' | 'error' | 'context-lost';

class SceneErrorBoundary extends Component<
  { onError: (error: unknown) => void; children: ReactNode },
  { failed: boolean }
> {
  override state = { failed: false };
  static getDerivedStateFromError() {
    return { failed: true };
  }
  override componentDidCatch(error: unknown, _info: ErrorInfo) {
    this.props.onError(error);
  }
  override render() {
    return this.state.failed ? null : this.props.children;
  }
}

export interface SceneViewProps extends CharactersProps {
  /** Called once when the scene cannot be drawn (no WebGL, an error while drawing, the GPU context lost). The
   * view then renders nothing: show the text mode. */
  onUnavailable?: (reason: SceneUnavailableReason) => void;
  className?: string;
  style?: CSSProperties;
  /** Language of the accessible label (es by default). */
  lang?: SceneLang;
  /** Replaces the accessible label (by default: the place, who speaks and who is there). */
  label?: string;
  /** Called with r3f's state once the canvas is ready (renderer, scene, camera): for measuring. */
  onCreated?: (state: RootState) => void;
}

/**
 * The 3D scene of a moment of play: the stage of `environment`, the characters placed by role, the speaker
 * highlighted (a ring, a beam, a marker, raised and larger) and framed by the camera. Guarded: without WebGL
 * or on an error it calls `onUnavailable` and renders nothing, so the app falls back to the text mode.
 * Ambient motion stops under `reducedMotion` or `prefers-reduced-motion`.
 */
export function SceneView({
  environment,
  characters,
  speakerId,
  reducedMotion,
  onUnavailable,
  className,
  style,
  lang = 'es',
  label,
  onCreated,
}: SceneViewProps) {
  const [state, setState] = useState<'checking' | 'ready' | 'unavailable'>('checking');
  const reported = useRef(false);
  const report = useRef(onUnavailable);
  report.current = onUnavailable;
  const fail = (reason: SceneUnavailableReason) => {
    setState('unavailable');
    if (!reported.current) {
      reported.current = true;
      report.current?.(reason);
    }
  };
  // biome-ignore lint/correctness/useExhaustiveDependencies: checked once, when the view mounts
  useEffect(() => {
    if (!(sceneEnvironments as readonly string[]).includes(environment)) {
      // A pack that passed validation cannot get here; an app passing its own value can.
      console.error(
        `@ruta/ui/scene: no stage for environment ${JSON.stringify(environment)}; the environments are ${sceneEnvironments.join(', ')}`,
      );
      fail('error');
    } else if (hasWebGL()) setState('ready');
    else fail('no-webgl');
  }, []);
  const systemReduced = usePrefersReducedMotion();
  const reduced = reducedMotion === true || systemReduced;
  if (state !== 'ready') return null;
  const view = stageDefinition(environment).view;
  return (
    <div
      role="img"
      aria-label={label ?? sceneLabel(lang, environment, characters, speakerId)}
      className={className}
      style={{ position: 'relative', width: '100%', height: '100%', minHeight: 240, ...style }}
      data-environment={environment}
    >
      <SceneErrorBoundary onError={() => fail('error')}>
        <Canvas
          aria-hidden="true"
          dpr={[1, 2]}
          frameloop={reduced ? 'demand' : 'always'}
          camera={{ fov: 45, near: 0.1, far: 220, position: view.position as [number, number, number] }}
          gl={{ antialias: true, powerPreference: 'low-power' }}
          onCreated={(root) => {
            root.gl.domElement.addEventListener('webglcontextlost', () => fail('context-lost'), {
              once: true,
            });
            onCreated?.(root);
          }}
        >
          <SceneContents
            environment={environment}
            characters={characters}
            speakerId={speakerId}
            reducedMotion={reduced}
          />
        </Canvas>
      </SceneErrorBoundary>
    </div>
  );
}
