import { useFrame, useThree } from '@react-three/fiber';
import { useEffect, useMemo, useRef } from 'react';
import { BackSide, BufferAttribute, Color, type Group, SphereGeometry } from 'three';
import { Kit, type Look, type Vec3 } from './kit';
import type { StageDefinition, StageProps } from './types';

/** One mesh per look of a kit: the whole set in a few draw calls. */
export function KitMeshes({ build, name, eye }: { build: (k: Kit) => void; name: string; eye?: Vec3 }) {
  const geometries = useMemo(() => {
    const kit = new Kit();
    build(kit);
    return kit.build(eye);
  }, [build, eye]);
  useEffect(
    () => () => {
      for (const g of Object.values(geometries)) g?.dispose();
    },
    [geometries],
  );
  return (
    <>
      {(Object.entries(geometries) as [Look, NonNullable<(typeof geometries)[Look]>][]).map(
        ([look, geometry]) => (
          <mesh key={look} name={`${name}:${look}`} geometry={geometry}>
            {look === 'glow' ? (
              <meshBasicMaterial vertexColors toneMapped={false} />
            ) : look === 'glass' ? (
              <meshLambertMaterial vertexColors transparent opacity={0.38} depthWrite={false} />
            ) : (
              <meshLambertMaterial vertexColors flatShading />
            )}
          </mesh>
        ),
      )}
    </>
  );
}

function Sky({ horizon, zenith }: { horizon: string; zenith: string }) {
  const geometry = useMemo(() => {
    const g = new SphereGeometry(200, 16, 8);
    const position = g.getAttribute('position');
    const colors = new Float32Array(position.count * 3);
    const low = new Color(horizon);
    const high = new Color(zenith);
    const c = new Color();
    for (let i = 0; i < position.count; i++) {
      const t = Math.min(1, Math.max(0, position.getY(i) / 120));
      c.copy(low).lerp(high, Math.sqrt(t));
      colors.set([c.r, c.g, c.b], i * 3);
    }
    g.setAttribute('color', new BufferAttribute(colors, 3));
    return g;
  }, [horizon, zenith]);
  useEffect(() => () => geometry.dispose(), [geometry]);
  return (
    // Drawn after the set, depth-tested: only the pixels nothing covers are shaded (not the whole screen).
    <mesh name="sky" geometry={geometry} renderOrder={1} frustumCulled={false}>
      <meshBasicMaterial vertexColors side={BackSide} fog={false} depthWrite={false} toneMapped={false} />
    </mesh>
  );
}

type MotionSpec = NonNullable<StageDefinition['motion']>[number];

function Moving({ spec, reducedMotion, index }: { spec: MotionSpec; reducedMotion: boolean; index: number }) {
  const group = useRef<Group>(null);
  const invalidate = useThree((s) => s.invalidate);
  useEffect(() => {
    // Back to the rest pose when motion stops.
    if (reducedMotion && group.current) {
      group.current.rotation.set(0, 0, 0);
      group.current.position.set(spec.pivot[0], spec.pivot[1], spec.pivot[2]);
      group.current.scale.set(1, 1, 1);
      invalidate();
    }
  }, [reducedMotion, spec, invalidate]);
  const time = useRef(0);
  useFrame((_, delta) => {
    const g = group.current;
    if (!g || reducedMotion) return;
    time.current += Math.min(delta, 0.1);
    const t = time.current * spec.speed + index;
    const wave = Math.sin(t);
    switch (spec.kind) {
      case 'sway':
        g.rotation[spec.axis] = wave * spec.amount;
        break;
      case 'spin':
        g.rotation[spec.axis] = (t * spec.amount) % (Math.PI * 2);
        break;
      case 'bob':
        g.position[spec.axis] =
          spec.pivot[spec.axis === 'x' ? 0 : spec.axis === 'y' ? 1 : 2] + wave * spec.amount;
        break;
      case 'drift': {
        const i = spec.axis === 'x' ? 0 : spec.axis === 'y' ? 1 : 2;
        g.position[spec.axis] = spec.pivot[i] + ((((t * spec.amount) % 40) + 40) % 40) - 20;
        break;
      }
      case 'pulse':
        g.scale.setScalar(1 + Math.max(0, Math.sin(t * 2)) ** 8 * spec.amount);
        break;
    }
  });
  return (
    <group ref={group} position={spec.pivot as [number, number, number]} name={`motion:${spec.kind}`}>
      <KitMeshes build={spec.build} name={`motion${index}`} />
    </group>
  );
}

/** A stage: its set, its moving parts, its sky, fog and lights. */
export function StageSet({
  definition,
  reducedMotion = false,
}: StageProps & { definition: StageDefinition }) {
  const a = definition.atmosphere;
  return (
    <group name={`stage:${definition.environment}`} userData={{ environment: definition.environment }}>
      <color attach="background" args={[a.sky[0]]} />
      <fog attach="fog" args={[a.fog[0], a.fog[1], a.fog[2]]} />
      <hemisphereLight args={[a.hemi[0], a.hemi[1], a.hemi[2]]} />
      <directionalLight
        color={a.key[0]}
        intensity={a.key[1]}
        position={a.key[2] as [number, number, number]}
      />
      {a.lamps?.map(([color, intensity, at, distance]) => (
        <pointLight
          key={at.join(',')}
          color={color}
          intensity={intensity}
          position={at as [number, number, number]}
          distance={distance}
          decay={1}
        />
      ))}
      {a.indoor ? null : <Sky horizon={a.sky[0]} zenith={a.sky[1]} />}
      <KitMeshes build={definition.build} name="set" eye={definition.view.position} />
      {definition.motion?.map((spec, i) => (
        <Moving
          key={`${spec.kind}@${spec.pivot.join(',')}`}
          spec={spec}
          index={i}
          reducedMotion={reducedMotion}
        />
      ))}
    </group>
  );
}
