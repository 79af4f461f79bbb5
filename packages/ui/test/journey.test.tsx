import regional from '@ruta/pack-regional';
import { type JourneyResult, type PlayResult, startJourney } from '@ruta/scenario-engine';
import { act, screen, within } from '@testing-library/react';
import { expect, test } from 'vitest';
import { createTimerClock, defaultSettings, JourneyPlayer } from '../src/index';
import { renderInFrame } from './harness';

test('a journey is played stage after stage, with its progress and each stage debriefed', async () => {
  const journeyPlay = startJourney(regional, regional.journeys![0]!.id, { timers: false });
  const ended: JourneyResult[] = [];
  renderInFrame(<JourneyPlayer journeyPlay={journeyPlay} onEnd={(r) => ended.push(r)} />, { lang: 'en' });
  const progress = () => screen.getByRole('navigation', { name: 'Journey progress' });
  expect(within(progress()).getByText(/Stage 1 of 4/)).toBeTruthy();
  const chooseFirst = async () => {
    await act(async () => {
      (
        within(screen.getByRole('navigation', { name: 'Choices' })).getAllByRole('button')[0] as HTMLElement
      ).click();
    });
  };
  while (!journeyPlay.play.done) await chooseFirst();
  expect(screen.getByRole('heading', { name: 'Stage over' })).toBeTruthy();
  expect(screen.getByRole('heading', { name: /^Debrief/ })).toBeTruthy();
  expect(within(progress()).getAllByText('Done:').length).toBe(1);
  if (journeyPlay.done) {
    // The first stage closed the case: the journey says so and reports its result.
    expect(screen.getByText(/The case closed here|The journey is over/)).toBeTruthy();
    expect(ended).toHaveLength(1);
    return;
  }
  await act(async () => {
    screen.getByRole('button', { name: 'Continue to the next stage' }).click();
  });
  expect(journeyPlay.stepIndex).toBe(1);
  expect(within(progress()).getByText(/Stage 2 of 4/)).toBeTruthy();
  const current = within(progress()).getByText('Now:').closest('li') as HTMLElement;
  expect(current.getAttribute('aria-current')).toBe('step');
  expect(screen.queryByRole('heading', { name: 'Stage over' })).toBeNull();
  expect(screen.getByRole('heading', { level: 2, name: regional.scenarios[1]!.title.en })).toBeTruthy();
});

test('the timer pause turned on in a journey is recorded in the step results it was used in', async () => {
  const clock = createTimerClock();
  const journeyPlay = startJourney(regional, regional.journeys![0]!.id, { clock });
  const steps: PlayResult[] = [];
  renderInFrame(<JourneyPlayer journeyPlay={journeyPlay} clock={clock} onStepEnd={(r) => steps.push(r)} />, {
    lang: 'en',
    settings: { ...defaultSettings, pauseTimer: true },
  });
  // The first stage opens on a timed decision, held by the pause.
  expect('timeout' in journeyPlay.play.node && journeyPlay.play.node.timeout !== undefined).toBe(true);
  while (!journeyPlay.play.done)
    await act(async () => {
      (
        within(screen.getByRole('navigation', { name: 'Choices' })).getAllByRole('button')[0] as HTMLElement
      ).click();
    });
  expect(steps).toHaveLength(1);
  expect(steps[0]?.accommodations).toEqual({ timerPaused: true });
  expect(journeyPlay.result().steps[0]?.accommodations).toEqual({ timerPaused: true });
  journeyPlay.stop();
});
