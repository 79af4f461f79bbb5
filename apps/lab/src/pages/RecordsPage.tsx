import { type ModuleId, moduleIds } from '@ruta/curriculum';
import { useId, useState } from 'react';
import { useL } from '../i18n';
import '../records/records.css';
import {
  type BundlePerson,
  type BundleProblem,
  buildBundle,
  bundleFileName,
  download,
  personProblems,
  suggestId,
} from '../records/bundle';
import { loadPerson, savePerson } from '../records/local';
import { statementsOf } from '../records/xapi';
import { useStore } from '../store-context';
import { LrsSection } from './LrsSection';

/**
 * Results for the program office: the results bundle (a trainee record that `ruta certify` reads as it is)
 * and the xAPI statements of the same results, each exported as a file.
 */
export default function RecordsPage() {
  const store = useStore();
  const l = useL();
  const [person, setPerson] = useState<BundlePerson>(loadPerson);
  const [tried, setTried] = useState(false);
  const [status, setStatus] = useState<string>();
  const [xapiStatus, setXapiStatus] = useState<string>();
  const ids = useId();
  const problems = personProblems(person);
  const shown: BundleProblem[] = tried ? problems : [];
  const counted = store.data.attempts.filter((a) => a.practice === undefined).length;
  const practice = store.data.attempts.length - counted;

  const update = (next: BundlePerson) => {
    setPerson(next);
    savePerson(next);
  };

  const exportBundle = async () => {
    setTried(true);
    if (problems.length > 0) {
      setStatus(l.t('lab.records.fix'));
      return;
    }
    const bundle = await buildBundle(store.data, person);
    const file = bundleFileName(person.id);
    download(file, `${JSON.stringify(bundle, null, 2)}\n`);
    setStatus(l.t('lab.records.exported', { file }));
  };

  const exportXapi = async () => {
    setTried(true);
    if (problems.includes('id')) {
      setXapiStatus(l.t('lab.records.fix'));
      return;
    }
    const statements = await statementsOf(store.data, person.id);
    const file = `${person.id}-xapi.json`;
    download(file, `${JSON.stringify(statements, null, 2)}\n`);
    setXapiStatus(l.t('lab.records.xapiExported', { count: statements.length, file }));
  };

  const field = (name: 'name' | 'id' | 'cohortId') => ({
    id: `${ids}-${name}`,
    'aria-invalid': shown.includes(name) || undefined,
    'aria-describedby': shown.includes(name) ? `${ids}-${name}-problem` : undefined,
  });
  const problem = (name: BundleProblem) =>
    shown.includes(name) && (
      <p id={`${ids}-${name}-problem`} className="lab-problem">
        {l.t(`lab.records.problem.${name}`)}
      </p>
    );

  return (
    <section className="lab-page lab-records">
      <h1>{l.t('lab.records.title')}</h1>
      <p>{l.t('lab.records.intro')}</p>
      <form
        className="lab-form"
        onSubmit={(event) => {
          event.preventDefault();
          void exportBundle();
        }}
      >
        <fieldset>
          <legend>{l.t('lab.records.person')}</legend>
          <label htmlFor={`${ids}-name`}>{l.t('lab.records.name')}</label>
          <input
            {...field('name')}
            autoComplete="name"
            value={person.name}
            onChange={(e) => {
              const name = e.target.value;
              const wasSuggested = person.id === '' || person.id === suggestId(person.name);
              update({ ...person, name, id: wasSuggested ? suggestId(name) : person.id });
            }}
          />
          {problem('name')}
          <label htmlFor={`${ids}-id`}>{l.t('lab.records.id')}</label>
          <input
            {...field('id')}
            value={person.id}
            onChange={(e) => update({ ...person, id: e.target.value })}
          />
          {problem('id')}
          <label htmlFor={`${ids}-cohortId`}>{l.t('lab.records.cohortId')}</label>
          <input
            {...field('cohortId')}
            value={person.cohortId}
            onChange={(e) => update({ ...person, cohortId: e.target.value })}
          />
          {problem('cohortId')}
          <label htmlFor={`${ids}-hours`}>{l.t('lab.records.plannedHours')}</label>
          <input
            id={`${ids}-hours`}
            type="number"
            min={1}
            step={1}
            value={Number.isFinite(person.plannedHours) ? person.plannedHours : ''}
            aria-invalid={shown.includes('plannedHours') || undefined}
            onChange={(e) => update({ ...person, plannedHours: e.target.valueAsNumber })}
          />
          {problem('plannedHours')}
        </fieldset>
        <fieldset className="lab-modules">
          <legend>{l.t('lab.records.modules')}</legend>
          {moduleIds.map((m) => (
            <label key={m}>
              <input
                type="checkbox"
                checked={person.modules.includes(m)}
                onChange={(e) =>
                  update({
                    ...person,
                    modules: e.target.checked
                      ? moduleIds.filter((x: ModuleId) => x === m || person.modules.includes(x))
                      : person.modules.filter((x) => x !== m),
                  })
                }
              />{' '}
              {m}
            </label>
          ))}
          {problem('modules')}
        </fieldset>
        <p>{l.t('lab.records.count', { count: counted, practice })}</p>
        <button type="submit" className="lab-primary">
          {l.t('lab.records.export')}
        </button>
        <p role="status" className="lab-status">
          {status}
        </p>
      </form>
      <section aria-labelledby={`${ids}-xapi`}>
        <h2 id={`${ids}-xapi`}>{l.t('lab.records.xapi')}</h2>
        <p>{l.t('lab.records.xapiIntro')}</p>
        <button type="button" onClick={() => void exportXapi()}>
          {l.t('lab.records.xapiExport')}
        </button>
        <p role="status" className="lab-status">
          {xapiStatus}
        </p>
      </section>
      <LrsSection personId={problems.includes('id') ? '' : person.id} />
    </section>
  );
}
