import { PackImportPanel, PackText } from '@ruta/ui';
import { useId, useState } from 'react';
import { useL } from '../i18n';
import '../records/records.css';
import { packs } from '../packs';
import { type ImportOutcome, importedVersions, importPack, removePack } from '../runtime-packs';
import { useStore } from '../store-context';

type Shown = ImportOutcome | { ok: false; reason: 'json' | 'fetch'; detail: string } | undefined;

/**
 * The installed packs (built in, or imported on this device) and the import of a pack from a file or a URL:
 * validated in full first (in the reader's language); the issues of an invalid one are shown with their
 * paths and nothing changes.
 */
export default function PacksPage() {
  const l = useL();
  const store = useStore();
  const ids = useId();
  const [url, setUrl] = useState('');
  const [busy, setBusy] = useState(false);
  const [shown, setShown] = useState<Shown>();
  const [removed, setRemoved] = useState<string>();
  const [, refresh] = useState(0);

  const inUse = () =>
    new Set([
      ...store.data.attempts.map((a) => `${a.packId}@${a.packVersion}`),
      ...Object.values(store.data.progress).map((p) => `${p.save.pack}@${p.save.version}`),
    ]);

  const take = async (text: string, source: string) => {
    setBusy(true);
    setRemoved(undefined);
    try {
      setShown(await importPack(text, source, l.lang, inUse()));
    } finally {
      setBusy(false);
      refresh((n) => n + 1);
    }
  };

  const fromUrl = async () => {
    let text: string;
    try {
      const response = await fetch(url.trim(), { credentials: 'omit' });
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      text = await response.text();
    } catch (error) {
      setShown({
        ok: false,
        reason: 'fetch',
        detail: error instanceof Error ? error.message : String(error),
      });
      return;
    }
    await take(text, url.trim());
  };

  const kept = importedVersions();
  const remove = async (id: string, name: string) => {
    await removePack(id);
    setShown(undefined);
    setRemoved(name);
    refresh((n) => n + 1);
  };

  return (
    <section className="lab-page lab-packs">
      <h1>{l.t('lab.packs.title')}</h1>
      <p>{l.t('lab.packs.intro')}</p>
      <h2>{l.t('lab.packs.installed')}</h2>
      <ul className="lab-pack-list">
        {packs.map((p) => {
          const older = kept.filter((k) => k.id === p.id && k.version !== p.version);
          return (
            <li key={p.id} data-pack={p.id}>
              <strong>
                <PackText text={p.title} fallbacks={p.languages} />
              </strong>{' '}
              · {p.version} · {l.t('lab.packs.scenarios', { count: p.scenarios.length })} ·{' '}
              {p.package === '' ? l.t('lab.packs.imported') : l.t('lab.packs.builtIn')}
              {older.map((k) => (
                <span key={k.version}> · {l.t('lab.packs.kept', { version: k.version })}</span>
              ))}
              {p.package === '' && (
                <>
                  {' '}
                  <button type="button" onClick={() => void remove(p.id, l.text(p.title))}>
                    {l.t('lab.packs.remove', { name: l.text(p.title) })}
                  </button>
                </>
              )}
            </li>
          );
        })}
      </ul>
      <p role="status">{removed ? l.t('lab.packs.removed', { name: removed }) : ''}</p>
      <h2>{l.t('lab.packs.import')}</h2>
      <div className="lab-form">
        <label htmlFor={`${ids}-file`}>{l.t('lab.packs.file')}</label>
        <input
          id={`${ids}-file`}
          type="file"
          accept=".json,application/json"
          disabled={busy}
          onChange={async (e) => {
            const file = e.target.files?.[0];
            if (file) await take(await file.text(), file.name);
            e.target.value = '';
          }}
        />
        <form
          className="lab-form"
          onSubmit={(event) => {
            event.preventDefault();
            void fromUrl();
          }}
        >
          <label htmlFor={`${ids}-url`}>{l.t('lab.packs.url')}</label>
          <input id={`${ids}-url`} type="url" value={url} onChange={(e) => setUrl(e.target.value)} />
          <button type="submit" disabled={busy || url.trim() === ''}>
            {l.t('lab.packs.fetch')}
          </button>
        </form>
      </div>
      <div aria-live="polite" className="lab-import-result">
        {busy && <p>{l.t('lab.packs.checking')}</p>}
        {shown?.ok === true && (
          <p className="lab-added">
            {shown.replaced
              ? l.t('lab.packs.updated', {
                  name: l.text(shown.pack.title),
                  old: shown.replaced,
                  version: shown.pack.version,
                })
              : l.t('lab.packs.added', { name: l.text(shown.pack.title), version: shown.pack.version })}
          </p>
        )}
        {shown?.ok === false && 'issues' in shown && (
          <>
            <p className="lab-problem">{l.t('lab.packs.invalid')}</p>
            <PackImportPanel issues={shown.issues} messagesLang={l.lang} />
          </>
        )}
        {shown?.ok === false && 'reason' in shown && (
          <p className="lab-problem">
            {l.t(`lab.packs.problem.${shown.reason}`, { detail: shown.detail ?? '' })}
          </p>
        )}
      </div>
    </section>
  );
}
