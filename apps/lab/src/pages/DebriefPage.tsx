import type { Pack, PlayResult } from '@ruta/scenario-engine';
import { Debrief } from '@ruta/ui';
import { useEffect, useState } from 'react';
import { resultOf } from '../attempts';
import { useL } from '../i18n';
import { findScenario, loadPack } from '../packs';
import { href, navigate } from '../route';
import { useStore } from '../store-context';

type State =
  | { status: 'loading' }
  | { status: 'failed'; reason: string }
  | { status: 'ready'; pack: Pack; result: PlayResult };

/** The debrief of one attempt, rebuilt by replaying its events; "try again from here" on every decision. */
export default function DebriefPage({ attemptId }: { attemptId: string }) {
  const store = useStore();
  const l = useL();
  const attempt = store.data.attempts.find((a) => a.id === attemptId);
  const [state, setState] = useState<State>({ status: 'loading' });
  // biome-ignore lint/correctness/useExhaustiveDependencies: the attempt is fixed for this page (keyed by its id)
  useEffect(() => {
    if (attempt === undefined) return;
    let cancelled = false;
    loadPack(attempt.packId, [attempt.scenarioId], l.lang, attempt.packVersion)
      .then((pack) => {
        if (!cancelled) setState({ status: 'ready', pack, result: resultOf(pack, attempt) });
      })
      .catch((error: unknown) => {
        if (!cancelled)
          setState({ status: 'failed', reason: error instanceof Error ? error.message : String(error) });
      });
    return () => {
      cancelled = true;
    };
  }, [attemptId]);

  const entry = attempt ? findScenario(attempt.packId, attempt.scenarioId) : undefined;
  if (attempt === undefined || entry === undefined)
    return (
      <section className="lab-page">
        <h1>{l.t('lab.notFound')}</h1>
        <p>
          <a href={href('history')}>{l.t('lab.history.title')}</a>
        </p>
      </section>
    );
  const title = l.text(entry.title);
  return (
    <section className="lab-page lab-debrief">
      <h1 className="lab-sr-only">{l.t('lab.debrief.title', { title })}</h1>
      {attempt.practice && <p className="lab-notice lab-practice">{l.t('lab.play.practice')}</p>}
      <p className="lab-toolbar">
        <a className="lab-button" href={href('play', attempt.packId, attempt.scenarioId)}>
          {l.t('lab.debrief.again')}
        </a>
        {attempt.practice && (
          <a className="lab-button" href={href('compare', attempt.id)}>
            {l.t('lab.debrief.compare')}
          </a>
        )}
        {attempt.journey && (
          <a className="lab-button" href={href('journey-debrief', attempt.journey.run)}>
            {l.t('lab.history.openJourney')}
          </a>
        )}
      </p>
      {state.status === 'loading' && <p role="status">{l.t('lab.loading')}</p>}
      {state.status === 'failed' && <p role="alert">{l.t('lab.debrief.cannot', { reason: state.reason })}</p>}
      {state.status === 'ready' && (
        <Debrief
          result={state.result}
          pack={state.pack}
          onRetryFrom={(eventIndex) => navigate('practice', attempt.id, eventIndex)}
        />
      )}
    </section>
  );
}
