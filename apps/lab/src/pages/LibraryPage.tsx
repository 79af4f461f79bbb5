import { type Language, languages, moduleIds, roleIds } from '@ruta/curriculum';
import { stages } from '@ruta/scenario-engine';
import { PackText } from '@ruta/ui';
import { useId, useState } from 'react';
import { useL } from '../i18n';
import { findScenario, packs } from '../packs';
import { href } from '../route';

interface Filters {
  stage: string;
  country: string;
  role: string;
  module: string;
  language: string;
}

const none: Filters = { stage: '', country: '', role: '', module: '', language: '' };

/** Every scenario of every pack built into the lab, with filters, and the journeys as one case across stages. */
export default function LibraryPage() {
  const l = useL();
  const [filters, setFilters] = useState<Filters>(none);
  const ids = { stage: useId(), country: useId(), role: useId(), module: useId(), language: useId() };
  const countries = [...new Set(packs.map((p) => p.country))];
  const rows = packs.flatMap((pack) =>
    pack.scenarios
      .filter(
        (s) =>
          (filters.stage === '' || s.stage === filters.stage) &&
          (filters.country === '' || pack.country === filters.country) &&
          (filters.role === '' || s.roles.includes(filters.role as (typeof s.roles)[number])) &&
          (filters.module === '' || s.modules.includes(filters.module as (typeof s.modules)[number])) &&
          (filters.language === '' || pack.languages.includes(filters.language as Language)),
      )
      .map((scenario) => ({ pack, scenario })),
  );
  const journeys = packs.flatMap((pack) =>
    pack.journeys
      .filter(
        () =>
          (filters.country === '' || pack.country === filters.country) &&
          (filters.language === '' || pack.languages.includes(filters.language as Language)),
      )
      .map((journey) => ({ pack, journey })),
  );
  const select = (key: keyof Filters, label: string, options: { value: string; label: string }[]) => (
    <div className="lab-filter">
      <label htmlFor={ids[key]}>{label}</label>
      <select
        id={ids[key]}
        value={filters[key]}
        onChange={(e) => setFilters({ ...filters, [key]: e.target.value })}
      >
        <option value="">{l.t('lab.library.any')}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
  return (
    <section className="lab-page">
      <h1>{l.t('lab.library.title')}</h1>
      <fieldset className="lab-filters">
        <legend>{l.t('lab.library.filters')}</legend>
        {select(
          'stage',
          l.t('lab.library.stage'),
          stages.map((s) => ({ value: s, label: l.stage(s) })),
        )}
        {select(
          'country',
          l.t('lab.library.country'),
          countries.map((c) => ({ value: c, label: l.country(c) })),
        )}
        {select(
          'role',
          l.t('lab.library.role'),
          roleIds.map((r) => ({ value: r, label: l.role(r) })),
        )}
        {select(
          'module',
          l.t('lab.library.module'),
          moduleIds.map((m) => ({ value: m, label: m })),
        )}
        {select(
          'language',
          l.t('lab.library.language'),
          languages.map((c) => ({ value: c, label: l.language(c) })),
        )}
      </fieldset>

      {journeys.length > 0 && (
        <section aria-labelledby="lab-journeys">
          <h2 id="lab-journeys">{l.t('lab.library.journeys')}</h2>
          <ul className="lab-cards">
            {journeys.map(({ pack, journey }) => (
              <li key={`${pack.id}/${journey.id}`} className="lab-card lab-journey-card">
                <PackText text={journey.title} as="h3" fallbacks={pack.languages} />
                <ol className="lab-steps">
                  {journey.steps.map((id) => {
                    const s = findScenario(pack.id, id);
                    return (
                      <li key={id}>
                        <span className="lab-stage">{s ? l.stage(s.stage) : id}</span>{' '}
                        {s && <PackText text={s.title} fallbacks={pack.languages} />}
                      </li>
                    );
                  })}
                </ol>
                {journey.carry && journey.carry.length > 0 && (
                  <p className="lab-muted">
                    {l.t('lab.library.carries', { values: journey.carry.join(', ') })}
                  </p>
                )}
                <a className="lab-button" href={href('journey', pack.id, journey.id)}>
                  {l.t('lab.library.playJourney')}
                </a>
              </li>
            ))}
          </ul>
        </section>
      )}

      <section aria-labelledby="lab-scenarios">
        <h2 id="lab-scenarios">{l.t('lab.library.scenarios')}</h2>
        <p role="status">{l.t('lab.library.count', { count: rows.length })}</p>
        {rows.length === 0 ? (
          <p>{l.t('lab.library.none')}</p>
        ) : (
          <ul className="lab-cards">
            {rows.map(({ pack, scenario }) => (
              <li key={`${pack.id}/${scenario.id}`} className="lab-card">
                <PackText text={scenario.title} as="h3" fallbacks={pack.languages} />
                <p className="lab-muted">
                  {l.stage(scenario.stage)} · {l.country(pack.country)} · {scenario.modules.join(', ')}
                </p>
                <PackText text={scenario.summary} as="p" fallbacks={pack.languages} />
                <p className="lab-muted">
                  {l.t('lab.library.pack', { pack: l.text(pack.title) })} ·{' '}
                  {l.t('lab.library.languages', { languages: pack.languages.map(l.language).join(', ') })}
                </p>
                <a className="lab-button" href={href('play', pack.id, scenario.id)}>
                  {l.t('lab.play')}
                  <span className="lab-sr-only">: {l.text(scenario.title)}</span>
                </a>
              </li>
            ))}
          </ul>
        )}
      </section>
    </section>
  );
}
