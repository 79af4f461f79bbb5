import { defaultSettings, hasWebGL, type Lang, RutaUiProvider, type UiSettings } from '@ruta/ui';
import { lazy, Suspense, useCallback, useEffect, useMemo, useState } from 'react';
import { labMessages } from './messages';
import { useRoute } from './route';
import { Shell } from './Shell';
import type { LabStore, StoredSettings } from './storage';
import { StoreContext } from './store-context';

const StartPage = lazy(() => import('./pages/StartPage'));
const HomePage = lazy(() => import('./pages/HomePage'));
const LibraryPage = lazy(() => import('./pages/LibraryPage'));
const PlayPage = lazy(() => import('./pages/PlayPage'));
const JourneyPage = lazy(() => import('./pages/JourneyPage'));
const DebriefPage = lazy(() => import('./pages/DebriefPage'));
const JourneyDebriefPage = lazy(() => import('./pages/JourneyDebriefPage'));
const ComparePage = lazy(() => import('./pages/ComparePage'));
const HistoryPage = lazy(() => import('./pages/HistoryPage'));
const ProgressPage = lazy(() => import('./pages/ProgressPage'));

/** A device too small for the 3D scenes plays in text mode unless the trainee chooses otherwise. */
function slowDevice(): boolean {
  const nav = navigator as Navigator & { deviceMemory?: number };
  return (nav.deviceMemory !== undefined && nav.deviceMemory < 1) || (nav.hardwareConcurrency ?? 2) < 2;
}

/** The settings in effect: the trainee's choices over the defaults; text mode by default without WebGL. */
export function effectiveSettings(stored: StoredSettings, webgl: boolean): UiSettings {
  return { ...defaultSettings, textMode: !webgl, ...stored, ...(webgl ? {} : { textMode: true }) };
}

export function App({ store }: { store: LabStore }) {
  const [webgl] = useState(() => hasWebGL() && !slowDevice());
  const [, setVersion] = useState(0);
  useEffect(() => store.subscribe(() => setVersion((v) => v + 1)), [store]);
  const { profile } = store.data;
  const [draftLang, setDraftLang] = useState<Lang>('es');
  const lang: Lang = profile?.lang ?? draftLang;
  const settings = useMemo(() => effectiveSettings(store.data.settings, webgl), [store.data.settings, webgl]);
  const onSettingsChange = useCallback(
    (next: UiSettings) => {
      const { textMode, reducedMotion, textSize, pauseTimer, exam } = next;
      store.setSettings({ textMode, reducedMotion, textSize, pauseTimer, exam });
    },
    [store],
  );
  const onLangChange = useCallback(
    (next: Lang) => {
      if (store.data.profile) store.setProfile({ ...store.data.profile, lang: next });
      else setDraftLang(next);
    },
    [store],
  );
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);

  return (
    <StoreContext.Provider value={store}>
      <RutaUiProvider
        lang={lang}
        settings={settings}
        onSettingsChange={onSettingsChange}
        onLangChange={onLangChange}
        messages={labMessages}
      >
        <Shell hasProfile={profile !== undefined} webgl={webgl}>
          <Suspense fallback={<Loading />}>
            <Page hasProfile={profile !== undefined} webgl={webgl} />
          </Suspense>
        </Shell>
      </RutaUiProvider>
    </StoreContext.Provider>
  );
}

function Loading() {
  return (
    <p role="status" className="lab-loading">
      …
    </p>
  );
}

function Page({ hasProfile, webgl }: { hasProfile: boolean; webgl: boolean }) {
  const route = useRoute();
  const [a = '', b = ''] = route.params;
  if (!hasProfile || route.name === 'profile') return <StartPage editing={hasProfile} />;
  switch (route.name) {
    case 'home':
      return <HomePage />;
    case 'library':
      return <LibraryPage />;
    case 'play':
      return <PlayPage key={`${a}/${b}`} packId={a} scenarioId={b} webgl={webgl} />;
    case 'practice':
      return (
        <PlayPage key={`practice/${a}/${b}`} practice={{ from: a, eventIndex: Number(b) }} webgl={webgl} />
      );
    case 'journey':
      return <JourneyPage key={`${a}/${b}`} packId={a} journeyId={b} webgl={webgl} />;
    case 'debrief':
      return <DebriefPage key={a} attemptId={a} />;
    case 'journey-debrief':
      return <JourneyDebriefPage key={a} runId={a} />;
    case 'compare':
      return <ComparePage key={a} attemptId={a} />;
    case 'history':
      return <HistoryPage />;
    case 'progress':
      return <ProgressPage />;
    default:
      return <NotFound />;
  }
}

const NotFound = lazy(() => import('./pages/NotFoundPage'));
