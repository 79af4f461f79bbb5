import { PackText } from '@ruta/ui';
import { useL } from '../i18n';
import { findPack, findScenario } from '../packs';
import { href } from '../route';
import { useStore } from '../store-context';

/** Every finished attempt, newest first, each with its debrief; journeys with theirs. */
export default function HistoryPage() {
  const store = useStore();
  const l = useL();
  const attempts = [...store.data.attempts].sort((a, b) => b.completedAt.localeCompare(a.completedAt));
  const journeys = [...store.data.journeys]
    .filter((j) => j.completedAt)
    .sort((a, b) => b.startedAt.localeCompare(a.startedAt));
  return (
    <section className="lab-page">
      <h1>{l.t('lab.history.title')}</h1>
      {attempts.length === 0 ? (
        <p>{l.t('lab.history.empty')}</p>
      ) : (
        <table className="lab-table">
          <thead>
            <tr>
              <th scope="col">{l.t('lab.history.when')}</th>
              <th scope="col">{l.t('lab.history.scenario')}</th>
              <th scope="col">{l.t('lab.history.kind')}</th>
              <th scope="col">{l.t('lab.history.outcome')}</th>
              <th scope="col">{l.t('lab.history.score')}</th>
              <th scope="col">
                <span className="lab-sr-only">{l.t('lab.history.open')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {attempts.map((a) => {
              const entry = findScenario(a.packId, a.scenarioId);
              const outcome = a.summary?.outcome;
              return (
                <tr key={a.id}>
                  <td>{l.date(a.completedAt)}</td>
                  <td>
                    {entry ? (
                      <PackText text={entry.title} fallbacks={findPack(a.packId)?.languages} />
                    ) : (
                      a.scenarioId
                    )}
                  </td>
                  <td>
                    {a.practice
                      ? l.t('lab.history.practiceKind')
                      : a.journey
                        ? l.t('lab.history.journeyStep', { step: a.journey.step + 1 })
                        : l.t('lab.history.counted')}
                  </td>
                  <td>{outcome ? l.t(`lab.outcome.${outcome as 'protected'}`) : '—'}</td>
                  <td>{l.percent(a.summary?.overall)}</td>
                  <td>
                    <a href={href('debrief', a.id)}>{l.t('lab.history.open')}</a>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      {journeys.length > 0 && (
        <section aria-labelledby="lab-history-journeys">
          <h2 id="lab-history-journeys">{l.t('lab.history.journeys')}</h2>
          <ul>
            {journeys.map((run) => {
              const journey = findPack(run.packId)?.journeys.find((j) => j.id === run.journeyId);
              return (
                <li key={run.id}>
                  {journey ? l.text(journey.title) : run.journeyId} · {l.date(run.completedAt!)} ·{' '}
                  <a href={href('journey-debrief', run.id)}>{l.t('lab.history.openJourney')}</a>
                </li>
              );
            })}
          </ul>
        </section>
      )}
    </section>
  );
}
