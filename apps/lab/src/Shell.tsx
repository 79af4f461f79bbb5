import { LanguageSwitcher } from '@ruta/ui';
import { type ReactNode, useEffect, useRef } from 'react';
import { useL } from './i18n';
import { href, useRoute } from './route';
import { useStore } from './store-context';

const sections = [
  ['home', 'lab.nav.home'],
  ['library', 'lab.nav.library'],
  ['packs', 'lab.nav.packs'],
  ['history', 'lab.nav.history'],
  ['progress', 'lab.nav.progress'],
  ['records', 'lab.nav.records'],
  ['verify', 'lab.nav.verify'],
  ['profile', 'lab.nav.profile'],
] as const;

/** The frame of every page: skip link, site name, sections, language, storage notices, then the page. */
export function Shell({
  hasProfile,
  children,
}: {
  hasProfile: boolean;
  webgl: boolean;
  children: ReactNode;
}) {
  const { t } = useL();
  const store = useStore();
  const route = useRoute();
  const main = useRef<HTMLElement>(null);
  const first = useRef(true);
  // A play names its attempt in the route once it ends (a third segment): that is not a new page.
  const routeKey = `${route.name}/${route.params.slice(0, 2).join('/')}`;
  // On a new route, move focus to the new page's heading (or the main region) so keyboard and screen-reader
  // users start at the top of what changed.
  // biome-ignore lint/correctness/useExhaustiveDependencies: focus moves when the route changes
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    const timer = window.setTimeout(() => {
      const heading = main.current?.querySelector<HTMLElement>('h1');
      if (heading) {
        heading.tabIndex = -1;
        heading.focus();
      } else main.current?.focus();
    }, 0);
    return () => window.clearTimeout(timer);
  }, [routeKey]);

  return (
    <div className="lab">
      <button type="button" className="lab-skip" onClick={() => main.current?.focus()}>
        {t('lab.skip')}
      </button>
      <header className="lab-header">
        <a className="lab-brand" href={href('home')}>
          {t('lab.name')}
        </a>
        {hasProfile && (
          <nav aria-label={t('lab.nav')}>
            <ul className="lab-nav">
              {sections.map(([name, label]) => (
                <li key={name}>
                  <a href={href(name)} aria-current={route.name === name ? 'page' : undefined}>
                    {t(label)}
                  </a>
                </li>
              ))}
            </ul>
          </nav>
        )}
        <LanguageSwitcher />
      </header>
      {(store.problem !== undefined || store.notices.length > 0) && (
        <div className="lab-notices">
          {store.problem !== undefined && (
            <p role="alert" className="lab-notice lab-notice-warn">
              {t(store.problem === 'full' ? 'lab.storage.full' : 'lab.storage.denied')}
            </p>
          )}
          {store.notices.map((notice) => (
            <div key={notice.id} role="alert" className="lab-notice">
              <p>
                {t(`lab.notice.${notice.reason}`, {
                  part: t(`lab.part.${notice.part}`),
                  count: notice.count,
                })}
              </p>
              <button type="button" onClick={() => store.dismiss(notice.id)}>
                {t('lab.dismiss')}
              </button>
            </div>
          ))}
        </div>
      )}
      <main id="main" ref={main} tabIndex={-1}>
        {children}
      </main>
    </div>
  );
}
