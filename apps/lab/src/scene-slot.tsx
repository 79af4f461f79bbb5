import { SceneBoundary, type SceneSlotProps, useUiSettings } from '@ruta/ui';
import { lazy, Suspense, useEffect } from 'react';
import { useL } from './i18n';

// three.js and the stages load only when a 3D scene is first shown.
const SceneView = lazy(() => import('@ruta/ui/scene').then((m) => ({ default: m.SceneView })));

/** The scene's height: enough to stage the characters, leaving the dialogue and choices in view. */
const sceneHeight = 'min(45vh, 360px)';

/** The 3D scene of the player's `scene` slot: lazy, guarded, and falling back to text mode when unavailable. */
export function LabScene(props: SceneSlotProps & { onUnavailable: () => void }) {
  const { t, lang } = useL();
  const { onUnavailable, ...scene } = props;
  return (
    <SceneBoundary fallback={null} onError={onUnavailable}>
      <Suspense fallback={<p className="lab-scene-loading">{t('lab.loading')}</p>}>
        <SceneView
          {...scene}
          lang={lang}
          onUnavailable={onUnavailable}
          className="lab-scene"
          style={{ height: sceneHeight }}
        />
      </Suspense>
    </SceneBoundary>
  );
}

const typing = (target: EventTarget | null) =>
  target instanceof HTMLElement &&
  (target.tagName === 'INPUT' ||
    target.tagName === 'TEXTAREA' ||
    target.tagName === 'SELECT' ||
    target.isContentEditable);

/** The T key switches between the 3D scene and text mode (when the machine can show 3D). */
export function useTextModeKey(webgl: boolean) {
  const [settings, setSettings] = useUiSettings();
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 't' && event.key !== 'T') return;
      if (event.ctrlKey || event.metaKey || event.altKey || typing(event.target) || !webgl) return;
      event.preventDefault();
      setSettings({ ...settings, textMode: !settings.textMode });
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [settings, setSettings, webgl]);
  return {
    textMode: settings.textMode,
    toggle: () => setSettings({ ...settings, textMode: !settings.textMode }),
    toText: () => setSettings({ ...settings, textMode: true }),
  };
}

/** The play toolbar's switch between the 3D scene and the text mode. */
export function ModeSwitch({
  webgl,
  textMode,
  toggle,
}: {
  webgl: boolean;
  textMode: boolean;
  toggle: () => void;
}) {
  const { t } = useL();
  if (!webgl) return <p className="lab-muted">{t('lab.play.noWebgl')}</p>;
  return (
    <span className="lab-mode">
      <button type="button" aria-pressed={textMode} onClick={toggle} aria-keyshortcuts="t">
        {t('lab.play.textMode')}
      </button>
      <span className="lab-muted">{t('lab.play.toggleHint')}</span>
    </span>
  );
}

export type { SceneSlotProps };
