import { useLang, useUiSettings } from '@ruta/ui';
import { type SceneCharacter, SceneView, sceneEnvironments, sceneLabel } from '@ruta/ui/scene';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';

type Environment = (typeof sceneEnvironments)[number];

const cast: SceneCharacter[] = [
  { id: 'ana', name: 'Ana', role: 'victim' },
  { id: 'luis', name: 'Luis', role: 'official' },
  { id: 'marta', name: 'Marta', role: 'interpreter' },
  { id: 'jorge', name: 'Jorge', role: 'suspect' },
  { id: 'rosa', name: 'Rosa', role: 'witness' },
  { id: 'pablo', name: 'Pablo', role: 'colleague' },
  { id: 'tere', name: 'Tere', role: 'other' },
];

const unavailableNote = {
  es: 'La escena 3D no está disponible en este navegador: el modo texto sigue con el mismo contenido.',
  en: 'The 3D scene is not available in this browser: the text mode carries on with the same content.',
  fr: 'La scène 3D n’est pas disponible dans ce navigateur : le mode texte continue avec le même contenu.',
};

interface SceneStoryProps {
  environment: Environment;
  /** How many of the seven characters (one per role) are on stage. */
  people: number;
  speakerId?: string;
  reducedMotion?: boolean;
}

/** The scene as the lab shows it: the canvas (or, without WebGL, a note) above a caption that says what it
 * shows. The language and the reduced-motion setting come from the toolbar and the Ruta frame. */
function SceneStory({ environment, people, speakerId, reducedMotion }: SceneStoryProps) {
  const [lang] = useLang();
  const [settings] = useUiSettings();
  const [unavailable, setUnavailable] = useState<string | null>(null);
  const characters = cast.slice(0, people);
  return (
    <figure style={{ margin: 0, maxWidth: 960 }}>
      <div style={{ height: 480, background: '#1b1f24' }}>
        <SceneView
          environment={environment}
          characters={characters}
          speakerId={speakerId}
          reducedMotion={reducedMotion ?? settings.reducedMotion}
          lang={lang}
          onUnavailable={setUnavailable}
        />
        {unavailable ? (
          <p role="status" style={{ color: '#fff', padding: '1em', margin: 0 }}>
            {unavailableNote[lang]} ({unavailable})
          </p>
        ) : null}
      </div>
      <figcaption>{sceneLabel(lang, environment, characters, speakerId)}</figcaption>
    </figure>
  );
}

const meta = {
  title: 'Scene/SceneView',
  component: SceneStory,
  args: { environment: 'border-post', people: 5, speakerId: 'ana' },
  argTypes: {
    environment: { control: 'select', options: [...sceneEnvironments] },
    people: { control: { type: 'range', min: 0, max: 7 } },
    speakerId: { control: 'select', options: [undefined, ...cast.map((c) => c.id)] },
  },
  parameters: { layout: 'fullscreen' },
} satisfies Meta<typeof SceneStory>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The booth and its barrier across the lane, the canopy, the customs building and its flags. */
export const BorderPost: Story = { args: { environment: 'border-post' } };
/** Buses in their bays at dusk, benches, the departures board and the ticket office. */
export const BusTerminal: Story = { args: { environment: 'bus-terminal', speakerId: 'rosa' } };
/** Stacked containers, the ship-to-shore crane over a ship at the quay. */
export const Port: Story = { args: { environment: 'port', speakerId: 'jorge' } };
/** A concrete frame in scaffolding, a tower crane, the site office container. */
export const Worksite: Story = { args: { environment: 'worksite', speakerId: 'luis' } };
/** Crop rows, the barn and silo, the workers' barracks, the windpump. */
export const Farm: Story = { args: { environment: 'farm' } };
/** Storefronts at night, a bar's neon, street lamps and parked cars. */
export const Street: Story = { args: { environment: 'street', speakerId: 'jorge' } };
/** Desks with screens, a map with pins, a whiteboard, the ceiling fan. */
export const Office: Story = { args: { environment: 'office', speakerId: 'pablo', people: 6 } };
/** Bunk beds, lockers, the dining table, a sofa on a rug, children's drawings. */
export const Shelter: Story = { args: { environment: 'shelter', speakerId: 'marta' } };
/** The clinic bed, the curtain, the drip stand and the heart monitor. */
export const Hospital: Story = { args: { environment: 'hospital' } };
/** The counter with its glass windows and numbers, the flags and the emblem, the waiting chairs. */
export const Consulate: Story = { args: { environment: 'consulate', speakerId: 'luis' } };
/** The judge on the raised bench, the witness in the stand, counsel tables, the bar and the public benches. */
export const Courtroom: Story = { args: { environment: 'courtroom', speakerId: 'rosa', people: 7 } };

/** Nobody speaks: the camera shows the whole stage. */
export const NobodySpeaking: Story = { args: { environment: 'consulate', speakerId: undefined, people: 7 } };
/** Reduced motion: no flag, crane or breathing moves, and the camera cuts to the speaker. */
export const ReducedMotion: Story = { args: { environment: 'port', reducedMotion: true, speakerId: 'luis' } };
/** In English, from the toolbar's language: the canvas's accessible label follows it. */
export const English: Story = { args: { environment: 'shelter' }, parameters: { ruta: { lang: 'en' } } };
