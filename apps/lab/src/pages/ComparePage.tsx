import type { PlayResult } from '@ruta/scenario-engine';
import { PackText } from '@ruta/ui';
import { useEffect, useState } from 'react';
import { resultOf } from '../attempts';
import { useL } from '../i18n';
import { findScenario, loadPack } from '../packs';
import { href } from '../route';
import { useStore } from '../store-context';

type State =
  | { status: 'loading' }
  | { status: 'failed'; reason: string }
  | { status: 'ready'; original: PlayResult; practice: PlayResult; langs: readonly ('es' | 'en' | 'fr')[] };

/** Index of the first decision where two plays differ (`decisions.length` of the shorter when one is a prefix). */
export function partingDecision(a: PlayResult, b: PlayResult): number {
  const n = Math.min(a.decisions.length, b.decisions.length);
  for (let i = 0; i < n; i++)
    if (
      a.decisions[i]!.node !== b.decisions[i]!.node ||
      a.decisions[i]!.made.choice !== b.decisions[i]!.made.choice
    )
      return i;
  return a.decisions.length === b.decisions.length && a.ending?.node === b.ending?.node ? -1 : n;
}

/** "Try again from here": the original attempt and the practice one side by side, and where they part. */
export default function ComparePage({ attemptId }: { attemptId: string }) {
  const store = useStore();
  const l = useL();
  const practice = store.data.attempts.find((a) => a.id === attemptId);
  const original = practice?.practice
    ? store.data.attempts.find((a) => a.id === practice.practice!.from)
    : undefined;
  const [state, setState] = useState<State>({ status: 'loading' });
  // biome-ignore lint/correctness/useExhaustiveDependencies: the attempts are fixed for this page (keyed by the attempt id)
  useEffect(() => {
    if (practice === undefined || original === undefined) return;
    let cancelled = false;
    loadPack(practice.packId, [practice.scenarioId], l.lang, practice.packVersion)
      .then((pack) => {
        if (!cancelled)
          setState({
            status: 'ready',
            original: resultOf(pack, original),
            practice: resultOf(pack, practice),
            langs: pack.languages,
          });
      })
      .catch((error: unknown) => {
        if (!cancelled)
          setState({ status: 'failed', reason: error instanceof Error ? error.message : String(error) });
      });
    return () => {
      cancelled = true;
    };
  }, [attemptId]);

  const entry = practice ? findScenario(practice.packId, practice.scenarioId) : undefined;
  if (practice === undefined || original === undefined || entry === undefined)
    return (
      <section className="lab-page">
        <h1>{l.t('lab.notFound')}</h1>
      </section>
    );
  if (state.status !== 'ready')
    return (
      <section className="lab-page">
        <h1>{l.t('lab.compare.title', { title: l.text(entry.title) })}</h1>
        {state.status === 'failed' ? (
          <p role="alert">{l.t('lab.debrief.cannot', { reason: state.reason })}</p>
        ) : (
          <p role="status">{l.t('lab.loading')}</p>
        )}
      </section>
    );
  const parted = partingDecision(state.original, state.practice);
  const fromDecision =
    state.original.decisions.findIndex(
      (_, i) => i >= 0 && eventIndexOf(state.original, i) >= practice.practice!.eventIndex,
    ) + 1;
  const column = (label: string, result: PlayResult, id: string) => (
    <section aria-labelledby={id} className="lab-path">
      <h2 id={id}>{label}</h2>
      <ol>
        {result.decisions.map((d, i) => (
          <li
            key={`${d.node}-${d.made.choice}`}
            className={parted !== -1 && i >= parted ? 'lab-parted' : 'lab-shared'}
          >
            <PackText text={d.made.text} fallbacks={state.langs} />{' '}
            <span className={`lab-quality lab-quality-${d.made.quality}`}>({d.made.quality})</span>
            {parted !== -1 && i < parted && <span className="lab-muted"> {l.t('lab.compare.shared')}</span>}
          </li>
        ))}
      </ol>
      <p>
        <strong>
          {l.t('lab.compare.ending', {
            outcome: result.ending ? l.t(`lab.outcome.${result.ending.outcome}`) : '—',
            score: l.percent(result.scores.overall),
          })}
        </strong>
      </p>
    </section>
  );
  return (
    <section className="lab-page lab-compare">
      <h1>{l.t('lab.compare.title', { title: l.text(entry.title) })}</h1>
      <p className="lab-notice lab-practice">{l.t('lab.play.practice')}</p>
      <p role="status">
        {parted === -1 ? l.t('lab.compare.same') : l.t('lab.compare.parted', { n: parted + 1 })}
      </p>
      <div className="lab-columns">
        {column(l.t('lab.compare.original'), state.original, 'lab-original')}
        {column(
          l.t('lab.compare.practice', { n: Math.max(1, fromDecision) }),
          state.practice,
          'lab-practice-path',
        )}
      </div>
      <p className="lab-toolbar">
        <a className="lab-button" href={href('debrief', original.id)}>
          {l.t('lab.compare.original')}
        </a>
        <a className="lab-button" href={href('debrief', practice.id)}>
          {l.t('lab.history.open')}
        </a>
      </p>
    </section>
  );
}

/** The index in `result.events` of the CHOOSE event of decision `i`. */
function eventIndexOf(result: PlayResult, i: number): number {
  let seen = -1;
  for (let e = 0; e < result.events.length; e++)
    if (result.events[e]!.type === 'CHOOSE' && ++seen === i) return e;
  return result.events.length;
}
