import { useFrame, useThree } from '@react-three/fiber';
import { useEffect, useMemo, useRef } from 'react';
import { AdditiveBlending, BufferAttribute, type BufferGeometry, type Group } from 'three';
import { Kit } from './kit';
import type { Placed } from './placement';
import type { CharacterRole } from './types';

const skins = ['#8d5a3b', '#c68d62', '#e0b08a', '#5e3a24', '#b07a52', '#f0c9a4'];
const hairs = ['#1d1410', '#3b2416', '#111111', '#5a3a20', '#2a1c14', '#6b4a2e'];

/** Each role dresses differently AND carries its own shape (cap, lanyard, headset, backpack…), so a role is
 * never told by colour alone. */
const outfits: Record<CharacterRole, { shirt: string; legs: string; extra: (k: Kit) => void }> = {
  official: {
    shirt: '#2f4a7a',
    legs: '#1f2a3d',
    extra: (k) => {
      k.cyl(0, 1.7, 0, 0.17, 0.09, '#1b2740', { seg: 10 });
      k.box(0, 1.7, 0.15, 0.3, 0.03, 0.14, '#0d0d0d');
      k.box(0.11, 1.22, 0.25, 0.08, 0.08, 0.03, '#ffd24a', { look: 'glow' });
    },
  },
  colleague: {
    shirt: '#2a8c82',
    legs: '#3a3f48',
    extra: (k) => {
      k.box(0, 1.0, 0.26, 0.13, 0.17, 0.03, '#f4f4f4', { look: 'glow' });
      k.box(-0.08, 1.16, 0.24, 0.025, 0.32, 0.02, '#d23c3c', { r: [0, 0, -0.35] });
      k.box(0.08, 1.16, 0.24, 0.025, 0.32, 0.02, '#d23c3c', { r: [0, 0, 0.35] });
    },
  },
  interpreter: {
    shirt: '#7b4fa0',
    legs: '#2e2a36',
    extra: (k) => {
      k.box(0, 1.78, 0, 0.36, 0.04, 0.05, '#222222');
      k.cyl(-0.17, 1.56, 0, 0.055, 0.12, '#222222', { r: [0, 0, Math.PI / 2], seg: 6 });
      k.cyl(0.17, 1.56, 0, 0.055, 0.12, '#222222', { r: [0, 0, Math.PI / 2], seg: 6 });
      k.box(0.2, 0.92, 0.27, 0.26, 0.34, 0.03, '#f2e7c9', { r: [0.5, 0, 0] });
    },
  },
  suspect: {
    shirt: '#3b3b3b',
    legs: '#1a1a1a',
    extra: (k) => {
      k.cyl(0, 1.7, 0, 0.165, 0.1, '#6e2b23', { seg: 10 });
      k.box(0, 1.71, 0.13, 0.26, 0.025, 0.16, '#6e2b23');
      k.box(0, 1.6, 0.135, 0.26, 0.06, 0.04, '#050505');
      k.box(0, 1.12, 0.24, 0.46, 0.08, 0.03, '#d8c05a');
    },
  },
  victim: {
    shirt: '#c77d4a',
    legs: '#4a5a78',
    extra: (k) => {
      k.box(0, 0.82, -0.3, 0.36, 0.46, 0.2, '#4d6b3c');
      k.box(-0.13, 1.0, 0.0, 0.04, 0.5, 0.5, '#3a522d', { r: [0.2, 0, 0] });
      k.box(0.13, 1.0, 0.0, 0.04, 0.5, 0.5, '#3a522d', { r: [0.2, 0, 0] });
    },
  },
  witness: {
    shirt: '#d9b44a',
    legs: '#5b4636',
    extra: (k) => {
      k.box(0.36, 0.78, 0, 0.1, 0.3, 0.28, '#7a4b2a');
      k.box(0, 1.05, 0, 0.05, 0.75, 0.05, '#5a371e', { r: [0, 0, -0.62] });
    },
  },
  other: {
    shirt: '#8a9aa8',
    legs: '#40464e',
    extra: (k) => {
      k.cyl(0, 1.72, 0, 0.3, 0.03, '#d7c184', { seg: 10 });
      k.cyl(0, 1.72, 0, 0.16, 0.12, '#d7c184', { seg: 10, top: 0.85 });
    },
  },
};

const figures = new Map<string, BufferGeometry>();

/** The merged geometry of one figure (one draw call), about 1.75 high, facing +z. */
export function figureGeometry(role: CharacterRole, variant: number): BufferGeometry {
  const key = `${role}:${variant % skins.length}`;
  let g = figures.get(key);
  if (!g) {
    const o = outfits[role];
    const skin = skins[variant % skins.length] as string;
    const hair = hairs[variant % hairs.length] as string;
    const k = new Kit();
    k.box(-0.1, 0, 0.03, 0.16, 0.1, 0.26, '#1c1c1c');
    k.box(0.1, 0, 0.03, 0.16, 0.1, 0.26, '#1c1c1c');
    k.box(-0.1, 0.08, 0, 0.15, 0.76, 0.19, o.legs);
    k.box(0.1, 0.08, 0, 0.15, 0.76, 0.19, o.legs);
    k.cyl(0, 0.78, 0, 0.24, 0.66, o.shirt, { top: 1.2, seg: 8 });
    k.box(-0.34, 0.84, 0, 0.11, 0.58, 0.14, o.shirt, { r: [0, 0, -0.08] });
    k.box(0.34, 0.84, 0, 0.11, 0.58, 0.14, o.shirt, { r: [0, 0, 0.08] });
    k.ball(-0.35, 0.8, 0, 0.07, skin, { seg: 6 });
    k.ball(0.35, 0.8, 0, 0.07, skin, { seg: 6 });
    k.cyl(0, 1.42, 0, 0.07, 0.1, skin, { seg: 6 });
    k.ball(0, 1.6, 0, 0.16, skin, { seg: 10, s: [1, 1.12, 1] });
    k.dome(0, 1.63, -0.01, 0.17, hair, { seg: 10, s: [1, 0.85, 1.05] });
    k.box(-0.055, 1.61, 0.148, 0.035, 0.035, 0.02, '#1a1a1a');
    k.box(0.055, 1.61, 0.148, 0.035, 0.035, 0.02, '#1a1a1a');
    o.extra(k);
    const built = k.build();
    g = built.matte as BufferGeometry;
    if (built.glow) g = mergeTwo(g, built.glow);
    figures.set(key, g);
  }
  return g;
}

/** Glow parts of a figure (badges) are few: folded into the lit mesh so a figure stays one draw call. */
function mergeTwo(a: BufferGeometry, b: BufferGeometry): BufferGeometry {
  for (const name of ['position', 'normal', 'color'] as const) {
    const x = a.getAttribute(name).array as Float32Array;
    const y = b.getAttribute(name).array as Float32Array;
    const z = new Float32Array(x.length + y.length);
    z.set(x);
    z.set(y, x.length);
    a.setAttribute(name, new BufferAttribute(z, 3));
  }
  a.computeBoundingSphere();
  b.dispose();
  return a;
}

interface FigureProps {
  placed: Placed;
  variant: number;
  speaking: boolean;
  /** Where the figure looks (x, z). */
  lookAt: readonly [number, number];
  reducedMotion: boolean;
}

const speakerScale = 1.12;
const speakerRaise = 0.12;

function Figure({ placed, variant, speaking, lookAt, reducedMotion }: FigureProps) {
  const { character, at } = placed;
  const group = useRef<Group>(null);
  const body = useRef<Group>(null);
  const marker = useRef<Group>(null);
  const geometry = useMemo(() => figureGeometry(character.role, variant), [character.role, variant]);
  const facing = Math.atan2(lookAt[0] - at[0], lookAt[1] - at[2]);
  const goal = { scale: speaking ? speakerScale : 1, y: at[1] + (speaking ? speakerRaise : 0), facing };

  // Under reduced motion (and on the first frame) the figure takes its pose at once, and asks for a frame
  // (under reduced motion the canvas draws only on demand).
  const invalidate = useThree((s) => s.invalidate);
  useEffect(() => {
    const g = group.current;
    const b = body.current;
    if (!g || !b) return;
    if (reducedMotion || g.userData.posed !== true) {
      b.scale.setScalar(goal.scale);
      b.position.y = goal.y;
      b.rotation.y = goal.facing;
      g.userData.posed = true;
      invalidate();
    }
  });

  const time = useRef(0);
  useFrame((_, delta) => {
    const b = body.current;
    if (!b || reducedMotion) return;
    time.current += Math.min(delta, 0.1);
    const k = 1 - Math.exp(-Math.min(delta, 0.1) * 6);
    const breathe = 1 + Math.sin(time.current * 1.7 + variant) * 0.012;
    const s = b.scale.x + (goal.scale - b.scale.x) * k;
    b.scale.set(s, s * breathe, s);
    b.position.y += (goal.y - b.position.y) * k;
    let turn = goal.facing - b.rotation.y;
    turn = Math.atan2(Math.sin(turn), Math.cos(turn));
    b.rotation.y += turn * k;
    if (marker.current) marker.current.position.y = 2.3 + at[1] + Math.sin(time.current * 2.4) * 0.06;
  });

  return (
    <group
      ref={group}
      name={`character:${character.id}`}
      position={[at[0], 0, at[2]]}
      userData={{ role: character.role, speaking }}
    >
      <group ref={body} name="figure">
        <mesh name={`figure:${character.role}`} geometry={geometry}>
          <meshLambertMaterial vertexColors flatShading />
        </mesh>
      </group>
      <mesh name="shadow" position={[0, at[1] + 0.015, 0]} rotation={[-Math.PI / 2, 0, 0]}>
        <circleGeometry args={[0.42, 12]} />
        <meshBasicMaterial color="#000000" transparent opacity={0.28} depthWrite={false} />
      </mesh>
      {speaking ? (
        <>
          <mesh name="speaker-ring" position={[0, at[1] + 0.04, 0]} rotation={[-Math.PI / 2, 0, 0]}>
            <ringGeometry args={[0.55, 0.7, 24]} />
            <meshBasicMaterial color="#ffd54a" toneMapped={false} />
          </mesh>
          <mesh name="speaker-beam" position={[0, at[1] + 2.1, 0]}>
            <cylinderGeometry args={[0.3, 0.72, 4.2, 16, 1, true]} />
            <meshBasicMaterial
              color="#fff1c0"
              transparent
              opacity={0.16}
              blending={AdditiveBlending}
              depthWrite={false}
              toneMapped={false}
            />
          </mesh>
          <group ref={marker} name="speaker-marker" position={[0, 2.3 + at[1], 0]}>
            <mesh rotation={[Math.PI, 0, 0]}>
              <coneGeometry args={[0.16, 0.3, 4]} />
              <meshBasicMaterial color="#ffd54a" toneMapped={false} />
            </mesh>
          </group>
        </>
      ) : null}
    </group>
  );
}

export interface CharactersLayoutProps {
  placed: readonly Placed[];
  speakerId?: string | undefined;
  reducedMotion: boolean;
  /** Where the camera is (x, z): the speaker turns to it. */
  audience: readonly [number, number];
}

/** The figures: everyone turns to the speaker, the speaker to the listeners and the camera. */
export function CharactersLayout({ placed, speakerId, reducedMotion, audience }: CharactersLayoutProps) {
  const speaker = placed.find((p) => p.character.id === speakerId);
  return (
    <group name="characters">
      {placed.map((p, i) => {
        const speaking = p === speaker;
        let lookAt: readonly [number, number] = audience;
        if (speaker && !speaking) lookAt = [speaker.at[0], speaker.at[2]];
        return (
          <Figure
            key={p.character.id}
            placed={p}
            variant={i}
            speaking={speaking}
            lookAt={lookAt}
            reducedMotion={reducedMotion}
          />
        );
      })}
    </group>
  );
}
