import regional from '@ruta/pack-regional';
import { isEnding, type PlayResult, startScenario } from '@ruta/scenario-engine';
import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderToString } from 'react-dom/server';
import { afterEach, expect, test, vi } from 'vitest';
import {
  type AccessibilityRecord,
  createTimerClock,
  defaultSettings,
  RutaUiProvider,
  ScenarioPlayer,
} from '../src/index';
import { renderInFrame } from './harness';

const scenarioId = 'identification-border-post';

const liveRegion = () => document.querySelector('.ruta-player [aria-live="polite"]') as HTMLElement;

afterEach(() => {
  vi.useRealTimers();
});

test('a scenario is played to its ending with the keyboard alone', async () => {
  const user = userEvent.setup();
  const play = startScenario(regional, scenarioId, { timers: false });
  const ended: PlayResult[] = [];
  renderInFrame(<ScenarioPlayer play={play} onEnd={(result) => ended.push(result)} />);
  // Tab into the first choice, then choose by number keys until the ending.
  await user.tab();
  expect(document.activeElement?.className).toContain('ruta-choice');
  let moves = 0;
  while (!play.done && moves < 40) {
    const list = within(screen.getByRole('navigation', { name: 'Opciones' })).getAllByRole('button');
    expect(list.length).toBe(play.choices('es').length);
    const before = play.nodeId;
    await user.keyboard('1');
    expect(play.nodeId).not.toBe(before);
    moves++;
  }
  expect(play.done).toBe(true);
  expect(isEnding(play.node)).toBe(true);
  // The ending is announced in the live region, has the focus, and onEnd got the complete result.
  const ending = screen.getByRole('heading', { level: 3, name: /Fin del caso/ });
  expect(document.activeElement).toBe(ending);
  expect(liveRegion().textContent ?? '').toMatch(/Fin del caso/);
  expect(ended).toHaveLength(1);
  expect(ended[0]?.complete).toBe(true);
  expect(ended[0]?.path.length).toBe(moves + 1);
});

test('choices are a labelled list of buttons with number keys, and focus moves to the new dialogue', async () => {
  const user = userEvent.setup();
  const play = startScenario(regional, scenarioId, { timers: false });
  renderInFrame(<ScenarioPlayer play={play} />, { lang: 'en' });
  const nav = screen.getByRole('navigation', { name: 'Choices' });
  const buttons = within(nav).getAllByRole('button');
  expect(buttons.map((b) => b.getAttribute('aria-keyshortcuts'))).toEqual(
    buttons.map((_, i) => String(i + 1)),
  );
  expect(buttons[0]?.textContent).toContain(play.choices('en')[0]?.text);
  await user.click(buttons[1] as HTMLElement);
  expect(play.events).toEqual([{ type: 'CHOOSE', choiceId: play.result().path[0]?.choice }]);
  expect(document.activeElement?.className).toBe('ruta-dialogue');
  expect(liveRegion().textContent).toContain((play.node.text.en ?? '').slice(0, 40));
});

test('an indicator is noted and unnoted in the notebook, and the play records it', async () => {
  const user = userEvent.setup();
  const play = startScenario(regional, scenarioId, { timers: false });
  renderInFrame(<ScenarioPlayer play={play} />, { lang: 'en' });
  const notebook = screen.getByRole('region', { name: 'Indicator notebook' });
  await user.type(within(notebook).getByRole('searchbox', { name: 'Search for an indicator' }), 'retention');
  const box = within(notebook).getByRole('checkbox', { name: /Retention of identity documents/ });
  expect((box as HTMLInputElement).checked).toBe(false);
  await user.click(box);
  expect(play.notebook).toEqual(['ilo-retention-of-documents']);
  expect((box as HTMLInputElement).checked).toBe(true);
  expect(within(notebook).getByRole('checkbox', { name: /\(noted\)/ })).toBe(box);
  expect(within(notebook).getByText('1 indicator noted')).toBeTruthy();
  await user.click(box);
  expect(play.notebook).toEqual([]);
  expect((box as HTMLInputElement).checked).toBe(false);
  expect(play.events.map((e) => e.type)).toEqual(['NOTE', 'UNNOTE']);
});

test('a timed decision counts down and its timeout fires on the clock', async () => {
  vi.useFakeTimers();
  const clock = createTimerClock();
  const play = startScenario(regional, scenarioId, { clock });
  const timeout = 'timeout' in play.node ? play.node.timeout : undefined;
  expect(timeout?.seconds).toBe(60);
  renderInFrame(<ScenarioPlayer play={play} clock={clock} />, { lang: 'en' });
  expect(screen.getByRole('timer').textContent).toBe('60 seconds left to decide.');
  await act(async () => {
    vi.advanceTimersByTime(20_000);
  });
  expect(screen.getByRole('timer').textContent).toBe('40 seconds left to decide.');
  await act(async () => {
    vi.advanceTimersByTime(40_000);
  });
  expect(play.events).toEqual([{ type: 'TIMEOUT' }]);
  expect(play.nodeId).toBe(timeout?.to);
  expect(screen.getByText(/Time ran out/, { selector: '.ruta-notice' })).toBeTruthy();
  expect(liveRegion().textContent).toMatch(/^Time ran out/);
  play.stop();
});

test('the timer pause holds the timeout and is recorded in the result as an accessibility option', async () => {
  vi.useFakeTimers();
  const clock = createTimerClock();
  const play = startScenario(regional, scenarioId, { clock });
  const records: AccessibilityRecord[] = [];
  const results: PlayResult[] = [];
  renderInFrame(
    <ScenarioPlayer
      play={play}
      clock={clock}
      onEnd={(result, a) => {
        results.push(result);
        records.push(a);
      }}
    />,
    { lang: 'en' },
  );
  await act(async () => {
    vi.advanceTimersByTime(10_000);
  });
  const pause = screen.getByRole('button', { name: 'Pause the time' });
  expect(pause.getAttribute('aria-pressed')).toBe('false');
  await act(async () => {
    pause.click();
  });
  expect(pause.getAttribute('aria-pressed')).toBe('true');
  await act(async () => {
    vi.advanceTimersByTime(10 * 60_000);
  });
  expect(play.events).toEqual([]);
  expect(screen.getByRole('timer').textContent).toBe('Time paused: 50 seconds left.');
  // Turned on mid-play, the pause is in the play's record (and its save), not in its events.
  expect(play.result().accommodations).toEqual({ timerPaused: true });
  expect(play.save().accommodations).toEqual({ timerPaused: true });
  // Finish by choosing (clicks only, fake timers and user-event do not mix well).
  while (!play.done) {
    await act(async () => {
      (
        within(screen.getByRole('navigation', { name: 'Choices' })).getAllByRole('button')[0] as HTMLElement
      ).click();
    });
  }
  expect(records).toEqual([{ timerPaused: true, textMode: false, reducedMotion: false, textSize: 'normal' }]);
  expect(results).toHaveLength(1);
  expect(results[0]?.accommodations).toEqual({ timerPaused: true });
  expect(results[0]?.events.every((event) => event.type === 'CHOOSE')).toBe(true);
  play.stop();
});

test('a play with the pause setting on from the start records it; one never paused records nothing', async () => {
  const pausedSettings = { ...defaultSettings, pauseTimer: true };
  for (const [settings, expected] of [
    [pausedSettings, { timerPaused: true }],
    [defaultSettings, undefined],
  ] as const) {
    const clock = createTimerClock();
    const play = startScenario(regional, scenarioId, { clock });
    const results: PlayResult[] = [];
    const view = renderInFrame(<ScenarioPlayer play={play} clock={clock} onEnd={(r) => results.push(r)} />, {
      settings,
    });
    while (!play.done) {
      await act(async () => {
        (
          within(screen.getByRole('navigation', { name: 'Opciones' })).getAllByRole(
            'button',
          )[0] as HTMLElement
        ).click();
      });
    }
    expect(results[0]?.accommodations).toEqual(expected);
    play.stop();
    view.unmount();
  }
});

test('switching the language mid-play keeps the play and shows its texts in the new language', async () => {
  const user = userEvent.setup();
  const play = startScenario(regional, scenarioId, { timers: false });
  renderInFrame(<ScenarioPlayer play={play} />, { tools: true });
  await user.click(
    within(screen.getByRole('navigation', { name: 'Opciones' })).getAllByRole('button')[0] as HTMLElement,
  );
  const events = play.events;
  const node = play.nodeId;
  await user.click(screen.getByRole('button', { name: 'Français' }));
  expect(screen.getByRole('button', { name: 'Français' }).getAttribute('aria-pressed')).toBe('true');
  expect(play.events).toBe(events);
  expect(play.nodeId).toBe(node);
  const nav = screen.getByRole('navigation', { name: 'Options' });
  expect(within(nav).getAllByRole('button')[0]?.textContent).toContain(play.choices('fr')[0]?.text);
  expect(document.querySelector('.ruta-node-text')?.textContent).toBe(play.node.text.fr);
  expect(document.querySelector('.ruta-node-text')?.getAttribute('lang')).toBe('fr');
});

test('meters are named and valued, and hidden under the exam setting', () => {
  const play = startScenario(regional, scenarioId, { timers: false });
  const { unmount } = renderInFrame(<ScenarioPlayer play={play} />, { lang: 'en' });
  const trust = screen.getByRole('meter', { name: 'Trust' });
  expect(trust.getAttribute('aria-valuenow')).toBe('5');
  expect(trust.getAttribute('aria-valuetext')).toBe('5 of 10');
  unmount();
  renderInFrame(<ScenarioPlayer play={play} />, {
    lang: 'en',
    settings: { textMode: false, reducedMotion: false, textSize: 'normal', pauseTimer: false, exam: true },
  });
  expect(screen.queryByRole('meter')).toBeNull();
  expect(screen.getByText(/Exam mode/)).toBeTruthy();
});

test('the scene slot gets the environment and the speaker, and text mode leaves it out', () => {
  const play = startScenario(regional, scenarioId, { timers: false });
  const seen: unknown[] = [];
  const scene = (props: { environment: string; speakerId: string | undefined }) => {
    seen.push(props);
    return <p>scene of {props.environment}</p>;
  };
  const { unmount } = renderInFrame(<ScenarioPlayer play={play} scene={scene} />);
  expect(screen.getByText('scene of border-post')).toBeTruthy();
  expect(seen[0]).toMatchObject({ environment: 'border-post', speakerId: 'efrain', reducedMotion: false });
  unmount();
  renderInFrame(<ScenarioPlayer play={play} scene={scene} />, {
    settings: { textMode: true, reducedMotion: false, textSize: 'normal', pauseTimer: false, exam: false },
  });
  expect(screen.queryByText('scene of border-post')).toBeNull();
  expect(screen.getAllByRole('button').length).toBeGreaterThan(0);
});

test('the player renders on the server (server-side rendering of a partner app)', () => {
  const play = startScenario(regional, scenarioId, { timers: false });
  const html = renderToString(
    <RutaUiProvider lang="en">
      <ScenarioPlayer play={play} clock={createTimerClock()} />
    </RutaUiProvider>,
  );
  expect(html).toContain('aria-keyshortcuts="1"');
  expect(html).toContain(play.choices('en')[0]?.text.replace(/'/g, '&#x27;').slice(0, 20));
});
