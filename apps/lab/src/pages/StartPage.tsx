import { type Country, countryCodes, type Language, languages, type Role, roleIds } from '@ruta/curriculum';
import { SettingsPanel, useLang } from '@ruta/ui';
import { type FormEvent, useId, useState } from 'react';
import { useL } from '../i18n';
import { navigate } from '../route';
import { useStore } from '../store-context';

/** The start (no profile yet) and the profile page: language, role and country, kept on this machine. */
export default function StartPage({ editing }: { editing: boolean }) {
  const store = useStore();
  const l = useL();
  const [lang, setLang] = useLang();
  const current = store.data.profile;
  const [role, setRole] = useState<Role>(current?.role ?? 'migration-officer');
  const [country, setCountry] = useState<Country>(current?.country ?? 'SV');
  const [saved, setSaved] = useState(false);
  const ids = { lang: useId(), role: useId(), country: useId() };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    store.setProfile({ lang, role, country });
    if (editing) setSaved(true);
    else navigate('home');
  };

  return (
    <section className="lab-page lab-start">
      <h1>{l.t(editing ? 'lab.profile.title' : 'lab.start.title')}</h1>
      <p>{l.t('lab.start.intro')}</p>
      <form onSubmit={submit} className="lab-form">
        <label htmlFor={ids.lang}>{l.t('lab.language')}</label>
        <select id={ids.lang} value={lang} onChange={(e) => setLang(e.target.value as Language)}>
          {languages.map((code) => (
            <option key={code} value={code} lang={code}>
              {l.language(code)}
            </option>
          ))}
        </select>
        <label htmlFor={ids.role}>{l.t('lab.start.role')}</label>
        <select id={ids.role} value={role} onChange={(e) => setRole(e.target.value as Role)}>
          {roleIds.map((id) => (
            <option key={id} value={id}>
              {l.role(id)}
            </option>
          ))}
        </select>
        <label htmlFor={ids.country}>{l.t('lab.start.country')}</label>
        <select id={ids.country} value={country} onChange={(e) => setCountry(e.target.value as Country)}>
          {countryCodes.map((code) => (
            <option key={code} value={code}>
              {l.country(code)}
            </option>
          ))}
        </select>
        <button type="submit" className="lab-primary">
          {l.t(editing ? 'lab.profile.save' : 'lab.start.save')}
        </button>
        {saved && <p role="status">{l.t('lab.profile.saved')}</p>}
      </form>
      {editing && (
        <section aria-labelledby="lab-settings">
          <h2 id="lab-settings">{l.t('lab.profile.settings')}</h2>
          <SettingsPanel />
        </section>
      )}
    </section>
  );
}
