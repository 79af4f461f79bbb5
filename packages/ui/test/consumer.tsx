// A partner's app embedding the scenario player, as packages/ui/README.md shows it (the consumer test
// type-checks this file against the packed packages, then runs it: rendered on the server, in Node).
import pack from '@ruta/pack-regional';
import { type PlayResult, startScenario } from '@ruta/scenario-engine';
import {
  type AccessibilityRecord,
  createTimerClock,
  Debrief,
  defaultSettings,
  type Lang,
  LanguageSwitcher,
  RutaUiProvider,
  ScenarioPlayer,
  SettingsPanel,
  type UiSettings,
} from '@ruta/ui';
import { useState } from 'react';
import { renderToString } from 'react-dom/server';

export function Training() {
  // A pausable clock: the player shows the countdown of a timed decision and can hold it.
  const [clock] = useState(() => createTimerClock());
  const [play] = useState(() => startScenario(pack, 'identification-border-post', { clock }));
  const [result, setResult] = useState<PlayResult>();
  return (
    <RutaUiProvider lang="es">
      {result ? (
        <Debrief result={result} pack={pack} />
      ) : (
        <ScenarioPlayer play={play} clock={clock} onEnd={(ended) => setResult(ended)} />
      )}
    </RutaUiProvider>
  );
}

/** The same with the language switcher and the settings, their state held by the app. */
export function TrainingWithSettings() {
  const [lang, setLang] = useState<Lang>('es');
  const [settings, setSettings] = useState<UiSettings>(defaultSettings);
  const [clock] = useState(() => createTimerClock());
  const [play] = useState(() => startScenario(pack, 'identification-border-post', { clock }));
  const onEnd = (_result: PlayResult, accessibility: AccessibilityRecord) => {
    console.log(accessibility.timerPaused); // send both to your records
  };
  return (
    <RutaUiProvider lang={lang} onLangChange={setLang} settings={settings} onSettingsChange={setSettings}>
      <LanguageSwitcher />
      <SettingsPanel />
      <ScenarioPlayer play={play} clock={clock} onEnd={onEnd} />
    </RutaUiProvider>
  );
}

const html = renderToString(<Training />) + renderToString(<TrainingWithSettings />);
const first = startScenario(pack, 'identification-border-post', { timers: false });
const expected = (first.node.text.es ?? '').slice(0, 30);
if (!html.includes(expected.replace(/"/g, '&quot;')) && !html.includes(expected))
  throw new Error(`the player did not render the first node's text: ${expected}`);
if (!html.includes('aria-keyshortcuts="1"'))
  throw new Error('the choices are not rendered as numbered buttons');
console.log(`rendered the scenario player: ${html.length} characters of HTML`);
process.exit(0);
