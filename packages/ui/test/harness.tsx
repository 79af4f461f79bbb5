import { render } from '@testing-library/react';
import { type ReactNode, useState } from 'react';
import {
  defaultSettings,
  type Lang,
  LanguageSwitcher,
  RutaUiProvider,
  SettingsPanel,
  type UiSettings,
} from '../src/index';

/** An app frame as a partner would write it: the provider with state for the language and the settings. */
export function Frame({
  children,
  lang: initialLang = 'es',
  settings: initialSettings = defaultSettings,
  tools = false,
}: {
  children: ReactNode;
  lang?: Lang;
  settings?: UiSettings;
  tools?: boolean;
}) {
  const [lang, setLang] = useState<Lang>(initialLang);
  const [settings, setSettings] = useState<UiSettings>(initialSettings);
  return (
    <RutaUiProvider
      lang={lang}
      onLangChange={setLang}
      settings={settings}
      onSettingsChange={setSettings}
      onIntlError={(error) => {
        throw error;
      }}
    >
      {tools && (
        <header>
          <LanguageSwitcher />
          <SettingsPanel />
        </header>
      )}
      <main>{children}</main>
    </RutaUiProvider>
  );
}

export function renderInFrame(
  ui: ReactNode,
  options: { lang?: Lang; settings?: UiSettings; tools?: boolean } = {},
) {
  return render(<Frame {...options}>{ui}</Frame>);
}
