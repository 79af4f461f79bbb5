import { defaultSettings, type Lang, LanguageSwitcher, RutaUiProvider, type UiSettings } from '@ruta/ui';
import { type ReactNode, useState } from 'react';

export interface RutaFrameProps {
  lang?: Lang;
  settings?: Partial<UiSettings>;
  /** Shows the language switcher above the story. */
  switcher?: boolean;
  children?: ReactNode;
}

/** The frame an app gives the components: state for the language and the settings, as a partner would hold it. */
export function RutaFrame({
  lang: initialLang = 'es',
  settings,
  switcher = false,
  children,
}: RutaFrameProps) {
  const [lang, setLang] = useState<Lang>(initialLang);
  const [current, setSettings] = useState<UiSettings>({ ...defaultSettings, ...settings });
  return (
    <RutaUiProvider lang={lang} onLangChange={setLang} settings={current} onSettingsChange={setSettings}>
      <main>
        {switcher && (
          <div style={{ marginBottom: '1em' }}>
            <LanguageSwitcher />
          </div>
        )}
        {children}
      </main>
    </RutaUiProvider>
  );
}
