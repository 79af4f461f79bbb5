import {
  type AssessedLevel,
  type Framework,
  findCompetency,
  findRoleProfile,
  gap,
  levelNames,
  type RoleProfile,
  regionalFramework,
} from '@ruta/competencies';
import { type Role, roleNames } from '@ruta/curriculum';
import type { Pack } from '@ruta/scenario-engine';
import { useId } from 'react';
import type { Lang } from './messages';
import { PackText } from './pack-text';
import { useLang } from './settings';
import { useT } from './t';

export interface CompetencyProfileProps {
  /** The trainee's level per competency (`assess(evidence)` levels); a missing competency is level 0. */
  levels: Readonly<Partial<Record<string, AssessedLevel>>>;
  /** The role to compare against: a role id of the framework, or a profile. */
  role: Role | RoleProfile;
  framework?: Framework;
  /** Packs to suggest scenarios from (those that assess the missing competencies for this role). */
  packs?: readonly Pack[];
  /** Shows a "play" button on each suggestion. */
  onPlay?: (packId: string, scenarioId: string) => void;
}

/** A trainee's levels against a role's requirements: what is met, the gaps, and what to play next. */
export function CompetencyProfile({
  levels,
  role,
  framework = regionalFramework,
  packs = [],
  onPlay,
}: CompetencyProfileProps) {
  const t = useT();
  const [lang] = useLang();
  const headingId = useId();
  const profile = typeof role === 'string' ? findRoleProfile(framework, role) : role;
  if (profile === undefined)
    return (
      <section className="ruta-panel" aria-labelledby={headingId}>
        <h2 id={headingId}>{t('profile.title')}</h2>
        <p>{t('profile.noRole', { role: String(role) })}</p>
      </section>
    );
  const gaps = gap(profile, levels, { framework });
  const gapOf = new Map(gaps.map((g) => [g.competency, g]));
  const levelName = (level: AssessedLevel) => (level === 0 ? t('profile.noLevel') : levelNames[level][lang]);
  // Scenarios for this role that assess a missing competency, the most gaps covered first.
  const missing = new Set(gaps.map((g) => g.competency));
  const suggestions = packs
    .flatMap((pack) =>
      pack.scenarios
        .filter((s) => s.roles.includes(profile.role))
        .map((s) => ({ pack, scenario: s, covers: s.competencies.filter((c) => missing.has(c)) })),
    )
    .filter((s) => s.covers.length > 0)
    .sort((a, b) => b.covers.length - a.covers.length)
    .slice(0, 5);
  const modules = [...new Set(gaps.flatMap((g) => g.modules))].sort();
  return (
    <section className="ruta-panel ruta-profile" aria-labelledby={headingId}>
      <h2 id={headingId}>
        {t('profile.title')}: <PackText text={roleNames[profile.role]} />
      </h2>
      <p>
        {t('profile.summary', {
          met: profile.requirements.length - gaps.length,
          total: profile.requirements.length,
        })}
      </p>
      <table className="ruta-table">
        <thead>
          <tr>
            <th scope="col">{t('debrief.competency')}</th>
            <th scope="col">{t('profile.importance')}</th>
            <th scope="col">{t('profile.required')}</th>
            <th scope="col">{t('profile.current')}</th>
            <th scope="col">{t('profile.status')}</th>
          </tr>
        </thead>
        <tbody>
          {profile.requirements.map((requirement) => {
            const g = gapOf.get(requirement.competency);
            const current = levels[requirement.competency] ?? 0;
            const competency = findCompetency(framework, requirement.competency);
            return (
              <tr key={requirement.competency} className={g ? 'ruta-gap' : 'ruta-met'}>
                <th scope="row">
                  {competency ? <PackText text={competency.title} /> : requirement.competency}
                </th>
                <td>{t(`importance.${requirement.importance}`)}</td>
                <td>{levelName(requirement.level)}</td>
                <td>{levelName(current)}</td>
                <td>
                  {g ? (
                    <>
                      <span aria-hidden="true">△ </span>
                      {t('profile.gap', { n: g.gap })}
                    </>
                  ) : (
                    <>
                      <span aria-hidden="true">✓ </span>
                      {t('profile.met')}
                    </>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {gaps.length > 0 && (
        <>
          <h3>{t('profile.next')}</h3>
          {modules.length > 0 && <p>{t('profile.modules', { modules: modules.join(', ') })}</p>}
          {suggestions.length > 0 ? (
            <ul className="ruta-suggestions">
              {suggestions.map(({ pack, scenario, covers }) => (
                <li key={`${pack.id}/${scenario.id}`}>
                  <PackText text={scenario.title} fallbacks={pack.languages as readonly Lang[]} />{' '}
                  <span className="ruta-muted ruta-small">
                    {t('profile.covers', { count: covers.length })}
                  </span>{' '}
                  {onPlay && (
                    <button
                      type="button"
                      className="ruta-button"
                      onClick={() => onPlay(pack.id, scenario.id)}
                    >
                      {t('profile.play')}
                      <span className="ruta-sr-only">
                        {': '}
                        {scenario.title[lang] ?? scenario.title[pack.languages[0] ?? 'es']}
                      </span>
                    </button>
                  )}
                </li>
              ))}
            </ul>
          ) : (
            <p className="ruta-muted">{t('profile.noSuggestions')}</p>
          )}
        </>
      )}
    </section>
  );
}
