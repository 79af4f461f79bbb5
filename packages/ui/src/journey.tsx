import type { JourneyPlay, JourneyResult, PlayResult } from '@ruta/scenario-engine';
import { type ReactNode, useId, useState } from 'react';
import { Debrief } from './debrief';
import type { Lang } from './messages';
import { OutcomeBadge } from './outcome';
import { PackText } from './pack-text';
import { type AccessibilityRecord, ScenarioPlayer, type SceneSlotProps } from './scenario-player';
import { useT } from './t';
import type { TimerClock } from './timer-clock';
import { usePlay } from './use-play';

export interface JourneyProgressProps {
  journeyPlay: JourneyPlay;
}

/** The stages of a journey: done (with the outcome), current, or still to come. */
export function JourneyProgress({ journeyPlay }: JourneyProgressProps) {
  usePlay(journeyPlay.play);
  const t = useT();
  const pack = journeyPlay.play.pack;
  const langs = pack.languages as readonly Lang[];
  const { steps } = journeyPlay.journey;
  const results = journeyPlay.results;
  return (
    <nav className="ruta-journey" aria-label={t('journey.progress')}>
      <p className="ruta-muted">
        <PackText text={journeyPlay.journey.title} fallbacks={langs} /> ·{' '}
        {t('journey.step', { n: journeyPlay.stepIndex + 1, total: steps.length })}
      </p>
      <ol>
        {steps.map((scenarioId, index) => {
          const scenario = pack.scenarios.find((s) => s.id === scenarioId);
          const result = results[index];
          const current = index === journeyPlay.stepIndex;
          const state = result?.complete ? 'done' : current ? 'current' : 'todo';
          return (
            <li
              key={scenarioId}
              className={`ruta-journey-step ruta-journey-${state}`}
              aria-current={current ? 'step' : undefined}
            >
              <span className="ruta-small">{t(`journey.${state}`)}</span>{' '}
              {scenario ? <PackText text={scenario.title} fallbacks={langs} /> : scenarioId}
              {result?.ending && (
                <>
                  {' '}
                  <OutcomeBadge outcome={result.ending.outcome} />
                </>
              )}
            </li>
          );
        })}
      </ol>
    </nav>
  );
}

export interface JourneyPlayerProps {
  journeyPlay: JourneyPlay;
  scene?: ReactNode | ((props: SceneSlotProps) => ReactNode);
  clock?: TimerClock;
  onStepEnd?: (result: PlayResult, accessibility: AccessibilityRecord) => void;
  onEnd?: (result: JourneyResult) => void;
}

/**
 * Plays a journey: its progress, the current stage's scenario, the stage's debrief when it ends and a
 * button to carry on to the next stage (the engine carries the values and stops a case that was lost).
 */
export function JourneyPlayer({ journeyPlay, scene, clock, onStepEnd, onEnd }: JourneyPlayerProps) {
  const t = useT();
  const [, setStep] = useState(journeyPlay.stepIndex);
  const play = usePlay(journeyPlay.play);
  const headingId = useId();
  const [ended, setEnded] = useState(false);
  const next = () => {
    journeyPlay.next();
    setStep(journeyPlay.stepIndex);
  };
  const stepEnded = (result: PlayResult, accessibility: AccessibilityRecord) => {
    onStepEnd?.(result, accessibility);
    if (journeyPlay.done && !ended) {
      setEnded(true);
      onEnd?.(journeyPlay.result());
    }
  };
  const journeyResult = play.done && journeyPlay.done ? journeyPlay.result() : undefined;
  return (
    <div className="ruta-journey-player">
      <JourneyProgress journeyPlay={journeyPlay} />
      <ScenarioPlayer
        key={`${journeyPlay.stepIndex}`}
        play={play}
        {...(scene !== undefined ? { scene } : {})}
        {...(clock !== undefined ? { clock } : {})}
        onEnd={stepEnded}
      />
      {play.done && (
        <section className="ruta-panel" aria-labelledby={headingId}>
          <h2 id={headingId}>{t('journey.stageOver')}</h2>
          {journeyResult ? (
            <p>
              {journeyResult.stopped?.reason === 'case-closed' ? t('journey.caseClosed') : t('journey.over')}{' '}
              {journeyResult.outcome && <OutcomeBadge outcome={journeyResult.outcome} />}
            </p>
          ) : (
            <button type="button" className="ruta-button ruta-primary" onClick={next}>
              {t('journey.next')}
            </button>
          )}
          <Debrief result={play.result()} pack={play.pack} />
        </section>
      )}
    </div>
  );
}
