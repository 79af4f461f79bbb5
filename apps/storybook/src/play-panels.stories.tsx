import { startJourney } from '@ruta/scenario-engine';
import { JourneyPlayer, JourneyProgress, Meters, Notebook } from '@ruta/ui';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { useEffect, useState } from 'react';
import { borderPost, pathTo, playPath, regional, sv } from './fixtures';

function NotebookStory({
  notes = [],
  packId = 'regional',
}: {
  notes?: string[];
  packId?: 'regional' | 'sv';
}) {
  const pack = packId === 'sv' ? sv : regional;
  const [play] = useState(() => playPath(pack, pack.scenarios[0]!.id, [], notes));
  useEffect(() => () => play.stop(), [play]);
  return <Notebook play={play} />;
}

function MetersStory({ hidden = false, moves = 0 }: { hidden?: boolean; moves?: number }) {
  const [play] = useState(() =>
    playPath(regional, borderPost, pathTo(regional, borderPost, 'protected').slice(0, moves)),
  );
  return <Meters play={play} hidden={hidden} />;
}

/** A journey started, optionally with its first stage played to a protected ending. */
function JourneyStory({ stages = 0, progressOnly = false }: { stages?: number; progressOnly?: boolean }) {
  const [journeyPlay] = useState(() => {
    const journey = startJourney(regional, regional.journeys![0]!.id, { timers: false });
    for (let stage = 0; stage < stages; stage++) {
      const scenarioId = journey.scenarioId;
      for (const id of pathTo(regional, scenarioId, 'protected')) journey.play.choose(id);
      if (stage < stages - 1 || progressOnly) journey.next();
    }
    return journey;
  });
  useEffect(() => () => journeyPlay.stop(), [journeyPlay]);
  return progressOnly ? (
    <JourneyProgress journeyPlay={journeyPlay} />
  ) : (
    <JourneyPlayer journeyPlay={journeyPlay} />
  );
}

const meta = { title: 'Play/Panels' } satisfies Meta;
export default meta;

export const NotebookEmpty: StoryObj<typeof NotebookStory> = {
  render: (args) => <NotebookStory {...args} />,
};

export const NotebookWithNotes: StoryObj<typeof NotebookStory> = {
  render: (args) => <NotebookStory {...args} />,
  args: { notes: ['ilo-retention-of-documents', 'ilo-deception', 'child-under-18'] },
  parameters: { ruta: { lang: 'en' } },
};

/** A pack's own indicators (El Salvador) beside the catalogue, in French: the pack's fall back to Spanish. */
export const NotebookPackIndicatorsFrench: StoryObj<typeof NotebookStory> = {
  render: (args) => <NotebookStory {...args} />,
  args: { packId: 'sv', notes: ['online-modelling-offer'] },
  parameters: { ruta: { lang: 'fr' } },
};

export const MetersLive: StoryObj<typeof MetersStory> = {
  render: (args) => <MetersStory {...args} />,
  args: { moves: 2 },
};

export const MetersHiddenUnderExam: StoryObj<typeof MetersStory> = {
  render: (args) => <MetersStory {...args} />,
  args: { hidden: true },
};

export const JourneyStart: StoryObj<typeof JourneyStory> = { render: (args) => <JourneyStory {...args} /> };

/** The first stage ended: its debrief and the button to carry on. */
export const JourneyStageOver: StoryObj<typeof JourneyStory> = {
  render: (args) => <JourneyStory {...args} />,
  args: { stages: 1 },
};

export const JourneyProgressSecondStage: StoryObj<typeof JourneyStory> = {
  render: (args) => <JourneyStory {...args} />,
  args: { stages: 1, progressOnly: true },
  parameters: { ruta: { lang: 'en' } },
};
