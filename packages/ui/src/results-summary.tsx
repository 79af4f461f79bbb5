import { type Pack, type PlayResult, summarizeResults } from '@ruta/scenario-engine';
import { useId } from 'react';
import { competencyTitle } from './debrief';
import { PackText } from './pack-text';
import { usePercent, useT } from './t';

export interface ResultsSummaryProps {
  results: readonly PlayResult[];
  /** The packs the results come from (for scenario titles). */
  packs?: readonly Pack[];
}

/** Several plays at a glance, per stage (`summarizeResults`), and each play's scenario and outcome. */
export function ResultsSummary({ results, packs = [] }: ResultsSummaryProps) {
  const t = useT();
  const percent = usePercent();
  const headingId = useId();
  const summaries = summarizeResults(results);
  const titleOf = (packId: string, scenarioId: string) =>
    packs.find((p) => p.id === packId)?.scenarios.find((s) => s.id === scenarioId)?.title;
  return (
    <section className="ruta-panel ruta-summary" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('summary.title', { count: results.length })}</h2>
      {summaries.length === 0 ? (
        <p className="ruta-muted">{t('summary.empty')}</p>
      ) : (
        <table className="ruta-table">
          <thead>
            <tr>
              <th scope="col">{t('summary.stage')}</th>
              <th scope="col">{t('summary.plays')}</th>
              <th scope="col">{t('outcome.protected')}</th>
              <th scope="col">{t('outcome.partial')}</th>
              <th scope="col">{t('outcome.harmed')}</th>
              <th scope="col">{t('debrief.overall')}</th>
              <th scope="col">{t('debrief.identification')}</th>
              <th scope="col">{t('debrief.harmfulCount')}</th>
            </tr>
          </thead>
          <tbody>
            {summaries.map((summary) => (
              <tr key={summary.stage}>
                <th scope="row">{t(`stage.${summary.stage}`)}</th>
                <td>{t('summary.complete', { complete: summary.complete, plays: summary.plays })}</td>
                <td>{summary.outcomes.protected}</td>
                <td>{summary.outcomes.partial}</td>
                <td>{summary.outcomes.harmed}</td>
                <td>{percent(summary.overall)}</td>
                <td>{percent(summary.identification)}</td>
                <td>{summary.harmful}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {summaries.map((summary) =>
        Object.keys(summary.competencies).length === 0 ? null : (
          <details key={summary.stage}>
            <summary>{t('summary.competencies', { stage: t(`stage.${summary.stage}`) })}</summary>
            <ul>
              {Object.entries(summary.competencies).map(([id, score]) => (
                <li key={id}>
                  <PackText text={competencyTitle(id)} />: {percent(score)}
                </li>
              ))}
            </ul>
          </details>
        ),
      )}
      {results.length > 0 && (
        <>
          <h3>{t('summary.plays')}</h3>
          <ol>
            {results.map((result, index) => {
              const title = titleOf(result.packId, result.scenarioId);
              return (
                // biome-ignore lint/suspicious/noArrayIndexKey: the same scenario may be played several times
                <li key={index}>
                  {title ? <PackText text={title} /> : result.scenarioId} —{' '}
                  {result.ending ? t(`outcome.${result.ending.outcome}`) : t('debrief.incomplete')} ·{' '}
                  {percent(result.scores.overall)}
                </li>
              );
            })}
          </ol>
        </>
      )}
    </section>
  );
}
