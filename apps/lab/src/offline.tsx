/// <reference types="vite-plugin-pwa/vanillajs" />
import { useEffect, useState } from 'react';
import { useL } from './i18n';
import { useRoute } from './route';

/** Routes where a play is under way: an update is never offered there (the play would be cut). */
const playing = (name: string, params: string[]) =>
  name === 'play' || name === 'journey'
    ? params[2] === undefined
    : name === 'practice' && params[2] === undefined;

/**
 * Registers the service worker that keeps the lab working offline (build/offline.ts), once the first page
 * has rendered, and offers a new version when one is waiting: the trainee chooses when to take it, and the
 * offer waits while a play is under way. Nothing reloads by itself.
 */
export function OfflineUpdate() {
  const l = useL();
  const route = useRoute();
  const [update, setUpdate] = useState<(reload?: boolean) => Promise<void>>();
  const [waiting, setWaiting] = useState(false);
  const [dismissed, setDismissed] = useState(false);

  useEffect(() => {
    if (!('serviceWorker' in navigator) || import.meta.env.DEV) return;
    let cancelled = false;
    void import('virtual:pwa-register').then(({ registerSW }) => {
      if (cancelled) return;
      const updateSW = registerSW({ onNeedRefresh: () => setWaiting(true) });
      setUpdate(() => updateSW);
    });
    return () => {
      cancelled = true;
    };
  }, []);

  if (!waiting || dismissed || update === undefined || playing(route.name, route.params)) return null;
  return (
    <div role="status" className="lab-notice lab-update">
      <p>{l.t('lab.offline.update')}</p>
      <button type="button" onClick={() => void update(true)}>
        {l.t('lab.offline.reload')}
      </button>
      <button type="button" onClick={() => setDismissed(true)}>
        {l.t('lab.offline.later')}
      </button>
    </div>
  );
}
