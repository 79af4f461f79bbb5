import { decodeEvents, type JourneyPlay, type Play, startJourney } from '@ruta/scenario-engine';
import { createTimerClock, JourneyPlayer, PackText } from '@ruta/ui';
import { useEffect, useRef, useState } from 'react';
import { attemptOf } from '../attempts';
import { useL } from '../i18n';
import { findPack, loadPack } from '../packs';
import { href } from '../route';
import { LabScene, ModeSwitch, useTextModeKey } from '../scene-slot';
import { type InProgress, type JourneyRun, newId } from '../storage';
import { useStore } from '../store-context';

type State =
  | { status: 'loading' }
  | { status: 'missing' }
  | { status: 'playing'; journey: JourneyPlay; run: string; restoredFailed?: string; ended: boolean };

/** Rebuilds a journey from its saved steps (each replayed, then `next()`), or says why it cannot be. */
function rebuild(journey: JourneyPlay, saved: InProgress): string | undefined {
  try {
    for (const step of saved.steps ?? []) {
      for (const event of decodeEvents(step.events)) journey.play.send(event);
      journey.next();
    }
    for (const event of decodeEvents(saved.save.events)) journey.play.send(event);
    return undefined;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

/**
 * Plays a journey: one case across its stages, the values it carries passing from stage to stage. Saved
 * after every event (the finished stages' events and the current stage's), each finished stage recorded as
 * an attempt, and the journey debrief at the end.
 */
export default function JourneyPage({
  packId,
  journeyId,
  ended,
  webgl,
}: {
  packId: string;
  journeyId: string;
  /** The run this journey ended as (the route after its end): shown ended, rebuilt from its attempts. */
  ended?: string | undefined;
  webgl: boolean;
}) {
  const store = useStore();
  const l = useL();
  const { textMode, toggle, toText } = useTextModeKey(webgl);
  const pack = findPack(packId);
  const journeyEntry = pack?.journeys.find((j) => j.id === journeyId);
  const key = `journey:${packId}/${journeyId}`;
  const [state, setState] = useState<State>({ status: 'loading' });
  const [generation, setGeneration] = useState(0);
  const continueRef = useRef<HTMLAnchorElement>(null);

  // biome-ignore lint/correctness/useExhaustiveDependencies: the play is built once per page (keyed by pack and journey); `generation` restarts it
  useEffect(() => {
    if (pack === undefined || journeyEntry === undefined) {
      setState({ status: 'missing' });
      return;
    }
    let cancelled = false;
    let unsubscribe: (() => void) | undefined;
    loadPack(packId, journeyEntry.steps, l.lang).then((loaded) => {
      if (cancelled) return;
      const clock = createTimerClock();
      const endedRun = ended ? store.data.journeys.find((j) => j.id === ended && j.completedAt) : undefined;
      if (endedRun) {
        const attempts = endedRun.attempts.map((id) => store.data.attempts.find((a) => a.id === id));
        const done = startJourney(loaded, journeyId, { timers: false });
        try {
          attempts.forEach((attempt, index) => {
            if (attempt === undefined) throw new Error('a stage of this journey is missing from the history');
            if (index > 0) done.next();
            for (const event of decodeEvents(attempt.events)) done.play.send(event);
          });
          if (done.done) {
            setState({ status: 'playing', journey: done, run: endedRun.id, ended: true });
            return;
          }
        } catch {
          // Not rebuildable: a new journey starts below.
        }
      }
      const saved = store.data.progress[key];
      let inner = startJourney(loaded, journeyId, { clock });
      let failed: string | undefined;
      const run = saved?.run ?? newId();
      const startedAt = saved?.startedAt ?? new Date().toISOString();
      if (saved) {
        failed = rebuild(inner, saved);
        if (failed !== undefined) {
          inner.stop();
          store.setAsideProgress(key);
          inner = startJourney(loaded, journeyId, { clock });
        }
      }
      const finishedSaves = () => inner.results.slice(0, inner.stepIndex).map((_, i) => stepSaves[i]!);
      const stepSaves = (saved && failed === undefined ? (saved.steps ?? []) : []).slice();
      const recorded = new Set<number>();
      for (let i = 0; i < stepSaves.length; i++) recorded.add(i);
      const stepStarted: string[] = [];

      const runRecord = (): JourneyRun =>
        store.data.journeys.find((j) => j.id === run) ?? {
          id: run,
          packId,
          journeyId,
          startedAt,
          attempts: [],
        };

      const persist = (play: Play) => {
        if (play.done && !recorded.has(inner.stepIndex)) {
          recorded.add(inner.stepIndex);
          const attempt = attemptOf(play, stepStarted[inner.stepIndex] ?? startedAt, {
            journey: { run, journeyId, step: inner.stepIndex },
          });
          store.addAttempt(attempt);
          const record = runRecord();
          const last = inner.done;
          store.saveJourney({
            ...record,
            attempts: [...record.attempts, attempt.id],
            ...(last ? { completedAt: attempt.completedAt } : {}),
          });
          if (last) {
            store.clearProgress(key);
            window.history.replaceState(null, '', href('journey', packId, journeyId, run));
            setState((s) => (s.status === 'playing' ? { ...s, ended: true } : s));
            return;
          }
        }
        store.saveProgress(key, {
          kind: 'journey',
          packId,
          scenarioId: inner.scenarioId,
          journeyId,
          run,
          steps: finishedSaves(),
          save: play.save(),
          startedAt,
          updatedAt: new Date().toISOString(),
        });
      };

      const watch = () => {
        unsubscribe?.();
        const play = inner.play;
        stepStarted[inner.stepIndex] ??= new Date().toISOString();
        unsubscribe = play.subscribe(persist);
        persist(play);
      };

      // The player calls `next()`; the page hears of it to save the finished stage and watch the new one.
      const journey: JourneyPlay = {
        get journey() {
          return inner.journey;
        },
        get stepIndex() {
          return inner.stepIndex;
        },
        get scenarioId() {
          return inner.scenarioId;
        },
        get play() {
          return inner.play;
        },
        get results() {
          return inner.results;
        },
        get done() {
          return inner.done;
        },
        next() {
          stepSaves[inner.stepIndex] = inner.play.save();
          const next = inner.next();
          watch();
          return next;
        },
        result: () => inner.result(),
        stop: () => inner.stop(),
      } as JourneyPlay;
      const runEnded = store.data.journeys.some((j) => j.id === run && j.completedAt !== undefined);
      setState({
        status: 'playing',
        journey,
        run,
        ended: runEnded,
        ...(failed ? { restoredFailed: failed } : {}),
      });
      watch();
    });
    return () => {
      cancelled = true;
      unsubscribe?.();
    };
  }, [generation]);

  useEffect(() => {
    if (state.status === 'playing' && state.ended) continueRef.current?.focus();
  }, [state]);

  if (state.status === 'missing' || journeyEntry === undefined || pack === undefined)
    return (
      <section className="lab-page">
        <h1>{l.t('lab.play.unknown')}</h1>
        <p>
          <a href={href('library')}>{l.t('lab.nav.library')}</a>
        </p>
      </section>
    );
  if (state.status === 'loading')
    return (
      <p role="status" className="lab-loading">
        {l.t('lab.loading')}
      </p>
    );

  const restart = () => {
    if (!window.confirm(l.t('lab.play.restartConfirm'))) return;
    state.journey.stop();
    store.clearProgress(key);
    setState({ status: 'loading' });
    setGeneration((g) => g + 1);
  };

  return (
    <section className="lab-page lab-play">
      <div className="lab-play-head">
        <PackText text={journeyEntry.title} as="h1" fallbacks={pack.languages} />
        <div className="lab-toolbar">
          <ModeSwitch webgl={webgl} textMode={textMode} toggle={toggle} />
          {!state.ended && (
            <button type="button" onClick={restart}>
              {l.t('lab.play.restart')}
            </button>
          )}
          <a className="lab-button" href={href('home')}>
            {l.t('lab.play.quit')}
          </a>
        </div>
      </div>
      {state.restoredFailed && (
        <p role="alert" className="lab-notice">
          {l.t('lab.play.cannotResume', { reason: state.restoredFailed })}
        </p>
      )}
      <JourneyPlayer
        key={generation}
        journeyPlay={state.journey}
        scene={(props) => <LabScene {...props} onUnavailable={toText} />}
      />
      {state.ended && (
        <p className="lab-continue">
          <a ref={continueRef} className="lab-button lab-primary" href={href('journey-debrief', state.run)}>
            {l.t('lab.journey.debrief', { title: l.text(journeyEntry.title) })}
          </a>
        </p>
      )}
    </section>
  );
}
