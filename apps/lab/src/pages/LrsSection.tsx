import { useEffect, useId, useState } from 'react';
import { useL } from '../i18n';
import type { LrsSync, SyncState } from '../records/lrs';
import { loadLrs, normalizeEndpoint, saveLrs } from '../records/lrs-config';
import { useStore } from '../store-context';

/** The LRS settings of this device and the state of the xAPI outbox (part of the records page). */
export function LrsSection({ personId }: { personId: string }) {
  const l = useL();
  const store = useStore();
  const ids = useId();
  const saved = loadLrs();
  const [endpoint, setEndpoint] = useState(saved?.endpoint ?? '');
  const [key, setKey] = useState(saved?.key ?? '');
  const [secret, setSecret] = useState(saved?.secret ?? '');
  const [badEndpoint, setBadEndpoint] = useState(false);
  const [sync, setSync] = useState<LrsSync>();
  const [state, setState] = useState<SyncState>();
  const [, tick] = useState(0);

  useEffect(() => {
    if (loadLrs() !== undefined) void import('../records/lrs').then((m) => setSync(m.startLrsSync(store)));
  }, [store]);
  useEffect(() => sync?.subscribe(setState), [sync]);
  // The retry countdown.
  useEffect(() => {
    if (state?.retryAt === undefined) return;
    const timer = window.setInterval(() => tick((n) => n + 1), 1000);
    return () => window.clearInterval(timer);
  }, [state?.retryAt]);

  const save = async () => {
    const normalized = normalizeEndpoint(endpoint);
    setBadEndpoint(normalized === undefined);
    if (normalized === undefined) return;
    setEndpoint(normalized);
    saveLrs({ endpoint: normalized, key, secret });
    const m = await import('../records/lrs');
    const started = m.startLrsSync(store);
    setSync(started);
    started.kick();
  };

  const forget = () => {
    saveLrs(undefined);
    setEndpoint('');
    setKey('');
    setSecret('');
  };

  const seconds = state?.retryAt ? Math.max(0, Math.ceil((state.retryAt - Date.now()) / 1000)) : 0;
  return (
    <section aria-labelledby={`${ids}-lrs`}>
      <h2 id={`${ids}-lrs`}>{l.t('lab.lrs.title')}</h2>
      <p>{l.t('lab.lrs.intro')}</p>
      <form
        className="lab-form"
        onSubmit={(event) => {
          event.preventDefault();
          void save();
        }}
      >
        <label htmlFor={`${ids}-endpoint`}>{l.t('lab.lrs.endpoint')}</label>
        <input
          id={`${ids}-endpoint`}
          type="url"
          value={endpoint}
          aria-invalid={badEndpoint || undefined}
          aria-describedby={badEndpoint ? `${ids}-endpoint-problem` : undefined}
          onChange={(e) => setEndpoint(e.target.value)}
        />
        {badEndpoint && (
          <p id={`${ids}-endpoint-problem`} className="lab-problem">
            {l.t('lab.lrs.badEndpoint')}
          </p>
        )}
        <label htmlFor={`${ids}-key`}>{l.t('lab.lrs.key')}</label>
        <input
          id={`${ids}-key`}
          autoComplete="username"
          value={key}
          onChange={(e) => setKey(e.target.value)}
        />
        <label htmlFor={`${ids}-secret`}>{l.t('lab.lrs.secret')}</label>
        <input
          id={`${ids}-secret`}
          type="password"
          autoComplete="current-password"
          value={secret}
          onChange={(e) => setSecret(e.target.value)}
        />
        {personId === '' && <p className="lab-problem">{l.t('lab.lrs.needId')}</p>}
        <div className="lab-toolbar">
          <button type="submit" className="lab-primary">
            {l.t('lab.lrs.save')}
          </button>
          {saved && (
            <button type="button" onClick={forget}>
              {l.t('lab.lrs.forget')}
            </button>
          )}
        </div>
      </form>
      {state && (
        <div role="status" className="lab-lrs-state">
          <p>
            {l.t('lab.lrs.state', { queued: state.queued, sent: state.sent })}
            {state.sending ? ` ${l.t('lab.lrs.sending')}` : ''}
          </p>
          {state.failure && (
            <p>
              {l.t(`lab.lrs.failure.${state.failure.kind}`, { status: state.failure.status ?? '', seconds })}{' '}
              <button type="button" onClick={() => sync?.kick()}>
                {l.t('lab.lrs.retryNow')}
              </button>
            </p>
          )}
        </div>
      )}
    </section>
  );
}
