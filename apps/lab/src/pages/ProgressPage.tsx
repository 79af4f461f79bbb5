import { type Evaluation, evaluate, regionalScheme, type SubmittedResult } from '@ruta/certification';
import { moduleIds, regionalProgram, totalHours } from '@ruta/curriculum';
import { decodeEvents } from '@ruta/scenario-engine';
import { CompetencyProfile } from '@ruta/ui';
import { useEffect, useState } from 'react';
import { useL } from '../i18n';
import { loadAllPacks } from '../packs';
import { counted, levelsOf } from '../progress';
import { href } from '../route';
import type { Attempt, Profile } from '../storage';
import { useStore } from '../store-context';

/** The trainee's counted attempts as the lab would submit them (practice never counts). */
export function submitted(attempts: readonly Attempt[]): SubmittedResult[] {
  return counted(attempts).map((a) => ({
    packId: a.packId,
    packVersion: a.packVersion,
    scenarioId: a.scenarioId,
    events: decodeEvents(a.events),
    ...(a.carry ? { carry: a.carry } : {}),
    completedAt: a.completedAt,
    claimed: {
      overall: a.summary?.overall ?? null,
      outcome: (a.summary?.outcome ?? null) as SubmittedResult['claimed']['outcome'],
    },
  }));
}

/** The self-check: `evaluate` with the regional scheme over what the lab knows (no attendance: the office keeps it). */
async function selfCheck(profile: Profile, attempts: readonly Attempt[]): Promise<Evaluation> {
  const packs = await loadAllPacks(profile.lang);
  const today = new Date().toISOString().slice(0, 10);
  return evaluate(
    regionalScheme,
    {
      person: { id: 'local-trainee', name: 'Local trainee', role: profile.role, country: profile.country },
      cohort: { id: 'self-check', modules: [...moduleIds], plannedHours: totalHours(regionalProgram) },
      attendance: [],
      scenarioResults: submitted(attempts),
      replications: [],
      priorCertificates: [],
    },
    { packs, asOf: today },
  );
}

export default function ProgressPage() {
  const store = useStore();
  const l = useL();
  const profile = store.data.profile!;
  const levels = levelsOf(store.data.attempts);
  const [evaluation, setEvaluation] = useState<Evaluation | { error: string } | undefined>();
  // biome-ignore lint/correctness/useExhaustiveDependencies: re-evaluated when the role, the country or the attempts change
  useEffect(() => {
    let cancelled = false;
    selfCheck(profile, store.data.attempts)
      .then((e) => !cancelled && setEvaluation(e))
      .catch(
        (error: unknown) =>
          !cancelled && setEvaluation({ error: error instanceof Error ? error.message : String(error) }),
      );
    return () => {
      cancelled = true;
    };
  }, [profile.role, profile.country, store.data.attempts]);

  return (
    <section className="lab-page">
      <h1>{l.t('lab.progress.title')}</h1>
      <section aria-labelledby="lab-competencies">
        <h2 id="lab-competencies">{l.t('lab.progress.profile')}</h2>
        <CompetencyProfile levels={levels} role={profile.role} />
      </section>
      <section aria-labelledby="lab-self-check" className="lab-self-check">
        <h2 id="lab-self-check">{l.t('lab.progress.selfCheck')}</h2>
        <p className="lab-notice">
          <strong>{l.t('lab.progress.selfCheckNote')}</strong>
        </p>
        <p className="lab-muted">{l.t('lab.progress.attendanceNote')}</p>
        {evaluation === undefined && <p role="status">{l.t('lab.loading')}</p>}
        {evaluation !== undefined && 'error' in evaluation && <p role="alert">{evaluation.error}</p>}
        {evaluation !== undefined && !('error' in evaluation) && (
          <>
            <p>{l.t('lab.progress.results', { count: evaluation.results.verified.length })}</p>
            {evaluation.results.refused.length > 0 && (
              <ul className="lab-refused">
                {evaluation.results.refused.map((r) => (
                  <li key={r.index}>
                    {r.scenarioId}: {r.message[l.lang]}
                  </li>
                ))}
              </ul>
            )}
            {Object.values(evaluation.kinds).map((kind) => {
              const unmet = kind.criteria.filter((c) => !c.met);
              return (
                <section key={kind.kind} aria-labelledby={`lab-kind-${kind.kind}`} className="lab-card">
                  <h3 id={`lab-kind-${kind.kind}`}>{l.text(kind.title)}</h3>
                  <p>
                    <strong>
                      {kind.eligible
                        ? l.t('lab.progress.eligible')
                        : l.t('lab.progress.notEligible', { count: unmet.length })}
                    </strong>
                  </p>
                  <ul className="lab-criteria">
                    {kind.criteria.map((c) => (
                      <li key={c.id} className={c.met ? 'lab-met' : 'lab-unmet'}>
                        <span className="lab-criterion-state">
                          {c.met ? l.t('lab.progress.met') : l.t('lab.progress.unmet')}
                        </span>
                        {': '}
                        {c.label[l.lang]}
                        {!c.met && c.missing && <p className="lab-missing">{c.missing[l.lang]}</p>}
                      </li>
                    ))}
                  </ul>
                </section>
              );
            })}
          </>
        )}
      </section>
      <p>
        <a href={href('history')}>{l.t('lab.history.title')}</a>
      </p>
    </section>
  );
}
