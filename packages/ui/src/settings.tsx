import { createContext, type ReactNode, useContext, useMemo } from 'react';
import { IntlProvider } from 'react-intl';
import { type Lang, langs, type MessageId, uiMessages } from './messages';
import { uiStyles } from './styles';

export type { Lang, MessageId };
export { langs, uiMessages };

/** What a trainee can set for the way the lab looks and plays. */
export interface UiSettings {
  /** Text only: no 3D scene, even when one is offered (the text mode is a full way to play). */
  textMode: boolean;
  /** No ambient motion or transitions (also follows the system's `prefers-reduced-motion`). */
  reducedMotion: boolean;
  textSize: 'normal' | 'large' | 'x-large';
  /** Timed decisions wait for the trainee: the countdown is paused (an accessibility option the play records). */
  pauseTimer: boolean;
  /** Exam conditions: the meters are hidden during play and shown in the debrief. */
  exam: boolean;
}

export const defaultSettings: UiSettings = {
  textMode: false,
  reducedMotion: false,
  textSize: 'normal',
  pauseTimer: false,
  exam: false,
};

interface UiContextValue {
  lang: Lang;
  settings: UiSettings;
  setSettings: (next: UiSettings) => void;
  setLang: (lang: Lang) => void;
}

const UiContext = createContext<UiContextValue | undefined>(undefined);

export interface RutaUiProviderProps {
  /** The language of the interface (default `es`); pack texts follow it when the pack has it. */
  lang?: Lang;
  settings?: UiSettings;
  onSettingsChange?: (settings: UiSettings) => void;
  onLangChange?: (lang: Lang) => void;
  /** Extra messages merged over the UI catalogue (e.g. an app's own), per language. */
  messages?: Partial<Record<Lang, Record<string, string>>>;
  /** Where react-intl reports a missing message (default: the console). */
  onIntlError?: (error: Error) => void;
  children?: ReactNode;
}

const noop = () => {};

/**
 * The frame every Ruta component renders in: react-intl with the UI catalogue in `lang`, the trainee's
 * settings, and the components' stylesheet (one `<style>` element, hoisted by React).
 */
export function RutaUiProvider({
  lang = 'es',
  settings = defaultSettings,
  onSettingsChange = noop,
  onLangChange = noop,
  messages,
  onIntlError,
  children,
}: RutaUiProviderProps) {
  const value = useMemo<UiContextValue>(
    () => ({ lang, settings, setSettings: onSettingsChange, setLang: onLangChange }),
    [lang, settings, onSettingsChange, onLangChange],
  );
  const catalogue = useMemo(() => ({ ...uiMessages[lang], ...(messages?.[lang] ?? {}) }), [lang, messages]);
  const className = [
    'ruta',
    `ruta-text-${settings.textSize}`,
    settings.reducedMotion ? 'ruta-reduced-motion' : '',
  ]
    .filter(Boolean)
    .join(' ');
  return (
    <IntlProvider
      locale={lang}
      defaultLocale="es"
      messages={catalogue}
      {...(onIntlError ? { onError: onIntlError } : {})}
    >
      <UiContext.Provider value={value}>
        <style href="ruta-ui" precedence="default">
          {uiStyles}
        </style>
        <div className={className} lang={lang}>
          {children}
        </div>
      </UiContext.Provider>
    </IntlProvider>
  );
}

function useUiContext(): UiContextValue {
  const context = useContext(UiContext);
  if (context === undefined)
    throw new Error('@ruta/ui: render the component inside <RutaUiProvider lang="es">…</RutaUiProvider>');
  return context;
}

/** The trainee's settings and a setter (calls the provider's `onSettingsChange`). */
export function useUiSettings(): [UiSettings, (next: UiSettings) => void] {
  const { settings, setSettings } = useUiContext();
  return [settings, setSettings];
}

/** The interface language and a setter (calls the provider's `onLangChange`). */
export function useLang(): [Lang, (lang: Lang) => void] {
  const { lang, setLang } = useUiContext();
  return [lang, setLang];
}
