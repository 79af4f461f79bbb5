import { useId } from 'react';
import { type Lang, langs } from './messages';
import { type UiSettings, useLang, useUiSettings } from './settings';
import { useT } from './t';

const langNames: Record<Lang, string> = { es: 'Español', en: 'English', fr: 'Français' };

/** Buttons for es / en / fr, each named in its own language; the current one is pressed. */
export function LanguageSwitcher() {
  const [lang, setLang] = useLang();
  const t = useT();
  return (
    // biome-ignore lint/a11y/useSemanticElements: a group of toggle buttons, not form fields
    <div className="ruta-switcher" role="group" aria-label={t('lang.switcher')}>
      {langs.map((code) => (
        <button
          key={code}
          type="button"
          lang={code}
          className="ruta-button"
          aria-pressed={code === lang}
          onClick={() => setLang(code)}
        >
          {langNames[code]}
        </button>
      ))}
    </div>
  );
}

/** The trainee's settings: text mode, reduced motion, text size, timer pause, exam conditions. */
export function SettingsPanel() {
  const [settings, setSettings] = useUiSettings();
  const t = useT();
  const headingId = useId();
  const set = <K extends keyof UiSettings>(key: K, value: UiSettings[K]) =>
    setSettings({ ...settings, [key]: value });
  const toggles: {
    key: 'textMode' | 'reducedMotion' | 'pauseTimer' | 'exam';
    label: string;
    hint: string;
  }[] = [
    { key: 'textMode', label: t('settings.textMode'), hint: t('settings.textMode.hint') },
    { key: 'reducedMotion', label: t('settings.reducedMotion'), hint: t('settings.reducedMotion.hint') },
    { key: 'pauseTimer', label: t('settings.pauseTimer'), hint: t('settings.pauseTimer.hint') },
    { key: 'exam', label: t('settings.exam'), hint: t('settings.exam.hint') },
  ];
  return (
    <section className="ruta-panel ruta-settings" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('settings.title')}</h2>
      {toggles.map(({ key, label, hint }) => (
        <div key={key} className="ruta-toggle">
          <input
            id={`${headingId}-${key}`}
            type="checkbox"
            checked={settings[key]}
            aria-describedby={`${headingId}-${key}-hint`}
            onChange={(event) => set(key, event.target.checked)}
          />
          <label htmlFor={`${headingId}-${key}`}>{label}</label>
          <p id={`${headingId}-${key}-hint`} className="ruta-muted ruta-small">
            {hint}
          </p>
        </div>
      ))}
      <fieldset className="ruta-fieldset">
        <legend>{t('settings.textSize')}</legend>
        {(['normal', 'large', 'x-large'] as const).map((size) => (
          <label key={size} className="ruta-radio">
            <input
              type="radio"
              name={`${headingId}-size`}
              checked={settings.textSize === size}
              onChange={() => set('textSize', size)}
            />{' '}
            {t(`settings.textSize.${size}`)}
          </label>
        ))}
      </fieldset>
    </section>
  );
}
