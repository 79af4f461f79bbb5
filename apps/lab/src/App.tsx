import { defaultSettings, hasWebGL, type Lang, RutaUiProvider, type UiSettings, useLang } from '@ruta/ui';
import { Suspense, useCallback, useEffect, useMemo, useState } from 'react';
import { catalogue, loadMessages } from './catalogue';
import { lazyPage } from './lazy-page';
import { OfflineUpdate } from './offline';
import { findPack, loadPack, runtimePacksReady } from './packs';
import { loadLrs } from './records/lrs-config';
import { type Route, useRoute } from './route';
import { Shell } from './Shell';
import type { LabStore, StoredSettings } from './storage';
import { StoreContext } from './store-context';

export const StartPage = lazyPage(() => import('./pages/StartPage'));
export const HomePage = lazyPage(() => import('./pages/HomePage'));
export const LibraryPage = lazyPage(() => import('./pages/LibraryPage'));
export const PlayPage = lazyPage(() => import('./pages/PlayPage'));
export const JourneyPage = lazyPage(() => import('./pages/JourneyPage'));
export const DebriefPage = lazyPage(() => import('./pages/DebriefPage'));
export const JourneyDebriefPage = lazyPage(() => import('./pages/JourneyDebriefPage'));
export const ComparePage = lazyPage(() => import('./pages/ComparePage'));
export const HistoryPage = lazyPage(() => import('./pages/HistoryPage'));
export const ProgressPage = lazyPage(() => import('./pages/ProgressPage'));
export const RecordsPage = lazyPage(() => import('./pages/RecordsPage'));
export const VerifyPage = lazyPage(() => import('./pages/VerifyPage'));
export const PacksPage = lazyPage(() => import('./pages/PacksPage'));

/** A device too small for the 3D scenes plays in text mode unless the trainee chooses otherwise. */
function slowDevice(): boolean {
  const nav = navigator as Navigator & { deviceMemory?: number };
  return (nav.deviceMemory !== undefined && nav.deviceMemory < 1) || (nav.hardwareConcurrency ?? 2) < 2;
}

let probe: boolean | undefined;
/**
 * Whether this machine can show the 3D scenes. Probing creates a WebGL context, which costs time on a modest
 * machine, so it happens only once a scene may be shown (never while the trainee plays in text mode).
 */
function canShow3D(): boolean {
  probe ??= hasWebGL() && !slowDevice();
  return probe;
}

/** The settings in effect: the trainee's choices over the defaults; text mode by default without WebGL. */
export function effectiveSettings(stored: StoredSettings, webgl: boolean): UiSettings {
  return { ...defaultSettings, textMode: !webgl, ...stored, ...(webgl ? {} : { textMode: true }) };
}

export function App({ store }: { store: LabStore }) {
  const [, setVersion] = useState(0);
  useEffect(() => store.subscribe(() => setVersion((v) => v + 1)), [store]);
  // With an LRS set on this device, the xAPI outbox is sent in the background (its code loads only then).
  useEffect(() => {
    if (loadLrs() !== undefined) void import('./records/lrs').then((m) => m.startLrsSync(store));
  }, [store]);
  const { profile } = store.data;
  const [draftLang, setDraftLang] = useState<Lang>('es');
  const lang: Lang = profile?.lang ?? draftLang;
  // In text mode the probe waits until the trainee asks for the scene (the switch stays offered meanwhile).
  const webgl = store.data.settings.textMode === true ? (probe ?? true) : canShow3D();
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
      // The language's messages load first, then the interface switches to it.
      void loadMessages(next).then(() => {
        if (store.data.profile) store.setProfile({ ...store.data.profile, lang: next });
        else setDraftLang(next);
      });
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
        messages={catalogue(lang)}
      >
        <Shell hasProfile={profile !== undefined} webgl={webgl}>
          <OfflineUpdate />
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
  // Pages that read pack texts load them in one language: a new language remounts them (a play resumes
  // from its save, an ended one from its attempt).
  const [lang] = useLang();
  const [a = '', b = '', c = ''] = route.params;
  // An official handed a certificate checks it without making a trainee profile.
  if (!hasProfile && route.name === 'verify') return <VerifyPage />;
  if (!hasProfile || route.name === 'profile') return <StartPage editing={hasProfile} />;
  switch (route.name) {
    case 'home':
      return <HomePage />;
    case 'library':
      return <LibraryPage />;
    case 'play':
      return (
        <PlayPage
          key={`${a}/${b}/${c}/${lang}`}
          packId={a}
          scenarioId={b}
          ended={c || undefined}
          webgl={webgl}
        />
      );
    case 'practice':
      return (
        <PlayPage
          key={`practice/${a}/${b}/${c}/${lang}`}
          practice={{ from: a, eventIndex: Number(b) }}
          ended={c || undefined}
          webgl={webgl}
        />
      );
    case 'journey':
      return (
        <JourneyPage
          key={`${a}/${b}/${c}/${lang}`}
          packId={a}
          journeyId={b}
          ended={c || undefined}
          webgl={webgl}
        />
      );
    case 'debrief':
      return <DebriefPage key={`${a}/${lang}`} attemptId={a} />;
    case 'journey-debrief':
      return <JourneyDebriefPage key={`${a}/${lang}`} runId={a} />;
    case 'compare':
      return <ComparePage key={`${a}/${lang}`} attemptId={a} />;
    case 'history':
      return <HistoryPage />;
    case 'progress':
      return <ProgressPage key={lang} />;
    case 'records':
      return <RecordsPage />;
    case 'verify':
      return <VerifyPage />;
    case 'packs':
      return <PacksPage />;
    default:
      return <NotFound />;
  }
}

export const NotFound = lazyPage(() => import('./pages/NotFoundPage'));

/**
 * Loads what the page of `route` needs before the first render (main.tsx awaits it): a link or a reload
 * that opens a scenario gets the play page and the scenario together, not one after the other.
 */
export function preloadRoute(route: Route, lang: Lang | undefined): Promise<unknown> {
  if (lang === undefined || route.name === 'profile') return StartPage.preload();
  const [a = '', b = ''] = route.params;
  switch (route.name) {
    case 'home':
      return HomePage.preload();
    case 'library':
      return Promise.all([LibraryPage.preload(), runtimePacksReady]);
    case 'play':
      return Promise.all([PlayPage.preload(), loadPack(a, [b], lang)]);
    case 'journey': {
      const steps = findPack(a)?.journeys.find((j) => j.id === b)?.steps ?? [];
      return Promise.all([JourneyPage.preload(), loadPack(a, steps, lang)]);
    }
    default:
      return Promise.resolve();
  }
}
