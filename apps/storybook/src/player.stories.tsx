import { startScenario } from '@ruta/scenario-engine';
import {
  createTimerClock,
  hasWebGL,
  ScenarioPlayer,
  SceneBoundary,
  SceneFallback,
  type SceneSlotProps,
} from '@ruta/ui';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { lazy, Suspense, useEffect, useState } from 'react';
import { borderPost, endedPlay, mx, playPath, regional, sv } from './fixtures';

type Pack = typeof regional;

interface PlayerStoryProps {
  pack: Pack;
  scenarioId: string;
  /** Choices already made when the story opens. */
  path?: string[];
  notes?: string[];
  ending?: 'protected' | 'partial' | 'harmed';
  /** Runs the node timeouts on a pausable clock. */
  timed?: boolean;
  scene?: 'placeholder' | 'broken' | '3d';
}

/** A scene stand-in: the real 3D scene comes from `@ruta/ui/scene` (see the Scene stories). */
function Placeholder({ environment, speakerId }: SceneSlotProps) {
  return (
    <div style={{ color: '#fff', background: '#222', padding: '1em', minHeight: '10em' }}>
      3D: {environment} · {speakerId ?? '—'}
    </div>
  );
}

/** The real scene, loaded lazily as a partner app does (three.js only when the scene opens). */
const SceneView = lazy(() => import('@ruta/ui/scene').then((m) => ({ default: m.SceneView })));

function Scene3D(props: SceneSlotProps) {
  if (!hasWebGL()) return <SceneFallback />;
  return (
    <SceneBoundary fallback={<SceneFallback />}>
      <Suspense fallback={null}>
        <SceneView {...props} />
      </Suspense>
    </SceneBoundary>
  );
}

function Broken(): never {
  throw new Error('WebGL context could not be created');
}

/** A player with its own play, started when the story mounts and stopped when it unmounts. */
function PlayerStory({
  pack,
  scenarioId,
  path = [],
  notes = [],
  ending,
  timed = false,
  scene,
}: PlayerStoryProps) {
  const [{ play, clock }] = useState(() => {
    if (ending !== undefined) return { play: endedPlay(pack, scenarioId, ending), clock: undefined };
    if (timed) {
      const clock = createTimerClock();
      return { play: startScenario(pack, scenarioId, { clock }), clock };
    }
    return { play: playPath(pack, scenarioId, path, notes), clock: undefined };
  });
  useEffect(() => () => play.stop(), [play]);
  const sceneSlot =
    scene === 'placeholder' ? (
      (props: SceneSlotProps) => <Placeholder {...props} />
    ) : scene === '3d' ? (
      (props: SceneSlotProps) => <Scene3D {...props} />
    ) : scene === 'broken' ? (
      <SceneBoundary fallback={<SceneFallback />}>
        <Broken />
      </SceneBoundary>
    ) : undefined;
  return (
    <ScenarioPlayer
      play={play}
      {...(clock ? { clock } : {})}
      {...(sceneSlot !== undefined ? { scene: sceneSlot } : {})}
    />
  );
}

const meta = {
  title: 'Play/ScenarioPlayer',
  component: PlayerStory,
  args: { pack: regional, scenarioId: borderPost },
  argTypes: { pack: { control: false } },
} satisfies Meta<typeof PlayerStory>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The first decision at the border post, in Spanish (the default). */
export const Start: Story = {};

export const English: Story = { parameters: { ruta: { lang: 'en' } } };

export const French: Story = { parameters: { ruta: { lang: 'fr' } } };

/** The El Salvador pack has no French: its texts fall back to Spanish, marked [ES] with `lang="es"`. */
export const FrenchFallbackToPackLanguage: Story = {
  args: { pack: sv, scenarioId: sv.scenarios[0]!.id },
  parameters: { ruta: { lang: 'fr' } },
};

/** The language switcher above the player: switching keeps the play where it is. */
export const WithLanguageSwitcher: Story = {
  args: { path: [firstChoice()] },
  parameters: { ruta: { switcher: true } },
};

function firstChoice(): string {
  const scenario = regional.scenarios[0]!;
  const node = scenario.nodes[scenario.start]!;
  return 'choices' in node ? node.choices[0]!.id : '';
}

/** A timed decision: the countdown runs on a pausable clock; "Pause the time" holds it. */
export const TimedDecision: Story = { args: { timed: true }, parameters: { ruta: { lang: 'en' } } };

/** The timer pause set in the settings: the countdown waits for the trainee. */
export const TimedDecisionPaused: Story = {
  args: { timed: true },
  parameters: { ruta: { settings: { pauseTimer: true } } },
};

/** Exam conditions: the meters are hidden until the debrief. */
export const ExamMode: Story = { parameters: { ruta: { settings: { exam: true } } } };

export const LargeText: Story = { parameters: { ruta: { settings: { textSize: 'x-large' } } } };

/** Indicators noted: the notebook marks them and counts them. */
export const WithNotes: Story = {
  args: { notes: ['ilo-retention-of-documents', 'ilo-physical-sexual-violence'] },
};

export const EndingProtected: Story = { args: { ending: 'protected' } };
export const EndingPartial: Story = { args: { ending: 'partial' } };
export const EndingHarmed: Story = { args: { ending: 'harmed' } };

/** Mexico's bus terminal, in English. */
export const MexicoBusTerminal: Story = {
  args: { pack: mx, scenarioId: 'bus-terminal-children' },
  parameters: { ruta: { lang: 'en' } },
};

/** With a scene in the slot (a stand-in here; the 3D scenes are in the Scene stories). */
export const WithScene: Story = { args: { scene: 'placeholder' } };

/** The 3D scene of `@ruta/ui/scene` above the text, loaded lazily (the fallback notice without WebGL). */
export const With3DScene: Story = { args: { scene: '3d' } };

/** The WebGL fallback: the scene fails, the boundary shows a notice, and the text mode goes on. */
export const WebGLFallback: Story = { args: { scene: 'broken' } };

/** Text mode: no scene even when one is offered. */
export const TextMode: Story = {
  args: { scene: 'placeholder' },
  parameters: { ruta: { settings: { textMode: true } } },
};

/** What `hasWebGL()` says in this browser (false in jsdom and without a GPU or software fallback). */
export const WebGLCheck: Story = {
  render: () => <p>hasWebGL(): {String(hasWebGL())}</p>,
};
