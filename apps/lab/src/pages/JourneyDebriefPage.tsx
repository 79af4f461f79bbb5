import { type JourneyResult, journeyResult, type Pack, type PlayResult } from '@ruta/scenario-engine';
import { Debrief, PackText } from '@ruta/ui';
import { useEffect, useState } from 'react';
import { resultOf } from '../attempts';
import { useL } from '../i18n';
import { findPack, loadPack } from '../packs';
import { href, navigate } from '../route';
import { useStore } from '../store-context';

type State =
  | { status: 'loading' }
  | { status: 'failed'; reason: string }
  | { status: 'ready'; pack: Pack; steps: PlayResult[]; result: JourneyResult };

/** The debrief of a journey: the outcome of the case, the values carried between stages, each stage's debrief. */
export default function JourneyDebriefPage({ runId }: { runId: string }) {
  const store = useStore();
  const l = useL();
  const run = store.data.journeys.find((j) => j.id === runId);
  const entry = run ? findPack(run.packId) : undefined;
  const journey = entry?.journeys.find((j) => j.id === run?.journeyId);
  const [state, setState] = useState<State>({ status: 'loading' });
  // biome-ignore lint/correctness/useExhaustiveDependencies: the run is fixed for this page (keyed by its id)
  useEffect(() => {
    if (run === undefined || journey === undefined) return;
    let cancelled = false;
    const firstStep = store.data.attempts.find((a) => a.id === run.attempts[0]);
    loadPack(run.packId, journey.steps, l.lang, firstStep?.packVersion)
      .then((pack) => {
        const attempts = run.attempts.map((id) => store.data.attempts.find((a) => a.id === id));
        if (attempts.some((a) => a === undefined))
          throw new Error('a stage of this journey is missing from the history');
        const steps = attempts.map((a) => resultOf(pack, a!));
        if (!cancelled)
          setState({ status: 'ready', pack, steps, result: journeyResult(pack, journey.id, steps) });
      })
      .catch((error: unknown) => {
        if (!cancelled)
          setState({ status: 'failed', reason: error instanceof Error ? error.message : String(error) });
      });
    return () => {
      cancelled = true;
    };
  }, [runId]);

  if (run === undefined || journey === undefined || entry === undefined)
    return (
      <section className="lab-page">
        <h1>{l.t('lab.notFound')}</h1>
      </section>
    );
  const values = (v: Record<string, number | boolean> | undefined) =>
    Object.entries(v ?? {})
      .map(([name, value]) => `${name} = ${String(value)}`)
      .join(', ');
  return (
    <section className="lab-page lab-debrief">
      <h1>{l.t('lab.journey.debrief', { title: l.text(journey.title) })}</h1>
      <p className="lab-toolbar">
        <a className="lab-button" href={href('journey', run.packId, journey.id)}>
          {l.t('lab.debrief.again')}
        </a>
      </p>
      {state.status === 'loading' && <p role="status">{l.t('lab.loading')}</p>}
      {state.status === 'failed' && <p role="alert">{l.t('lab.debrief.cannot', { reason: state.reason })}</p>}
      {state.status === 'ready' && (
        <>
          <ul className="lab-summary">
            <li>{l.t('lab.journey.overall', { score: l.percent(state.result.overall) })}</li>
            {state.result.outcome && (
              <li>{l.t('lab.journey.outcome', { outcome: l.t(`lab.outcome.${state.result.outcome}`) })}</li>
            )}
          </ul>
          {state.steps.map((step, index) => {
            const scenario = state.pack.scenarios.find((s) => s.id === step.scenarioId)!;
            const attemptId = run.attempts[index]!;
            return (
              <section key={attemptId} aria-labelledby={`lab-step-${index}`} className="lab-journey-step">
                <h2 id={`lab-step-${index}`}>
                  {l.t('lab.play.stepOf', { step: index + 1, total: journey.steps.length })} ·{' '}
                  {l.stage(scenario.stage)} ·{' '}
                  <PackText text={scenario.title} fallbacks={state.pack.languages} />
                </h2>
                {index > 0 && step.carry && (
                  <p className="lab-muted">{l.t('lab.journey.carried', { values: values(step.carry) })}</p>
                )}
                <Debrief
                  result={step}
                  pack={state.pack}
                  onRetryFrom={(eventIndex) => navigate('practice', attemptId, eventIndex)}
                />
              </section>
            );
          })}
        </>
      )}
    </section>
  );
}
