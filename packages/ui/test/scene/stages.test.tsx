import { useThree } from '@react-three/fiber';
import ReactThreeTestRenderer from '@react-three/test-renderer';
import { characterRoles, environments } from '@ruta/scenario-engine';
import type { Group, Object3D, PerspectiveCamera } from 'three';
import { Vector3 } from 'three';
import { describe, expect, it } from 'vitest';
import { SceneContents, sceneBudget, sceneEnvironments, stages } from '../../src/scene';
import { figureGeometry } from '../../src/scene/characters';
import { sceneCost } from '../../src/scene/cost';
import type { Environment } from '../../src/scene/types';
import { cast } from './fixtures';

const render = (environment: Environment, speakerId?: string, reducedMotion = true) =>
  ReactThreeTestRenderer.create(
    <SceneContents
      environment={environment}
      characters={cast}
      speakerId={speakerId}
      reducedMotion={reducedMotion}
    />,
  );

const character = (scene: Object3D, id: string) => scene.getObjectByName(`character:${id}`) as Group;
const figure = (scene: Object3D, id: string) => character(scene, id).getObjectByName('figure') as Group;

describe('the stages of @ruta/ui/scene', () => {
  it('has a stage for exactly the environments of the pack spec', () => {
    expect([...sceneEnvironments]).toEqual([...environments]);
    expect(Object.keys(stages).sort()).toEqual([...environments].sort());
  });

  it.each(sceneEnvironments)(
    '%s builds with its set, its light and every character, within the budget',
    async (environment) => {
      const renderer = await render(environment, 'ana');
      const scene = renderer.scene.instance as Object3D;
      const stage = scene.getObjectByName(`stage:${environment}`);
      expect(stage).toBeDefined();
      const set = scene.getObjectByName('set:matte');
      expect(sceneCost(set as Object3D).triangles).toBeGreaterThan(1500);
      let lights = 0;
      scene.traverse((o) => {
        if ((o as { isLight?: boolean }).isLight) lights++;
      });
      expect(lights).toBeGreaterThanOrEqual(2);
      for (const c of cast) expect(character(scene, c.id), c.id).toBeDefined();
      const cost = sceneCost(scene);
      expect(cost.drawCalls).toBeLessThanOrEqual(sceneBudget.drawCalls);
      expect(cost.triangles).toBeLessThanOrEqual(sceneBudget.triangles);
      await renderer.unmount();
    },
  );

  it('an unknown environment is a clear error naming it', async () => {
    await expect(render('airport' as Environment)).rejects.toThrow(/no stage for environment "airport"/);
  });
});

describe('the characters', () => {
  it('highlights the speaker by a ring, a beam and a marker, raised and larger, and moves it when the speaker changes', async () => {
    const renderer = await render('border-post', 'ana');
    const scene = renderer.scene.instance as Object3D;
    const highlighted = () =>
      cast
        .filter((c) => character(scene, c.id).getObjectByName('speaker-ring') !== undefined)
        .map((c) => c.id);
    expect(highlighted()).toEqual(['ana']);
    expect(character(scene, 'ana').getObjectByName('speaker-marker')).toBeDefined();
    expect(character(scene, 'ana').getObjectByName('speaker-beam')).toBeDefined();
    expect(figure(scene, 'ana').scale.x).toBeGreaterThan(figure(scene, 'luis').scale.x);
    expect(figure(scene, 'ana').position.y).toBeGreaterThan(figure(scene, 'luis').position.y);
    expect(character(scene, 'ana').userData.speaking).toBe(true);

    await renderer.update(
      <SceneContents environment="border-post" characters={cast} speakerId="luis" reducedMotion />,
    );
    expect(highlighted()).toEqual(['luis']);
    expect(figure(scene, 'luis').scale.x).toBeGreaterThan(figure(scene, 'ana').scale.x);

    await renderer.update(<SceneContents environment="border-post" characters={cast} reducedMotion />);
    expect(highlighted()).toEqual([]);
    await renderer.unmount();
  });

  it('everyone else turns to face the speaker', async () => {
    const renderer = await render('office', 'marta');
    const scene = renderer.scene.instance as Object3D;
    const speaker = character(scene, 'marta').position;
    for (const c of cast.filter((c) => c.id !== 'marta')) {
      const g = character(scene, c.id);
      const facing = new Vector3(0, 0, 1).applyAxisAngle(
        new Vector3(0, 1, 0),
        figure(scene, c.id).rotation.y,
      );
      const toSpeaker = speaker.clone().sub(g.position).setY(0).normalize();
      expect(facing.dot(toSpeaker), c.id).toBeGreaterThan(0.99);
    }
    await renderer.unmount();
  });

  it('tells roles apart by shape, not by colour alone', () => {
    // The same skin and hair for all; only the shape is compared (positions, not colours).
    const shapes = characterRoles.map((role) =>
      Array.from(figureGeometry(role, 0).getAttribute('position').array as Float32Array, (n) =>
        n.toFixed(3),
      ).join(),
    );
    expect(new Set(shapes).size).toBe(characterRoles.length);
  });

  it('places people by role: the judge on the raised bench and the witness in the stand of the courtroom', async () => {
    const renderer = await render('courtroom', 'rosa');
    const scene = renderer.scene.instance as Object3D;
    expect(character(scene, 'luis').position.z).toBeLessThan(-7);
    expect(figure(scene, 'luis').position.y).toBeGreaterThan(0.5);
    expect(character(scene, 'rosa').position.x).toBeLessThan(-4);
    await renderer.unmount();
  });
});

function CameraSpy({ onCamera }: { onCamera: (camera: PerspectiveCamera) => void }) {
  onCamera(useThree((s) => s.camera) as PerspectiveCamera);
  return null;
}

describe('the camera', () => {
  const looksAt = (camera: PerspectiveCamera, point: Vector3) => {
    const forward = camera.getWorldDirection(new Vector3());
    return forward.dot(point.clone().sub(camera.position).normalize());
  };
  const head = (scene: Object3D, id: string) =>
    character(scene, id)
      .position.clone()
      .setY(figure(scene, id).position.y + 1.5);
  /** The character nearest the centre of the picture. */
  const framed = (camera: PerspectiveCamera, scene: Object3D) =>
    cast.map((c) => [c.id, looksAt(camera, head(scene, c.id))] as const).sort((a, b) => b[1] - a[1])[0]?.[0];
  const view = (speakerId: string, reducedMotion: boolean, spy: (c: PerspectiveCamera) => void) => (
    <>
      <SceneContents
        environment="street"
        characters={cast}
        speakerId={speakerId}
        reducedMotion={reducedMotion}
      />
      <CameraSpy onCamera={spy} />
    </>
  );

  it('frames the speaker at once under reduced motion, and the next speaker too', async () => {
    let camera: PerspectiveCamera | undefined;
    const spy = (c: PerspectiveCamera) => {
      camera = c;
    };
    const renderer = await ReactThreeTestRenderer.create(view('jorge', true, spy));
    const scene = renderer.scene.instance as Object3D;
    if (!camera) throw new Error('no camera');
    expect(framed(camera, scene)).toBe('jorge');
    expect(looksAt(camera, head(scene, 'jorge'))).toBeGreaterThan(0.985);
    await renderer.update(view('tere', true, spy));
    expect(framed(camera, scene)).toBe('tere');
    expect(looksAt(camera, head(scene, 'tere'))).toBeGreaterThan(0.985);
    await renderer.unmount();
  });

  it('moves smoothly to a new speaker when motion is allowed', async () => {
    let camera: PerspectiveCamera | undefined;
    const spy = (c: PerspectiveCamera) => {
      camera = c;
    };
    const renderer = await ReactThreeTestRenderer.create(view('jorge', false, spy));
    const scene = renderer.scene.instance as Object3D;
    if (!camera) throw new Error('no camera');
    await renderer.update(view('tere', false, spy));
    await renderer.advanceFrames(1, 1 / 60);
    expect(framed(camera, scene)).toBe('jorge');
    await renderer.advanceFrames(300, 1 / 30);
    expect(framed(camera, scene)).toBe('tere');
    expect(looksAt(camera, head(scene, 'tere'))).toBeGreaterThan(0.985);
    await renderer.unmount();
  });

  it('cuts to the new stage when the environment changes, even with motion allowed', async () => {
    let camera: PerspectiveCamera | undefined;
    const spy = (c: PerspectiveCamera) => {
      camera = c;
    };
    const at = (environment: 'street' | 'office') => (
      <>
        <SceneContents environment={environment} characters={cast} speakerId="rosa" />
        <CameraSpy onCamera={spy} />
      </>
    );
    const renderer = await ReactThreeTestRenderer.create(at('street'));
    const scene = renderer.scene.instance as Object3D;
    await renderer.update(at('office'));
    if (!camera) throw new Error('no camera');
    expect(framed(camera, scene)).toBe('rosa');
    expect(looksAt(camera, head(scene, 'rosa'))).toBeGreaterThan(0.985);
    await renderer.unmount();
  });
});

describe('ambient motion', () => {
  const poses = (scene: Object3D) => {
    const out: string[] = [];
    scene.traverse((o) => {
      if (o.name.startsWith('motion:') || o.name === 'figure' || o.name === 'speaker-marker')
        out.push(
          [o.position.toArray(), o.rotation.toArray().slice(0, 3), o.scale.toArray()]
            .flat()
            .map((n) => Number(n).toFixed(4))
            .join(','),
        );
    });
    return out;
  };

  it.each([['farm'], ['port'], ['courtroom']] as const)(
    '%s: moves, and stands still under reduced motion',
    async (environment) => {
      for (const reducedMotion of [false, true]) {
        const renderer = await render(environment, 'ana', reducedMotion);
        const scene = renderer.scene.instance as Object3D;
        await renderer.advanceFrames(2, 1 / 30);
        const before = poses(scene);
        expect(before.length).toBeGreaterThan(cast.length);
        await renderer.advanceFrames(40, 1 / 30);
        if (reducedMotion) expect(poses(scene)).toEqual(before);
        else expect(poses(scene)).not.toEqual(before);
        await renderer.unmount();
      }
    },
  );
});
