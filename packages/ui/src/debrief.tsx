import { findCompetency, principle, principleIds, regionalFramework } from '@ruta/competencies';
import type { DebriefChoice, Pack, PlayResult, Text } from '@ruta/scenario-engine';
import { isEnding } from '@ruta/scenario-engine';
import { useId } from 'react';
import type { Lang } from './messages';
import { VariableList } from './meters';
import { indicatorLabel } from './notebook';
import { OutcomeBadge, QualityBadge } from './outcome';
import { PackText } from './pack-text';
import { usePercent, useT } from './t';

export interface DebriefProps {
  result: PlayResult;
  pack: Pack;
  /** Shows "try again from here" on each decision; called with the index in `result.events` of that choice. */
  onRetryFrom?: (eventIndex: number) => void;
}

/** A principle's title from the regional catalogue (or its id when the pack cites another). */
export function principleTitle(id: string): Text {
  return (principleIds as readonly string[]).includes(id)
    ? principle(id as (typeof principleIds)[number]).title
    : { en: id };
}

/** A competency's title from the regional framework (or its id). */
export function competencyTitle(id: string): Text {
  return findCompetency(regionalFramework, id)?.title ?? { en: id };
}

function Choice({ choice, langs }: { choice: DebriefChoice; langs: readonly Lang[] }) {
  return (
    <>
      <PackText text={choice.text} fallbacks={langs} /> <QualityBadge quality={choice.quality} />
    </>
  );
}

/**
 * The debrief of one play: the outcome in words, every decision against the best choice offered there with
 * its feedback, principles and references, the indicators found, missed and wrongly noted, the scores per
 * competency, and the final values of the variables (also under exam conditions).
 */
export function Debrief({ result, pack, onRetryFrom }: DebriefProps) {
  const t = useT();
  const percent = usePercent();
  const headingId = useId();
  const langs = pack.languages as readonly Lang[];
  const scenario = pack.scenarios.find((s) => s.id === result.scenarioId);
  const endingNode = result.ending && scenario ? scenario.nodes[result.ending.node] : undefined;
  const references = new Map((pack.references ?? []).map((r) => [r.id, r]));
  const referrals = new Map((pack.referrals ?? []).map((r) => [r.id, r]));
  // The index in the event log of each decision's CHOOSE event.
  const chooseIndexes = result.events.flatMap((event, index) => (event.type === 'CHOOSE' ? [index] : []));
  const timeouts = result.path.filter((step) => step.timeout).length;
  const { truePositives, missed, falseNotes } = result.scores.identification;

  const indicatorList = (ids: string[], empty: string) =>
    ids.length === 0 ? (
      <p className="ruta-muted">{empty}</p>
    ) : (
      <ul>
        {ids.map((id) => (
          <li key={id}>
            <PackText text={indicatorLabel(pack, id)} fallbacks={langs} />
          </li>
        ))}
      </ul>
    );

  return (
    <article className="ruta-debrief" aria-labelledby={headingId}>
      <h2 id={headingId}>
        {t('debrief.title')}
        {scenario && (
          <>
            {': '}
            <PackText text={scenario.title} fallbacks={langs} />
          </>
        )}
      </h2>
      <section className="ruta-panel">
        <h3>{t('debrief.outcome')}</h3>
        {result.ending ? (
          <>
            <p>
              <OutcomeBadge outcome={result.ending.outcome} />
            </p>
            <p>{t(`outcome.${result.ending.outcome}.words`)}</p>
            {endingNode && isEnding(endingNode) && (
              <PackText as="p" text={endingNode.ending.summary} fallbacks={langs} />
            )}
          </>
        ) : (
          <p>{t('debrief.incomplete')}</p>
        )}
        {result.harmful.length > 0 && (
          <p>
            <strong>
              <span aria-hidden="true">✗ </span>
              {t('debrief.harmfulAt', {
                list: result.decisions
                  .flatMap((d, i) =>
                    d.made.quality === 'harmful' ? [t('debrief.decision', { n: i + 1 })] : [],
                  )
                  .join(', '),
              })}
            </strong>
          </p>
        )}
        <dl className="ruta-figures">
          <div>
            <dt>{t('debrief.overall')}</dt>
            <dd>{percent(result.scores.overall)}</dd>
          </div>
          <div>
            <dt>{t('debrief.identification')}</dt>
            <dd>{percent(result.scores.identification.score)}</dd>
          </div>
          <div>
            <dt>{t('debrief.harmfulCount')}</dt>
            <dd>{result.harmful.length}</dd>
          </div>
          {timeouts > 0 && (
            <div>
              <dt>{t('debrief.timeouts')}</dt>
              <dd>{timeouts}</dd>
            </div>
          )}
        </dl>
      </section>

      <section className="ruta-panel">
        <h3>{t('debrief.decisions')}</h3>
        {result.decisions.length === 0 ? (
          <p className="ruta-muted">{t('debrief.noDecisions')}</p>
        ) : (
          <ol className="ruta-timeline">
            {result.decisions.map((decision, index) => {
              const same = decision.made.choice === decision.best.choice;
              const eventIndex = chooseIndexes[index];
              return (
                <li
                  // biome-ignore lint/suspicious/noArrayIndexKey: a node may be decided at more than once (loops)
                  key={`${decision.node}-${index}`}
                  className={`ruta-decision ruta-decision-${decision.made.quality}`}
                >
                  <h4>{t('debrief.decision', { n: index + 1 })}</h4>
                  <p>
                    <span className="ruta-label">{t('debrief.made')}</span>{' '}
                    <Choice choice={decision.made} langs={langs} />
                  </p>
                  {same ? (
                    <p className="ruta-muted">{t('debrief.wasBest')}</p>
                  ) : (
                    <p>
                      <span className="ruta-label">{t('debrief.best')}</span>{' '}
                      <Choice choice={decision.best} langs={langs} />
                    </p>
                  )}
                  <PackText as="p" text={decision.made.feedback} fallbacks={langs} />
                  {!same && (
                    <p>
                      <span className="ruta-label">{t('debrief.bestFeedback')}</span>{' '}
                      <PackText text={decision.best.feedback} fallbacks={langs} />
                    </p>
                  )}
                  {decision.made.principles.length > 0 && (
                    <p>
                      <span className="ruta-label">{t('debrief.principles')}</span>{' '}
                      {decision.made.principles.map((id, i) => (
                        <span key={id}>
                          {i > 0 && ', '}
                          <PackText text={principleTitle(id)} />
                        </span>
                      ))}
                    </p>
                  )}
                  {decision.made.referral !== undefined && referrals.has(decision.made.referral) && (
                    <p>
                      <span className="ruta-label">{t('debrief.referral')}</span>{' '}
                      <PackText text={referrals.get(decision.made.referral)!.name} fallbacks={langs} />
                    </p>
                  )}
                  {decision.made.references.length > 0 && (
                    <div>
                      <span className="ruta-label">{t('debrief.references')}</span>
                      <ul>
                        {decision.made.references.map((id) => {
                          const reference = references.get(id);
                          return (
                            <li key={id}>
                              {reference ? (
                                <>
                                  <PackText text={reference.title} fallbacks={langs} />
                                  <br />
                                  <cite className="ruta-small">{reference.citation}</cite>
                                </>
                              ) : (
                                id
                              )}
                            </li>
                          );
                        })}
                      </ul>
                    </div>
                  )}
                  {onRetryFrom !== undefined && eventIndex !== undefined && (
                    <button type="button" className="ruta-button" onClick={() => onRetryFrom(eventIndex)}>
                      {t('debrief.retry', { n: index + 1 })}
                    </button>
                  )}
                </li>
              );
            })}
          </ol>
        )}
      </section>

      <section className="ruta-panel">
        <h3>{t('debrief.indicators')}</h3>
        <div className="ruta-columns">
          <div>
            <h4>
              <span aria-hidden="true">✓ </span>
              {t('debrief.found', { count: truePositives.length })}
            </h4>
            {indicatorList(truePositives, t('debrief.noneFound'))}
          </div>
          <div>
            <h4>
              <span aria-hidden="true">○ </span>
              {t('debrief.missed', { count: missed.length })}
            </h4>
            {indicatorList(missed, t('debrief.noneMissed'))}
          </div>
          <div>
            <h4>
              <span aria-hidden="true">✗ </span>
              {t('debrief.wrong', { count: falseNotes.length })}
            </h4>
            {indicatorList(falseNotes, t('debrief.noneWrong'))}
          </div>
        </div>
      </section>

      <section className="ruta-panel">
        <h3>{t('debrief.competencies')}</h3>
        {Object.keys(result.scores.competencies).length === 0 ? (
          <p className="ruta-muted">{t('debrief.noDecisions')}</p>
        ) : (
          <table className="ruta-table">
            <thead>
              <tr>
                <th scope="col">{t('debrief.competency')}</th>
                <th scope="col">{t('debrief.score')}</th>
              </tr>
            </thead>
            <tbody>
              {Object.entries(result.scores.competencies).map(([id, score]) => (
                <tr key={id}>
                  <th scope="row">
                    <PackText text={competencyTitle(id)} />
                  </th>
                  <td>{percent(score)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>

      {scenario?.variables && Object.keys(scenario.variables).length > 0 && (
        <section className="ruta-panel">
          <h3>{t('debrief.finalValues')}</h3>
          <VariableList declarations={scenario.variables} values={result.variables} />
        </section>
      )}
    </article>
  );
}
