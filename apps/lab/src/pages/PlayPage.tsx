import type { Play } from '@ruta/scenario-engine';
import { startScenario } from '@ruta/scenario-engine';
import { createTimerClock, PackText, ScenarioPlayer } from '@ruta/ui';
import { useEffect, useRef, useState } from 'react';
import { useL } from '../i18n';
import { findScenario, loadPack } from '../packs';
import { attemptOf, saveBefore } from '../play-record';
import { href } from '../route';
import { LabScene, ModeSwitch, useTextModeKey } from '../scene-slot';
import type { InProgress } from '../storage';
import { useStore } from '../store-context';

export interface Props {
  packId?: string;
  scenarioId?: string;
  /** "Try again from here": replay the attempt's events before `eventIndex`, then play on as practice. */
  practice?: { from: string; eventIndex: number };
  /** The attempt this play ended as (the route after the ending): shown ended, rebuilt from the attempt. */
  ended?: string | undefined;
  webgl: boolean;
}

type State =
  | { status: 'loading' }
  | { status: 'missing' }
  | {
      status: 'playing';
      play: Play;
      clock: ReturnType<typeof createTimerClock>;
      startedAt: string;
      restoredFailed?: string;
    }
  | { status: 'ended'; attemptId: string; play: Play; clock: ReturnType<typeof createTimerClock> };

/**
 * Plays one scenario. Progress is saved after every event (`play.save()`), so a reload, a closed tab or a
 * crash resumes at the same node with the same notebook. At the ending the attempt goes into the history
 * and the debrief is one button away.
 */
export default function PlayPage({
  packId: packParam,
  scenarioId: scenarioParam,
  practice,
  ended,
  webgl,
}: Props) {
  const store = useStore();
  const l = useL();
  const { textMode, toggle, toText } = useTextModeKey(webgl);
  const source = practice ? store.data.attempts.find((a) => a.id === practice.from) : undefined;
  const packId = source?.packId ?? packParam ?? '';
  const scenarioId = source?.scenarioId ?? scenarioParam ?? '';
  const key = practice
    ? `practice:${practice.from}:${practice.eventIndex}`
    : `scenario:${packId}/${scenarioId}`;
  const entry = findScenario(packId, scenarioId);
  const [state, setState] = useState<State>({ status: 'loading' });
  const [generation, setGeneration] = useState(0);
  const continueRef = useRef<HTMLAnchorElement>(null);

  // biome-ignore lint/correctness/useExhaustiveDependencies: the play is built once per page (keyed by pack and scenario); `generation` restarts it
  useEffect(() => {
    if (entry === undefined || (practice && source === undefined)) {
      setState({ status: 'missing' });
      return;
    }
    let cancelled = false;
    let stop: (() => void) | undefined;
    const endedAttempt = ended ? store.data.attempts.find((a) => a.id === ended) : undefined;
    // A fresh play needs only the pack; resuming a save (a reload, an ending, a practice) loads its check too.
    const resuming =
      endedAttempt !== undefined || store.data.progress[key] !== undefined || practice !== undefined
        ? import('../resume')
        : undefined;
    Promise.all([loadPack(packId, [scenarioId], l.lang), resuming]).then(([pack, resumer]) => {
      if (cancelled) return;
      const clock = createTimerClock();
      if (endedAttempt && resumer) {
        const { resumeSave } = resumer;
        const rebuilt = resumeSave(pack, saveBefore(endedAttempt, endedAttempt.events.length), {
          timers: false,
        });
        if (rebuilt.ok && rebuilt.play.done) {
          setState({ status: 'ended', attemptId: endedAttempt.id, play: rebuilt.play, clock });
          return;
        }
      }
      const saved = store.data.progress[key];
      let play: Play | undefined;
      let failed: string | undefined;
      let startedAt = saved?.startedAt ?? new Date().toISOString();
      if (saved && resumer) {
        const resumed = resumer.resumeSave(pack, saved.save, { clock });
        if (resumed.ok) play = resumed.play;
        else {
          failed = resumed.reason;
          store.setAsideProgress(key);
          startedAt = new Date().toISOString();
        }
      }
      if (play === undefined && practice && source && resumer) {
        const resumed = resumer.resumeSave(pack, saveBefore(source, practice.eventIndex), { clock });
        if (resumed.ok) play = resumed.play;
        else failed = resumed.reason;
      }
      play ??= startScenario(pack, scenarioId, { clock });
      const current = play;
      const persist = () => {
        if (current.done) {
          const attempt = attemptOf(current, startedAt, practice ? { practice } : {});
          store.addAttempt(attempt);
          store.clearProgress(key);
          // The route now names the attempt: a reload or a new language shows this ending, not a new play.
          window.history.replaceState(
            null,
            '',
            practice
              ? href('practice', practice.from, practice.eventIndex, attempt.id)
              : href('play', packId, scenarioId, attempt.id),
          );
          setState({ status: 'ended', attemptId: attempt.id, play: current, clock });
          return;
        }
        const progress: InProgress = {
          kind: practice ? 'practice' : 'scenario',
          packId,
          scenarioId,
          save: current.save(),
          startedAt,
          updatedAt: new Date().toISOString(),
        };
        if (practice) progress.practice = practice;
        store.saveProgress(key, progress);
      };
      stop = current.subscribe(persist);
      setState({
        status: 'playing',
        play: current,
        clock,
        startedAt,
        ...(failed ? { restoredFailed: failed } : {}),
      });
      if (current.done) persist();
      else if (!saved) persist();
      // Once the play shows, the save check loads in the background: the ending's page (its own route)
      // rebuilds the play from the attempt's save without waiting for it.
      if (resumer === undefined) void import('../resume');
    });
    return () => {
      cancelled = true;
      stop?.();
    };
    // `generation` restarts the play; the store and the ids are stable for this page's life.
  }, [generation]);

  useEffect(() => {
    if (state.status === 'ended') continueRef.current?.focus();
  }, [state.status]);

  useEffect(
    () => () => (state.status !== 'loading' && state.status !== 'missing' ? state.play.stop() : undefined),
    [state],
  );

  if (state.status === 'missing')
    return (
      <section className="lab-page">
        <h1>{l.t('lab.play.unknown')}</h1>
        <p>
          <a href={href('library')}>{l.t('lab.nav.library')}</a>
        </p>
      </section>
    );
  if (state.status === 'loading' || entry === undefined)
    return (
      <p role="status" className="lab-loading">
        {l.t('lab.loading')}
      </p>
    );

  const restart = () => {
    if (!window.confirm(l.t('lab.play.restartConfirm'))) return;
    state.play.stop();
    store.clearProgress(key);
    setState({ status: 'loading' });
    setGeneration((g) => g + 1);
  };

  return (
    <section className="lab-page lab-play">
      <div className="lab-play-head">
        <PackText text={entry.title} as="h1" className="lab-sr-only" fallbacks={state.play.pack.languages} />
        <div className="lab-toolbar">
          <ModeSwitch webgl={webgl} textMode={textMode} toggle={toggle} />
          {state.status === 'playing' && (
            <button type="button" onClick={restart}>
              {l.t('lab.play.restart')}
            </button>
          )}
          <a className="lab-button" href={href('home')}>
            {l.t('lab.play.quit')}
          </a>
          <span className="lab-muted lab-saved">
            {l.t(store.problem ? 'lab.play.notSaved' : 'lab.play.saved')}
          </span>
        </div>
      </div>
      {practice && <p className="lab-notice lab-practice">{l.t('lab.play.practice')}</p>}
      {state.status === 'playing' && state.restoredFailed && (
        <p role="alert" className="lab-notice">
          {l.t('lab.play.cannotResume', { reason: state.restoredFailed })}
        </p>
      )}
      <ScenarioPlayer
        key={generation}
        play={state.play}
        clock={state.clock}
        scene={(props) => <LabScene {...props} onUnavailable={toText} />}
      />
      {state.status === 'ended' && (
        <p className="lab-continue">
          <a
            ref={continueRef}
            className="lab-button lab-primary"
            href={practice ? href('compare', state.attemptId) : href('debrief', state.attemptId)}
          >
            {l.t(practice ? 'lab.debrief.compare' : 'lab.debrief.title', { title: l.text(entry.title) })}
          </a>
        </p>
      )}
    </section>
  );
}
