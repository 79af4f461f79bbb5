import { findCompetency, regionalFramework } from '@ruta/competencies';
import { CurriculumMap, PackText } from '@ruta/ui';
import { useL } from '../i18n';
import { findPack, findScenario } from '../packs';
import { moduleProgress, recommend } from '../progress';
import { href } from '../route';
import { useStore } from '../store-context';

export default function HomePage() {
  const store = useStore();
  const l = useL();
  const profile = store.data.profile!;
  const recommendations = recommend(profile.role, store.data.attempts, profile.country);
  const inProgress = Object.entries(store.data.progress);
  const competencyName = (id: string) => {
    const found = findCompetency(regionalFramework, id);
    return found ? l.text(found.title) : id;
  };
  return (
    <section className="lab-page">
      <h1>{l.t('lab.home.title')}</h1>
      <p className="lab-muted">
        {l.t('lab.home.greeting', { role: l.role(profile.role), country: l.country(profile.country) })}
      </p>

      {inProgress.length > 0 && (
        <section aria-labelledby="lab-continue">
          <h2 id="lab-continue">{l.t('lab.home.continue')}</h2>
          <ul className="lab-cards">
            {inProgress.map(([key, entry]) => {
              const pack = findPack(entry.packId);
              const journey = entry.journeyId
                ? pack?.journeys.find((j) => j.id === entry.journeyId)
                : undefined;
              const scenario = findScenario(entry.packId, entry.scenarioId);
              const title = journey?.title ?? scenario?.title;
              const link =
                entry.kind === 'journey'
                  ? href('journey', entry.packId, entry.journeyId ?? '')
                  : entry.kind === 'practice' && entry.practice
                    ? href('practice', entry.practice.from, entry.practice.eventIndex)
                    : href('play', entry.packId, entry.scenarioId);
              return (
                <li key={key} className="lab-card">
                  {title && <PackText text={title} as="h3" fallbacks={pack?.languages} />}
                  {entry.kind === 'practice' && (
                    <p className="lab-muted">{l.t('lab.history.practiceKind')}</p>
                  )}
                  <a className="lab-button" href={link}>
                    {l.t('lab.resume')}
                  </a>
                </li>
              );
            })}
          </ul>
        </section>
      )}

      <section aria-labelledby="lab-recommended">
        <h2 id="lab-recommended">{l.t('lab.home.recommended')}</h2>
        <p className="lab-muted">{l.t('lab.home.recommendedNote', { role: l.role(profile.role) })}</p>
        {recommendations.length === 0 ? (
          <p>{l.t('lab.home.noRecommendation')}</p>
        ) : (
          <ul className="lab-cards">
            {recommendations.map(({ pack, scenario, competencies }) => (
              <li key={`${pack.id}/${scenario.id}`} className="lab-card">
                <PackText text={scenario.title} as="h3" fallbacks={pack.languages} />
                <p className="lab-muted">
                  {l.stage(scenario.stage)} · {l.country(pack.country)}
                </p>
                <PackText text={scenario.summary} as="p" fallbacks={pack.languages} />
                <p className="lab-muted">
                  {l.t('lab.home.because', {
                    competencies: `${competencies.slice(0, 3).map(competencyName).join(', ')}${competencies.length > 3 ? '…' : ''}`,
                  })}
                </p>
                <a className="lab-button" href={href('play', pack.id, scenario.id)}>
                  {l.t('lab.play')}
                </a>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="lab-map">
        <h2 id="lab-map">{l.t('lab.home.map')}</h2>
        <p className="lab-muted">{l.t('lab.home.mapNote')}</p>
        <CurriculumMap progress={moduleProgress(store.data.attempts)} />
      </section>
    </section>
  );
}
